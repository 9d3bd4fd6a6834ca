/**
 * Canonical JSON and its SHA-256: the same content always gives the same bytes (object keys
 * sorted, no undefined, no whitespace), so a hash identifies exactly what was approved.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** SHA-256 of text (as UTF-8), in lower-case hex. */
export function sha256Hex(text: string): Promise<string> {
  return sha256Bytes(new TextEncoder().encode(text));
}

/** SHA-256 of bytes, in lower-case hex (files, templates, the text above). */
export async function sha256Bytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The short code printed in a Word file's footer: the hash's first 12 hex digits, in groups of four. */
export function verificationCode(hash: string): string {
  return hash.slice(0, 12).toUpperCase().match(/.{4}/g)!.join('-');
}
