/**
 * Signed response tokens (seed v0.3.5): JWS with `alg: EdDSA` (RFC 8037) in compact
 * serialization with a detached payload (RFC 7515 appendix F): `header..signature`.
 * `kid` (the RFC 7638 thumbprint) is always in the protected header. Uses the jose library.
 */
import { CompactSign, compactVerify, importJWK } from 'jose';
import { createPrivateKey } from 'node:crypto';
import { InputError } from '../core/errors.js';
import { parseJsonStrict } from '../core/json.js';
import { keyValidAt, type PrivateKey, type PublicKey } from '../core/ed25519.js';

/** Signs `payload` and returns the compact JWS with the payload part removed. */
export async function signDetached(payload: Uint8Array, key: PrivateKey): Promise<string> {
  const keyObject = createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: key.publicKey.jwk.x, d: Buffer.from(key.seed).toString('base64url') },
    format: 'jwk',
  });
  const jws = await new CompactSign(payload).setProtectedHeader({ alg: 'EdDSA', kid: key.kid }).sign(keyObject);
  const [h, , s] = jws.split('.');
  return `${h}..${s}`;
}

/** Outcome of verifying a detached JWS. */
export interface JwsVerification {
  ok: boolean;
  kid?: string;
  /** why it failed */
  reason?: string;
}

/**
 * Verifies a detached compact JWS over `payload` against a JWKS: the header's kid must name a
 * trusted key valid at `now`, alg must be EdDSA, and the signature must verify.
 * @throws InputError when the token is not a detached compact JWS.
 */
export async function verifyDetached(token: string, payload: Uint8Array, keys: PublicKey[], now = new Date()): Promise<JwsVerification> {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[1] !== '') throw new InputError(undefined, 'token', 'a detached compact JWS (header..signature)');
  // RFC 7515 4: the header is a JSON object whose member names are unique (duplicates are refused)
  if (!/^[A-Za-z0-9_-]+$/.test(parts[0])) throw new InputError(undefined, 'token', 'a base64url JSON protected header');
  const header = parseJsonStrict<{ alg?: unknown; kid?: unknown; b64?: unknown; crit?: unknown } | null>(
    Buffer.from(parts[0], 'base64url').toString('utf8'),
    undefined,
    'a protected header',
    'token header',
  );
  if (!header || typeof header !== 'object' || Array.isArray(header))
    throw new InputError(undefined, 'token header', 'a JSON object (the JWS protected header)');
  // RFC 7515 4.1.11: an unknown critical extension must be refused; we understand none
  if (header.crit !== undefined)
    return { ok: false, reason: 'the protected header names critical extensions (crit), none of which is supported' };
  if (header.alg !== 'EdDSA') return { ok: false, reason: `alg is ${JSON.stringify(header.alg)}, expected EdDSA` };
  if (typeof header.kid !== 'string' || !header.kid) return { ok: false, reason: 'the protected header has no kid (a string)' };
  const key = keys.find((k) => k.kid === header.kid);
  if (!key) return { ok: false, kid: header.kid, reason: `kid ${header.kid} is not in the JWKS` };
  if (!keyValidAt(key, now.getTime() / 1000))
    return { ok: false, kid: header.kid, reason: `key ${header.kid} is outside its validity window` };
  const attached = `${parts[0]}.${Buffer.from(payload).toString('base64url')}.${parts[2]}`;
  try {
    await compactVerify(attached, await importJWK({ kty: 'OKP', crv: 'Ed25519', x: key.jwk.x }, 'EdDSA'), { algorithms: ['EdDSA'] });
    return { ok: true, kid: header.kid };
  } catch {
    return { ok: false, kid: header.kid, reason: 'signature does not verify' };
  }
}
