/**
 * The one way the UI reaches its host. In the desktop app the preload has put the bridge on
 * `window.justera`; in a plain browser there is none and the web implementation takes its place.
 */
import type { Platform } from '../../shared/ipc';
import { createWebPlatform } from './web';

declare global {
  interface Window {
    justera?: Platform;
  }
}

export const platform: Platform = window.justera ?? createWebPlatform(__APP_VERSION__);
