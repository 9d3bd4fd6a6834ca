/**
 * Which URLs the desktop shell trusts, decided in one place.
 *
 * - `isInternalUrl`: is this our own UI? Only app://justera (no port, no credentials) or, in
 *   development, the exact origin of electron-vite's dev server. Used by navigation guards
 *   (a click on a link, `location.href = …`, a redirect), the IPC sender check (every call the UI
 *   makes through `window.justera`) and the permission handlers.
 * - `isAllowedExternalUrl`: may this URL be handed to the operating system (default browser or mail
 *   program)? Reached when the user clicks a `target=_blank` link or the UI calls
 *   `platform.openExternal`.
 *
 * Always parse with `new URL`, never compare string prefixes: `app://justera.evil`,
 * `app://justera@evil` and `app://evil/app://justera` all start with the trusted text.
 */
import { APP_HOST, APP_SCHEME } from '../../shared/csp';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The dev server origin electron-vite announces (ELECTRON_RENDERER_URL), if it is a plain http(s)
 * loopback origin; anything else is ignored so a stray environment variable cannot make a remote
 * site "internal".
 */
export function devServerOrigin(devServerUrl: string | undefined): string | null {
  if (!devServerUrl) return null;
  const url = parse(devServerUrl);
  if (!url) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  if (!LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.origin;
}

/** True only for our own UI: app://justera/… or, when given, the exact dev server origin. */
export function isInternalUrl(value: string, devServerUrl?: string): boolean {
  const url = parse(value);
  if (!url) return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === `${APP_SCHEME}:`) {
    return url.hostname === APP_HOST && url.port === '';
  }
  const devOrigin = devServerOrigin(devServerUrl);
  return devOrigin !== null && url.origin === devOrigin;
}

/** https links (with a host) and mailto links, never with credentials: what we let the OS open. */
export function isAllowedExternalUrl(value: string): boolean {
  if (value.length > 2048) return false;
  const url = parse(value);
  if (!url) return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return url.hostname !== '';
  if (url.protocol === 'mailto:') return url.pathname !== '';
  return false;
}
