// Permissions deny by default; navigation, redirects, new windows and <webview> are refused unless
// internal; https/mailto links from target=_blank go to the OS.
import type { App, Session } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  hardenWebContents,
  installPermissionHandlers,
  installWebContentsSecurity,
  isPermissionAllowed,
} from '../../../electron/main/security';
import { FakeEmitter, FakeWebContents, navigationEvent } from '../../helpers/fake-electron';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

type RequestHandler = (wc: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
type CheckHandler = (wc: unknown, permission: string, origin: string, details: object) => boolean;

function installOnFakeSession(devServerUrl?: string) {
  const captured: { request?: RequestHandler; check?: CheckHandler; device?: (details: object) => boolean } = {};
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => (captured.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (captured.check = h),
    setDevicePermissionHandler: (h: (details: object) => boolean) => (captured.device = h),
  };
  installPermissionHandlers(session as unknown as Session, { devServerUrl });
  const request = (permission: string, requestingUrl: string) => {
    let granted: boolean | undefined;
    captured.request!({}, permission, (g) => (granted = g), { requestingUrl, isMainFrame: true });
    return granted;
  };
  const check = (permission: string, origin: string, details: object = {}) =>
    captured.check!({}, permission, origin, { isMainFrame: true, ...details });
  return { request, check, device: captured.device! };
}

describe('permission policy', () => {
  it('allows only the listed permissions, each with a reason', () => {
    expect(Object.keys(ALLOWED_PERMISSIONS).sort()).toEqual(['clipboard-sanitized-write', 'persistent-storage']);
    for (const reason of Object.values(ALLOWED_PERMISSIONS)) expect(reason?.length).toBeGreaterThan(20);
  });

  it('grants an allowed permission to our own UI only', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://justera/')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('persistent-storage', 'app://justera.evil/')).toBe(false);
    expect(isPermissionAllowed('persistent-storage', undefined)).toBe(false);
    expect(isPermissionAllowed('persistent-storage', '')).toBe(false);
  });

  it('does not mistake inherited object keys for permissions', () => {
    expect(isPermissionAllowed('toString', 'app://justera/')).toBe(false);
    expect(isPermissionAllowed('__proto__', 'app://justera/')).toBe(false);
    expect(isPermissionAllowed('constructor', 'app://justera/')).toBe(false);
  });
});

describe('installPermissionHandlers', () => {
  const denied = [
    'media',
    'display-capture',
    'geolocation',
    'notifications',
    'clipboard-read',
    'fileSystem',
    'openExternal',
    'fullscreen',
    'pointerLock',
    'keyboardLock',
    'hid',
    'serial',
    'usb',
    'midi',
    'midiSysex',
    'window-management',
    'local-fonts',
    'idle-detection',
    'storage-access',
    'unknown',
    'a-permission-chromium-adds-next-year',
  ];

  it.each(denied)('denies the request for %s, even from our own UI, and logs it', (permission) => {
    const { request } = installOnFakeSession();
    expect(request(permission, 'app://justera/')).toBe(false);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining(`'${permission}'`));
  });

  it.each(denied)('denies the check for %s, even for our own origin', (permission) => {
    const { check } = installOnFakeSession();
    expect(check(permission, 'app://justera')).toBe(false);
  });

  it('grants persistent storage and sanitised clipboard writes to our UI (request and check)', () => {
    const { request, check } = installOnFakeSession();
    expect(request('persistent-storage', 'app://justera/')).toBe(true);
    expect(request('clipboard-sanitized-write', 'app://justera/moten/1')).toBe(true);
    expect(check('persistent-storage', 'app://justera')).toBe(true);
    expect(check('clipboard-sanitized-write', 'app://justera/')).toBe(true);
  });

  it('denies even allowed permissions to any other origin', () => {
    const { request, check } = installOnFakeSession();
    expect(request('persistent-storage', 'https://example.org/')).toBe(false);
    expect(request('clipboard-sanitized-write', 'file:///tmp/x.html')).toBe(false);
    expect(check('persistent-storage', 'http://localhost:5173')).toBe(false);
    expect(check('clipboard-sanitized-write', 'app://justera', { embeddingOrigin: 'https://evil.example/' })).toBe(false);
  });

  it('counts the dev server as ours only when it is given', () => {
    expect(installOnFakeSession('http://localhost:5173').request('persistent-storage', 'http://localhost:5173/')).toBe(true);
    expect(installOnFakeSession().request('persistent-storage', 'http://localhost:5173/')).toBe(false);
  });

  it('never grants a USB, HID or serial device', () => {
    const { device } = installOnFakeSession();
    expect(device({ deviceType: 'usb', origin: 'app://justera' })).toBe(false);
    expect(device({ deviceType: 'hid', origin: 'app://justera' })).toBe(false);
  });
});

describe('hardenWebContents', () => {
  function harden(devServerUrl?: string) {
    const contents = new FakeWebContents();
    const openExternal = vi.fn().mockResolvedValue(undefined);
    hardenWebContents(contents.asWebContents(), { devServerUrl, openExternal });
    return { contents, openExternal };
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: prevents leaving our origin', (eventName) => {
    const { contents, openExternal } = harden();
    for (const url of [
      'https://evil.example/',
      'http://justera/',
      'app://evil/',
      'app://justera.evil/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,x',
      'about:blank',
    ]) {
      const event = navigationEvent(url);
      contents.emit(eventName, event);
      expect(event.preventDefault, `${eventName} ${url}`).toHaveBeenCalledOnce();
    }
    expect(openExternal).not.toHaveBeenCalled(); // navigation never opens anything by itself
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: lets internal navigation through', (eventName) => {
    const { contents } = harden('http://localhost:5173');
    for (const url of ['app://justera/', 'app://justera/moten/1', 'http://localhost:5173/']) {
      const event = navigationEvent(url);
      contents.emit(eventName, event);
      expect(event.preventDefault, url).not.toHaveBeenCalled();
    }
  });

  it('denies every new window and sends https/mailto links to the OS', () => {
    const { contents, openExternal } = harden();
    expect(contents.windowOpenHandler!({ url: 'https://www.regionorebrolan.se/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'mailto:ordforande@example.org' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.regionorebrolan.se/'], ['mailto:ordforande@example.org']]);
  });

  it('denies new windows for everything else without opening it', () => {
    const { contents, openExternal } = harden();
    for (const url of ['app://justera/popup', 'http://example.org/', 'file:///C:/x.exe', 'javascript:alert(1)', 'smb://host/share', 'https://u:p@example.org/']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('survives a failing openExternal', async () => {
    const contents = new FakeWebContents();
    const openExternal = vi.fn().mockRejectedValue(new Error('no browser'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    hardenWebContents(contents.asWebContents(), { openExternal });
    expect(contents.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = harden();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('installWebContentsSecurity', () => {
  it('hardens every webContents the app creates', () => {
    const app = new FakeEmitter();
    installWebContentsSecurity(app as unknown as App, { openExternal: vi.fn() });
    const first = new FakeWebContents();
    const second = new FakeWebContents();
    app.emit('web-contents-created', {}, first);
    app.emit('web-contents-created', {}, second);
    for (const contents of [first, second]) {
      expect(contents.windowOpenHandler).not.toBeNull();
      expect([...contents.listeners.keys()].sort()).toEqual(
        ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort(),
      );
      const event = navigationEvent('https://evil.example/');
      contents.emit('will-navigate', event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
  });
});
