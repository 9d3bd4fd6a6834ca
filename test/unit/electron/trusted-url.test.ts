// isInternalUrl decides what the navigation guards, the IPC sender check and the permission
// handlers treat as our own UI; isAllowedExternalUrl what may be handed to the OS.
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../shared/csp';
import { devServerOrigin, isAllowedExternalUrl, isInternalUrl } from '../../../electron/main/trusted-url';

describe('isInternalUrl', () => {
  it.each([
    'app://justera',
    'app://justera/',
    'app://justera/index.html',
    'app://justera/moten/123?flik=protokoll#punkt-4',
    'APP://justera/', // schemes are case-insensitive
  ])('accepts our own origin: %s', (url) => {
    expect(isInternalUrl(url)).toBe(true);
  });

  it.each([
    ['another host', 'app://evil/'],
    ['a host that merely starts with ours', 'app://justera.evil/'],
    ['a trailing-dot host', 'app://justera./'],
    ['a sub-domain of ours', 'app://x.justera/'],
    ['our name as user name', 'app://justera@evil/'],
    ['credentials', 'app://user:pass@justera/'],
    ['a user name only', 'app://user@justera/'],
    ['a port', 'app://justera:8080/'],
    ['port 80', 'app://justera:80/'],
    ['an encoded host', 'app://justera%2eevil/'],
    ['our URL in the path of another', 'app://evil/app://justera/'],
    ['our URL in the fragment of another', 'app://evil/#app://justera/'],
    ['no authority', 'app:justera'],
    ['empty host', 'app:///justera'],
    ['a backslash in the host', 'app://justera\\evil/'],
    ['http with our host name', 'http://justera/'],
    ['https with our host name', 'https://justera/'],
    ['file://', 'file:///etc/passwd'],
    ['file:// with our host', 'file://justera/index.html'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['blob:', 'blob:app://justera/0b7a9f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b'],
    ['about:blank', 'about:blank'],
    ['chrome:', 'chrome://settings'],
    ['devtools:', 'devtools://devtools/bundled/inspector.html'],
    ['an empty string', ''],
    ['not a URL', 'justera'],
    ['a relative path', '/index.html'],
  ])('rejects %s (%s)', (_label, url) => {
    expect(isInternalUrl(url)).toBe(false);
  });

  it('the origin constant is the fixed app://justera', () => {
    // IndexedDB data belongs to this origin: changing it makes every user's minutes disappear.
    expect(APP_ORIGIN).toBe('app://justera');
    expect(isInternalUrl(`${APP_ORIGIN}/`)).toBe(true);
  });

  describe('with a dev server', () => {
    const dev = 'http://localhost:5173';

    it('accepts exactly the dev origin', () => {
      expect(isInternalUrl('http://localhost:5173/', dev)).toBe(true);
      expect(isInternalUrl('http://localhost:5173/src/main.tsx?t=1', dev)).toBe(true);
      expect(isInternalUrl('app://justera/', dev)).toBe(true);
    });

    it.each([
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
      'http://localhost.evil:5173/',
      'http://user@localhost:5173/',
      'http://localhost/',
    ])('rejects anything else: %s', (url) => {
      expect(isInternalUrl(url, dev)).toBe(false);
    });

    it('accepts nothing from a dev server URL that is not loopback http(s)', () => {
      expect(devServerOrigin('https://evil.example:5173')).toBeNull();
      expect(devServerOrigin('file:///tmp/index.html')).toBeNull();
      expect(devServerOrigin('http://user:pw@localhost:5173')).toBeNull();
      expect(devServerOrigin('not a url')).toBeNull();
      expect(devServerOrigin(undefined)).toBeNull();
      expect(isInternalUrl('https://evil.example:5173/', 'https://evil.example:5173')).toBe(false);
      expect(devServerOrigin('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173');
    });

    it('does not treat the dev origin as internal when none is given', () => {
      expect(isInternalUrl('http://localhost:5173/')).toBe(false);
    });
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.regionorebrolan.se/',
    'https://example.org/path?q=1#x',
    'mailto:sekreterare@example.org',
    'mailto:a@example.org?subject=Protokoll',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.org/',
    'https://user:pw@example.org/',
    'https://user@example.org/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://justera/',
    'mailto:',
    'https://',
    '',
    `https://example.org/${'a'.repeat(2100)}`,
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
