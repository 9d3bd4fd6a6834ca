/**
 * The app:// protocol that serves the built UI (out/renderer) to the window.
 *
 * Reached for every resource the window loads: the start page app://justera/, its scripts, styles,
 * fonts and images, and index.html again when the UI's router is at a deep path such as
 * app://justera/moten/123 and the window reloads.
 *
 * Rules: GET and HEAD only; host must be exactly `justera`; the path is decoded one segment at a
 * time and refused if a segment could leave the renderer folder (`..`, encoded slashes or
 * backslashes, drive letters, NUL); extension-less paths get index.html (the UI routes itself);
 * every response carries the app's Content-Security-Policy and `X-Content-Type-Options: nosniff`.
 *
 * `resolveAppRequest` is pure apart from the injected file reader, so tests run it on a temp folder.
 */
import type { CustomScheme } from 'electron';
import { promises as fs } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * How the scheme is registered (before the app is ready). `standard` gives app://justera a real
 * origin (IndexedDB, relative URLs); `secure` makes it a secure context (navigator.storage, crypto);
 * `supportFetchAPI` lets the UI fetch its own assets. `corsEnabled` stays false: in Electron that
 * privilege would let *other* origins read our responses, and same-origin loads need no CORS.
 * No CSP bypass, no service workers, no extensions.
 */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
    allowExtensions: false,
    stream: false,
    codeCache: true,
  },
};

/** Reads a file; resolves null when there is no regular file at the path. */
export type FileReader = (absolutePath: string) => Promise<Uint8Array | null>;

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers every app:// response carries, errors included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

/**
 * Maps the (still percent-encoded) URL path to a file inside `rootDir`, or null if the path is not
 * acceptable. An empty path means index.html.
 */
export function resolveRendererPath(rootDir: string, encodedPathname: string): string | null {
  const root = resolve(rootDir);
  const segments: string[] = [];
  for (const raw of encodedPathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    if (segment === '.' || segment === '..') return null;
    // An encoded '/' or '\' would smuggle a separator past the split above; ':' would allow a
    // Windows drive ("C:") or an NTFS stream; control characters (NUL above all) have no business
    // in a file name.
    if ([...segment].some((c) => c === '/' || c === '\\' || c === ':' || c.charCodeAt(0) < 32)) return null;
    segments.push(segment);
  }
  if (segments.length === 0 || extname(segments[segments.length - 1] ?? '') === '') {
    // The UI routes itself: any extension-less path is the single page.
    return join(root, 'index.html');
  }
  const candidate = resolve(root, ...segments);
  const rel = relative(root, candidate);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return candidate;
}

function textResponse(status: number, text: string, extraHeaders: Record<string, string> = {}): AppResponse {
  return {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', ...extraHeaders },
    body: new TextEncoder().encode(text),
  };
}

export interface AppProtocolOptions {
  /** Absolute path of the built renderer (out/renderer, inside app.asar when packaged). */
  rendererDir: string;
  readFile: FileReader;
}

/** Decides the response for one app:// request. */
export async function resolveAppRequest(
  request: { method: string; url: string },
  options: AppProtocolOptions,
): Promise<AppResponse> {
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    return textResponse(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  }
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return textResponse(400, 'Bad Request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username || url.password) {
    return textResponse(403, 'Forbidden');
  }
  const filePath = resolveRendererPath(options.rendererDir, url.pathname);
  if (filePath === null) return textResponse(400, 'Bad Request');

  let bytes: Uint8Array | null;
  try {
    bytes = await options.readFile(filePath);
  } catch (error) {
    console.error('[app-protocol] could not read', filePath, error);
    return textResponse(500, 'Internal Server Error');
  }
  if (bytes === null) return textResponse(404, 'Not Found');
  return {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(filePath) },
    body: method === 'HEAD' ? null : bytes,
  };
}

/**
 * The default reader: a regular file's bytes, or null when missing (ENOENT/ENOTDIR) or not a regular
 * file. `lstat`, so a symbolic link is never followed (a build never contains one; one planted in
 * the folder must not lead outside it).
 */
export const readRegularFile: FileReader = async (absolutePath) => {
  try {
    const stat = await fs.lstat(absolutePath);
    if (!stat.isFile()) return null;
    return await fs.readFile(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
    throw error;
  }
};

/** What `protocol.handle('app', …)` gets: a fetch-style handler built on `resolveAppRequest`. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const result = await resolveAppRequest({ method: request.method, url: request.url }, options);
    const body = result.body === null ? null : new Uint8Array(result.body);
    return new Response(body, { status: result.status, headers: result.headers });
  };
}
