/**
 * The Content Security Policy of the app. The desktop shell sends it as a header from its app://
 * protocol; the renderer build also writes it into index.html as a <meta> (which serves the browser
 * build). One definition, so the two cannot drift.
 *
 * style-src allows 'self' and the hash of the *empty* stylesheet only: Fluent UI (Griffel) creates
 * empty <style> elements and fills them through the CSSOM (insertRule), which CSP does not govern,
 * while any inline stylesheet with content stays blocked.
 */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

const directives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', `'self' ${EMPTY_STYLE_HASH}`],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['media-src', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['worker-src', "'self' blob:"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** The full policy, for the HTTP-style header the app:// protocol sends. */
export const CONTENT_SECURITY_POLICY = directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The same policy for a <meta> element, which cannot carry frame-ancestors. */
export const CONTENT_SECURITY_POLICY_META = directives
  .filter(([name]) => name !== 'frame-ancestors')
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** The origin the desktop app serves its UI from. Never change it: IndexedDB data belongs to it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'justera';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
