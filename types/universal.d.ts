/**
 * The few Web APIs that shared/ may use because every runtime we target (Chromium, Electron's
 * renderer and main, Node >= 20) has them as globals. Only tsconfig.shared.json includes this file;
 * the other projects get the same names from the DOM or Node typings.
 */
interface CryptoKey {
  readonly type: string;
  readonly extractable: boolean;
}
interface JsonWebKey {
  kty?: string;
  crv?: string;
  x?: string;
  d?: string;
}
interface UniversalSubtleCrypto {
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer> | ArrayBuffer): Promise<ArrayBuffer>;
  sign(algorithm: { name: 'Ed25519' }, key: CryptoKey, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  verify(algorithm: { name: 'Ed25519' }, key: CryptoKey, signature: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>): Promise<boolean>;
  importKey(format: 'jwk', keyData: JsonWebKey, algorithm: { name: 'Ed25519' }, extractable: boolean, usages: ('sign' | 'verify')[]): Promise<CryptoKey>;
}
interface UniversalCrypto {
  readonly subtle: UniversalSubtleCrypto;
  randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
  getRandomValues<T extends Uint8Array>(array: T): T;
}
declare const crypto: UniversalCrypto;

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array | ArrayBuffer): string;
}
declare function structuredClone<T>(value: T): T;
declare function btoa(data: string): string;
declare function atob(data: string): string;
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly origin: string;
  href: string;
  protocol: string;
  username: string;
  password: string;
  host: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  hash: string;
  toString(): string;
}
