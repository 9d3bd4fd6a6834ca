/**
 * The shell's security policy for every web page it hosts (Electron security checklist items 5, 11–15).
 *
 * - Permissions: deny by default, both for requests (a page asks: `navigator.storage.persist()`,
 *   `navigator.clipboard.writeText`, camera, notifications…) and for checks (a page asks whether
 *   it already has one). Only the entries of `ALLOWED_PERMISSIONS` are granted, and only to our
 *   own origin. Device pickers (USB, HID, serial) are refused outright.
 * - Navigation: the window never leaves our origin. A click on a plain link, `location.href = …`
 *   or a server redirect to anything else is cancelled (`will-navigate`, `will-frame-navigate`,
 *   `will-redirect`).
 * - New windows: never. A `target=_blank` link or `window.open` is denied; if it points to an
 *   https or mailto address, the OS opens it in the user's browser or mail program instead.
 * - `<webview>`: never attached (the tag is also disabled in webPreferences).
 *
 * Everything takes the Electron objects as parameters so tests can pass fakes.
 */
import type { App, Session, WebContents } from 'electron';
import { isAllowedExternalUrl, isInternalUrl } from './trusted-url';

type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
export type Permission = Parameters<PermissionRequestHandler>[1];

/**
 * The only permissions our own UI gets, each with the reason. Everything else is denied, notably:
 * clipboard-read (pasting works through the ordinary paste event and needs no permission; silent
 * reading of the clipboard would leak whatever the user copied elsewhere), media/display-capture,
 * geolocation, notifications, fileSystem (files go through the native dialogs over IPC), openExternal
 * (we open links ourselves after checking them), fullscreen via the web API (the Visa menu's
 * full-screen item works on the window and needs no permission), hid/serial/usb and everything new.
 */
export const ALLOWED_PERMISSIONS: Readonly<Partial<Record<Permission, string>>> = {
  // navigator.clipboard.writeText/write: copy buttons in the UI (e.g. a decision or a task list to
  // paste into an e-mail). Write-only and sanitised by Chromium; it cannot read anything.
  'clipboard-sanitized-write': 'Copy buttons write text to the clipboard; write-only and sanitised.',
  // navigator.storage.persist(): all minutes live in IndexedDB. Chromium may evict "best-effort"
  // storage under disk pressure; Electron routes the persist() request and the persisted() check
  // through these handlers (a denial would leave the data evictable). It concerns only our own
  // origin's storage.
  'persistent-storage': "Keeps the IndexedDB data (all minutes) exempt from eviction under disk pressure.",
};

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, devServerUrl?: string): boolean {
  if (!Object.hasOwn(ALLOWED_PERMISSIONS, permission)) return false;
  return requestingUrl !== undefined && requestingUrl !== '' && isInternalUrl(requestingUrl, devServerUrl);
}

export interface SecurityOptions {
  /** Development only: electron-vite's dev server origin counts as ours. */
  devServerUrl?: string | undefined;
}

/** Installs the permission request, check and device handlers on a session (the default one). */
export function installPermissionHandlers(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
  options: SecurityOptions = {},
): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const allowed = isPermissionAllowed(permission, details.requestingUrl, options.devServerUrl);
    if (!allowed) console.warn(`[security] denied permission request '${permission}' from ${details.requestingUrl}`);
    callback(allowed);
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) => {
    // A cross-origin sub-frame (we have none: CSP frame-src 'none') would show up as embeddingOrigin.
    if (details.embeddingOrigin && !isInternalUrl(details.embeddingOrigin, options.devServerUrl)) return false;
    return isPermissionAllowed(permission, requestingOrigin, options.devServerUrl);
  });
  // navigator.usb / hid / serial: no device is ever granted.
  session.setDevicePermissionHandler(() => false);
}

export interface HardenOptions extends SecurityOptions {
  /** Hands an already checked https/mailto URL to the OS (shell.openExternal). */
  openExternal: (url: string) => Promise<void> | void;
}

type Preventable = { preventDefault(): void };

/** Applies the navigation, new-window and webview rules to one webContents. */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, options: HardenOptions): void {
  const guard = (kind: string) => (event: Preventable & { url: string }) => {
    if (isInternalUrl(event.url, options.devServerUrl)) return;
    event.preventDefault();
    console.warn(`[security] blocked ${kind} to ${event.url}`);
  };
  // A click on a plain <a href>, a form, or `location.href = …` in the main frame.
  contents.on('will-navigate', guard('navigation'));
  // The same for any frame (we have no frames, but a future one must not escape either).
  contents.on('will-frame-navigate', guard('frame navigation'));
  // A redirect during an allowed navigation (e.g. a dev server answering 302 to elsewhere).
  contents.on('will-redirect', guard('redirect'));
  // A `target=_blank` link, middle-click or `window.open`: never a new Electron window.
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      void Promise.resolve(options.openExternal(url)).catch((error: unknown) => {
        console.error('[security] could not open external link', error);
      });
    } else {
      console.warn(`[security] blocked new window for ${url}`);
    }
    return { action: 'deny' };
  });
  // <webview> is disabled in webPreferences; refuse it here too in case that ever changes.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    console.warn('[security] blocked <webview>');
  });
}

/** Hardens every webContents the app ever creates, the main window's included. Call before ready. */
export function installWebContentsSecurity(app: Pick<App, 'on'>, options: HardenOptions): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, options);
  });
}
