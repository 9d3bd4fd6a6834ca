// The app:// protocol: only GET/HEAD, only app://justera, never a file outside out/renderer, the SPA
// fallback, MIME types, and the CSP + nosniff headers on every response.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import {
  APP_SCHEME_REGISTRATION,
  type AppResponse,
  createAppProtocolHandler,
  mimeTypeFor,
  readRegularFile,
  resolveAppRequest,
  resolveRendererPath,
} from '../../../electron/main/protocol';
import { makeTempDir } from '../../helpers/temp-dir';

const SECRET = 'top secret, outside the renderer folder';
let base: string;
let rendererDir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir: base, cleanup } = await makeTempDir());
  rendererDir = join(base, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Justera</title>');
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(rendererDir, 'assets', 'font.woff2'), 'woff2');
  await writeFile(join(rendererDir, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(rendererDir, 'assets', 'data.bin'), 'bin');
  await writeFile(join(base, 'secret.txt'), SECRET);
  // A sibling whose name starts with the renderer folder's name: a startsWith check would let it through.
  await mkdir(join(base, 'renderer-evil'));
  await writeFile(join(base, 'renderer-evil', 'secret.txt'), SECRET);
});
afterEach(() => cleanup());

const get = (url: string, method = 'GET') => resolveAppRequest({ method, url }, { rendererDir, readFile: readRegularFile });
const text = (response: AppResponse) => new TextDecoder().decode(response.body ?? new Uint8Array());

describe('scheme registration', () => {
  it('is standard and secure, with fetch, without CORS, CSP bypass or service workers', () => {
    expect(APP_SCHEME_REGISTRATION.scheme).toBe('app');
    expect(APP_SCHEME_REGISTRATION.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: false,
      bypassCSP: false,
      allowServiceWorkers: false,
    });
  });
});

describe('serving the UI', () => {
  it('serves index.html at the root with the CSP and nosniff headers', async () => {
    const response = await get('app://justera/');
    expect(response.status).toBe(200);
    expect(text(response)).toContain('<title>Justera</title>');
    expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it.each([
    ['app://justera/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://justera/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://justera/assets/font.woff2', 'font/woff2', 'woff2'],
    ['app://justera/assets/logo.svg', 'image/svg+xml', '<svg/>'],
    ['app://justera/assets/data.bin', 'application/octet-stream', 'bin'],
    ['app://justera/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Justera</title>'],
  ])('serves %s as %s', async (url, mime, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe(mime);
    expect(text(response)).toBe(body);
  });

  it('knows the MIME types of the files a Vite build produces', () => {
    expect(mimeTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('A.PNG')).toBe('image/png');
    expect(mimeTypeFor('x.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('x.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('noext')).toBe('application/octet-stream');
  });

  it('falls back to index.html for extension-less paths (the UI routes itself)', async () => {
    for (const url of ['app://justera/moten/123', 'app://justera/installningar/', 'app://justera/assets']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
      expect(text(response)).toContain('<title>Justera</title>');
    }
  });

  it('answers 404, not index.html, for a missing file with an extension', async () => {
    const response = await get('app://justera/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await get('app://justera/assets/index-abc.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
    expect(response.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 500 (with headers) when reading fails for another reason', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await resolveAppRequest(
      { method: 'GET', url: 'app://justera/' },
      {
        rendererDir,
        readFile: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })),
      },
    );
    expect(response.status).toBe(500);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});

describe('refusals', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const response = await get('app://justera/index.html', method);
    expect(response.status).toBe(405);
    expect(response.headers.Allow).toBe('GET, HEAD');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(text(response)).not.toContain('Justera</title>');
  });

  it.each(['app://evil/index.html', 'app://justera.evil/', 'app://justera:8080/', 'app://user@justera/', 'http://justera/'])(
    'refuses the wrong host or authority %s with 403',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(403);
      expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    },
  );

  it.each([
    'app://justera/../secret.txt',
    'app://justera/assets/../../secret.txt',
    'app://justera/%2e%2e/secret.txt',
    'app://justera/.%2e/secret.txt',
    'app://justera/%2E%2E/%2E%2E/secret.txt',
    'app://justera/..%2fsecret.txt',
    'app://justera/..%2Fsecret.txt',
    'app://justera/assets/..%2f..%2fsecret.txt',
    'app://justera/..%5csecret.txt',
    'app://justera/..\\secret.txt',
    'app://justera/%2e%2e%5csecret.txt',
    'app://justera/..%2f..%2frenderer-evil%2fsecret.txt',
    'app://justera/../renderer-evil/secret.txt',
    'app://justera/%252e%252e/secret.txt',
    'app://justera/secret.txt%00.js',
    'app://justera/%00',
    'app://justera/C:%5cWindows%5cwin.ini',
    'app://justera/%E0%A4%A',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).not.toBe(200);
    expect(text(response)).not.toContain(SECRET);
  });

  it('does not follow absolute paths in the URL', async () => {
    const response = await get(`app://justera/${encodeURIComponent(join(base, 'secret.txt'))}`);
    expect([400, 404]).toContain(response.status);
  });
});

describe('resolveRendererPath (the guard itself, before any URL normalisation)', () => {
  const root = '/srv/app/renderer';

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/..',
    '/.',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/a%2fb.js',
    '/a%5cb.js',
    '/..\\secret.txt',
    '/secret.txt%00.js',
    '/x%0a.js',
    '/C:%5cwin.ini',
    '/c:/win.ini',
    '/file.txt:stream.js',
    '/%E0%A4%A.js',
  ])('refuses %s', (pathname) => {
    expect(resolveRendererPath(root, pathname)).toBeNull();
  });

  it('maps ordinary paths inside the folder', () => {
    expect(resolveRendererPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveRendererPath(root, '')).toBe(join(root, 'index.html'));
    expect(resolveRendererPath(root, '/assets/x.js')).toBe(join(root, 'assets', 'x.js'));
    expect(resolveRendererPath(root, '//assets///x.js')).toBe(join(root, 'assets', 'x.js'));
    expect(resolveRendererPath(root, '/assets/M%C3%B6te%20%C3%A5r.png')).toBe(join(root, 'assets', 'Möte år.png'));
    expect(resolveRendererPath(root, '/moten/123')).toBe(join(root, 'index.html'));
  });
});

describe('the fetch-style handler given to protocol.handle', () => {
  it('returns a Response with status, headers and body', async () => {
    const handler = createAppProtocolHandler({ rendererDir, readFile: readRegularFile });
    const ok = await handler(new Request('app://justera/assets/index-abc.js'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await ok.text()).toBe('console.log(1)');

    const refused = await handler(new Request('app://justera/index.html', { method: 'POST', body: 'x' }));
    expect(refused.status).toBe(405);
  });

  it('serves neither a directory nor a symbolic link (which could point outside the folder)', async () => {
    await symlink(join(base, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
    const linked = await get('app://justera/assets/link.txt');
    expect(linked.status).toBe(404);
    expect(text(linked)).not.toContain(SECRET);
    await mkdir(join(rendererDir, 'assets', 'folder.js'));
    expect((await get('app://justera/assets/folder.js')).status).toBe(404);
  });
});
