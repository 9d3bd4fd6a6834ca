/**
 * This installation's Ed25519 key pair, made on first use with WebCrypto. Approval files are
 * signed with it, so the secretary can tell that an approval was not altered after it was written,
 * and that later approvals from the same person come from the same installation.
 */
import type { SigningKey } from '../../shared/exchange/review';
import type { Store } from './store';

const ID = 'installation';

export async function installationKey(store: Store): Promise<SigningKey> {
  let row = await store.db.keys.get(ID);
  if (!row) {
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    row = {
      id: ID,
      privateJwk: await crypto.subtle.exportKey('jwk', pair.privateKey),
      publicJwk: await crypto.subtle.exportKey('jwk', pair.publicKey),
      createdAt: new Date().toISOString(),
    };
    await store.db.keys.add(row);
  }
  const privateKey = await crypto.subtle.importKey('jwk', row.privateJwk, { name: 'Ed25519' }, false, ['sign']);
  return { privateKey, publicJwk: { x: String(row.publicJwk.x) } };
}
