/**
 * Ed25519 keys (RFC 8032) in PKCS#8/SPKI PEM (RFC 8410) and JWK (RFC 8037) form, JWK thumbprints
 * (RFC 7638) as key ids, and JSON Web Key Sets (RFC 7517 section 5) with validity windows.
 *
 * Signing and verification go through node:crypto (OpenSSL). Verification keeps the verdicts of
 * @noble/ed25519's strict RFC 8032 mode (`zip215: false`: S >= L, non-canonical encodings of A or R
 * and small-order public keys are rejected; the cofactored group equation [8][S]B = [8]R + [8][k]A):
 * see {@link verify} for how the two agree on every input.
 */
import * as ed from '@noble/ed25519';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign as opensslSign,
  verify as opensslVerify,
  type KeyObject,
} from 'node:crypto';
import { InputError } from './errors.js';
import { findDuplicateKey, parseJsonStrict } from './json.js';

// SHA-512 inside @noble/ed25519 (the verification fallback below) through OpenSSL.
ed.hashes.sha512 = (m: Uint8Array) => new Uint8Array(createHash('sha512').update(m).digest());

/** DER prefixes of an Ed25519 SubjectPublicKeyInfo and PKCS#8 PrivateKeyInfo (RFC 8410 sections 4 and 7). */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

const opensslPublicKey = (pub: Uint8Array): KeyObject =>
  createPublicKey({ key: Buffer.concat([SPKI_PREFIX, pub]), format: 'der', type: 'spki' });
const opensslPrivateKey = (seed: Uint8Array): KeyObject =>
  createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });

/** The 32-byte public key of a seed (RFC 8032 5.1.5), through OpenSSL. */
function publicFromSeed(seed: Uint8Array): Uint8Array {
  const x = createPublicKey(opensslPrivateKey(seed)).export({ format: 'jwk' }).x!;
  return fromB64u(x);
}

/** A public Ed25519 JWK as published in our JWKS. `iat`/`exp` are NumericDate seconds (RFC 7519 2). */
export interface Ed25519Jwk {
  kty: 'OKP';
  crv: 'Ed25519';
  /** base64url of the 32-byte public key. */
  x: string;
  /** RFC 7638 thumbprint (base64url SHA-256), also the DSSE keyid. */
  kid: string;
  alg?: 'EdDSA';
  use?: 'sig';
  /** Start of the key's validity window, seconds since the epoch. */
  iat?: number;
  /** End of the key's validity window (retirement), seconds since the epoch. */
  exp?: number;
}

/** A loaded Ed25519 public key. */
export interface PublicKey {
  /** RFC 7638 thumbprint. */
  kid: string;
  /** 32 raw bytes. */
  bytes: Uint8Array;
  jwk: Ed25519Jwk;
}

/** A loaded Ed25519 private key. Never log or serialize `seed`. */
export interface PrivateKey {
  kid: string;
  /** 32-byte RFC 8032 seed (the "private key"). */
  seed: Uint8Array;
  publicKey: PublicKey;
}

const b64u = (b: Uint8Array): string => Buffer.from(b).toString('base64url');
const fromB64u = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64url'));

/** RFC 7638 thumbprint of an Ed25519 public key (members crv, kty, x). */
export async function thumbprint(x: string): Promise<string> {
  // loaded on first use: verifying with raw keys (in-toto layouts, DSSE) never needs jose
  const { calculateJwkThumbprint } = await import('jose');
  return calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x }, 'sha256');
}

/** Builds a PublicKey from 32 raw bytes. */
export async function publicKeyFromBytes(bytes: Uint8Array, extra: Partial<Ed25519Jwk> = {}): Promise<PublicKey> {
  const x = b64u(bytes);
  const kid = await thumbprint(x);
  const jwk: Ed25519Jwk = { kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' };
  if (extra.iat !== undefined) jwk.iat = extra.iat;
  if (extra.exp !== undefined) jwk.exp = extra.exp;
  return { kid, bytes, jwk };
}

/**
 * Checks that a JWK is an Ed25519 key usable for signatures: kty OKP, crv Ed25519, x a string,
 * `alg` absent or EdDSA (RFC 8037 3.1), `use` absent or sig (RFC 7517 4.2).
 * Messages never quote a member's value: the JWK may be a secret (a private key input), and any
 * fragment of it printed in a log is a leak (masking only covers the whole secret and its lines).
 */
function okpJwk(j: unknown, file: string, field = 'key'): { x: string; d?: string } {
  if (!j || typeof j !== 'object' || Array.isArray(j)) throw new InputError(file, field, 'a JWK (a JSON object)');
  const k = j as Record<string, unknown>;
  if (k.kty !== 'OKP' || k.crv !== 'Ed25519') throw new InputError(file, field, 'an Ed25519 key (kty OKP, crv Ed25519)');
  // RFC 7515 2: base64url without padding (a 32-byte Ed25519 key is 43 characters); checked here so no
  // library error about the value reaches a message
  if (typeof k.x !== 'string' || !/^[A-Za-z0-9_-]+$/.test(k.x)) throw new InputError(file, `${field}.x`, 'a base64url string');
  if (k.alg !== undefined && k.alg !== 'EdDSA')
    throw new InputError(file, `${field}.alg`, 'EdDSA or no alg (an Ed25519 signature key, RFC 8037)');
  if (k.use !== undefined && k.use !== 'sig') throw new InputError(file, `${field}.use`, 'sig or no use (a signature key, RFC 7517 4.2)');
  if (k.d !== undefined && (typeof k.d !== 'string' || !/^[A-Za-z0-9_-]+$/.test(k.d)))
    throw new InputError(file, `${field}.d`, 'a base64url string');
  return { x: k.x, d: k.d as string | undefined };
}

/** JSON text of a JWK, refusing duplicate members; the error never quotes the text (it may be secret). */
function parseJwkText(text: string, source: string, what: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(source, undefined, what);
  }
  if (findDuplicateKey(text) !== undefined) throw new InputError(source, undefined, `${what} without duplicate members`);
  return value;
}

/**
 * Loads an Ed25519 private key from PKCS#8 PEM or a private JWK (JSON text).
 * @param text the file's contents; @param source a name for messages (file path or input name).
 * @throws InputError when the text is neither, or the key is not Ed25519. No message quotes any part of `text`.
 */
export async function loadPrivateKey(text: string, source: string): Promise<PrivateKey> {
  let jwk: unknown;
  const trimmed = text.trim();
  const expected = 'an Ed25519 private key as PKCS#8 PEM or JWK';
  if (trimmed.startsWith('{')) jwk = parseJwkText(trimmed, source, expected);
  else {
    try {
      jwk = createPrivateKey({ key: trimmed, format: 'pem' }).export({ format: 'jwk' });
    } catch {
      throw new InputError(source, undefined, expected);
    }
  }
  const { x, d } = okpJwk(jwk, source);
  if (!d) throw new InputError(source, 'd', 'a private JWK (member d)');
  const seed = fromB64u(d);
  if (seed.length !== 32) throw new InputError(source, 'd', '32 bytes');
  const pub = publicFromSeed(seed);
  if (b64u(pub) !== x) throw new InputError(source, 'x', 'the public key matching d');
  const publicKey = await publicKeyFromBytes(pub);
  return { kid: publicKey.kid, seed, publicKey };
}

/**
 * Loads one Ed25519 public key from SPKI PEM or a public JWK (JSON text).
 * @throws InputError when the text is neither, or the key is not an Ed25519 signature key.
 */
export async function loadPublicKey(text: string, source: string): Promise<PublicKey> {
  const trimmed = text.trim();
  let jwk: unknown;
  const expected = 'an Ed25519 public key as SPKI PEM or JWK';
  if (trimmed.startsWith('{')) jwk = parseJwkText(trimmed, source, expected);
  else {
    try {
      jwk = createPublicKey({ key: trimmed, format: 'pem' }).export({ format: 'jwk' });
    } catch {
      throw new InputError(source, undefined, expected);
    }
  }
  const { x, d } = okpJwk(jwk, source);
  if (d !== undefined) throw new InputError(source, 'd', 'a public key (no private member d)');
  const bytes = fromB64u(x);
  if (bytes.length !== 32) throw new InputError(source, 'x', '32 bytes');
  const j = jwk as Partial<Ed25519Jwk>;
  return publicKeyFromBytes(bytes, { iat: j.iat, exp: j.exp });
}

/**
 * Parses a JWKS (RFC 7517 section 5). Keys of other types (RSA, EC, X25519) are skipped; an Ed25519
 * key must be a signature key (`alg` absent or EdDSA, `use` absent or sig) without private members;
 * a `kid` that is not the key's RFC 7638 thumbprint is an error (our kids are thumbprints by contract).
 * @throws InputError naming the file and field (`keys[2].alg`) on malformed JSON, duplicate members,
 *   a non-object set or key, or a bad member.
 */
export async function parseJwks(text: string, source: string): Promise<PublicKey[]> {
  const doc = parseJsonStrict(text, source, 'a JSON Web Key Set');
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new InputError(source, undefined, 'a JSON Web Key Set (an object with member keys)');
  const keys = (doc as { keys?: unknown }).keys;
  if (!Array.isArray(keys)) throw new InputError(source, 'keys', 'an array of JWKs');
  const out: PublicKey[] = [];
  for (const [i, k] of keys.entries()) {
    if (!k || typeof k !== 'object' || Array.isArray(k)) throw new InputError(source, `keys[${i}]`, 'a JWK (a JSON object)');
    const j = k as Partial<Ed25519Jwk> & { d?: unknown };
    if (j.kty !== 'OKP' || j.crv !== 'Ed25519') continue;
    const { x } = okpJwk(j, source, `keys[${i}]`);
    if (j.d !== undefined) throw new InputError(source, `keys[${i}].d`, 'public keys only (a JWKS must not hold a private key)');
    for (const m of ['iat', 'exp'] as const) {
      if (j[m] !== undefined && (typeof j[m] !== 'number' || !Number.isFinite(j[m])))
        throw new InputError(source, `keys[${i}].${m}`, 'NumericDate (seconds)');
    }
    const pk = await publicKeyFromBytes(fromB64u(x), { iat: j.iat, exp: j.exp });
    if (pk.bytes.length !== 32) throw new InputError(source, `keys[${i}].x`, '32 bytes');
    if (j.kid !== undefined && j.kid !== pk.kid) {
      throw new InputError(source, `keys[${i}].kid`, `the RFC 7638 thumbprint ${pk.kid}`, { found: String(j.kid) });
    }
    out.push(pk);
  }
  return out;
}

/** Serializes public keys as a JWKS document (pretty JSON, trailing newline). */
export function formatJwks(keys: PublicKey[]): string {
  return JSON.stringify({ keys: keys.map((k) => k.jwk) }, null, 2) + '\n';
}

/** Generates a fresh Ed25519 key pair from the OS CSPRNG. */
export async function generateKey(): Promise<PrivateKey> {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  const pk = await publicKeyFromBytes(fromB64u(jwk.x!), { iat: Math.floor(Date.now() / 1000) });
  return { kid: pk.kid, seed: fromB64u(jwk.d!), publicKey: pk };
}

/** PKCS#8 PEM of a private key (RFC 8410). */
export function privateKeyPem(key: PrivateKey): string {
  const jwk = { kty: 'OKP', crv: 'Ed25519', x: key.publicKey.jwk.x, d: b64u(key.seed) };
  return createPrivateKey({ key: jwk, format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }) as string;
}

/** SPKI PEM of a public key (RFC 8410). */
export function publicKeyPem(key: PublicKey): string {
  const jwk = { kty: 'OKP', crv: 'Ed25519', x: key.jwk.x };
  return createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' }) as string;
}

/** Ed25519 signature (RFC 8032 5.1.6), 64 bytes; deterministic, through OpenSSL. */
export function sign(message: Uint8Array, key: PrivateKey): Uint8Array {
  return new Uint8Array(opensslSign(null, message, opensslPrivateKey(key.seed)));
}

/**
 * {@link sign} with OpenSSL's work done in libuv's thread pool (node:crypto `sign` with a callback), so
 * that the caller can go on (e.g. write the payload to disk) while a long message is hashed. Ed25519 is
 * deterministic (RFC 8032 5.1.6): the signature is byte for byte that of {@link sign}.
 * @param message any bytes (copied by node:crypto when the job starts)
 * @throws (rejects with) the error OpenSSL reports
 */
export function signAsync(message: Uint8Array, key: PrivateKey): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    opensslSign(null, message, opensslPrivateKey(key.seed), (err, sig) => (err ? reject(err) : resolve(new Uint8Array(sig))));
  });
}

/** Whether a 32-byte point encoding has y < p = 2^255 - 19 (RFC 8032 5.1.3 step 1; bit 255, the sign of x, masked). */
function canonicalY(b: Uint8Array): boolean {
  // y >= p exactly when bytes 1..30 are 0xff, byte 31 (masked) is 0x7f and byte 0 >= 0xed
  if ((b[31] & 0x7f) !== 0x7f || b[0] < 0xed) return true;
  for (let i = 1; i < 31; i++) if (b[i] !== 0xff) return true;
  return false;
}

/**
 * The y coordinates (little-endian hex, sign bit masked) of the eight points of small order (the
 * torsion subgroup E[8], RFC 7748 / "Taming the many EdDSAs", Chalkias et al. 2020): 1 (the identity),
 * p-1 (order 2), 0 (order 4, both signs of x) and the two order-8 y values (both signs of x each).
 * Every point with one of these y is of small order, and every point of small order has one of them.
 */
const SMALL_ORDER_Y = new Set([
  '0100000000000000000000000000000000000000000000000000000000000000',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  '0000000000000000000000000000000000000000000000000000000000000000',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
]);

/** Whether a canonical point encoding is that of a small-order point (any sign of x). */
function smallOrder(b: Uint8Array): boolean {
  const y = Buffer.from(b);
  y[31] &= 0x7f;
  return SMALL_ORDER_Y.has(y.toString('hex'));
}

/**
 * Strict RFC 8032 verification (5.1.7, no ZIP-215 leniency). Returns false on any malformed input.
 *
 * The verdict is exactly that of @noble/ed25519 `verify(sig, msg, pub, { zip215: false })`:
 * 1. A must be a canonical encoding (y < p) of a point not of small order, else false (noble's
 *    decoding and `isSmallOrder` refusal);
 * 2. OpenSSL then checks S < L and the cofactorless equation [S]B = R + [k]A by re-encoding
 *    [S]B - [k]A and comparing it byte for byte with R (so R is canonical). When it accepts, noble's
 *    checks hold too: A canonical and not small-order (step 1), R canonical, S < L, and the cofactored
 *    equation follows from the cofactorless one. So an OpenSSL accept is a noble accept.
 * 3. When OpenSSL rejects, noble decides: it accepts the signatures whose R or A carry a torsion
 *    component that only the cofactored equation absorbs (speccheck vector 4), and rejects the rest.
 *    Honest signatures never get here; a bad signature costs noble's time (milliseconds).
 * tests/evidence/ed25519.test.ts compares the two over the RFC 8032 vectors and the edge cases of
 * "Taming the many EdDSAs" (novifinancial/ed25519-speccheck).
 */
export function verify(signature: Uint8Array, message: Uint8Array, key: PublicKey | Uint8Array): boolean {
  const pub = key instanceof Uint8Array ? key : key.bytes;
  if (!acceptablePublicKey(signature, pub)) return false;
  try {
    if (opensslVerify(null, message, opensslPublicKey(pub), signature)) return true;
  } catch {
    // a point OpenSSL cannot decode: noble decides below (and rejects it)
  }
  return nobleStrictVerify(signature, message, pub);
}

/** The checks {@link verify} makes before OpenSSL: lengths, and A canonical and not of small order. */
function acceptablePublicKey(signature: Uint8Array, pub: Uint8Array): boolean {
  return signature.length === 64 && pub.length === 32 && canonicalY(pub) && !smallOrder(pub);
}

/**
 * {@link verify} with OpenSSL's work done in libuv's thread pool (node:crypto `verify` with a callback),
 * so that the caller can go on (e.g. parse the next link) while a long message is hashed.
 *
 * The verdict is exactly that of {@link verify} on the same input: the same checks of A first; an
 * OpenSSL accept is an accept; an OpenSSL reject (or error) is decided by the same synchronous
 * {@link verify}, whose OpenSSL call rejects again and whose @noble fallback then decides.
 * Never rejects: any failure resolves to false (fail closed).
 * @param signature 64 bytes (R || S); message any bytes (copied by node:crypto when the job starts);
 *   key a loaded key or its 32 raw bytes.
 */
export function verifyAsync(signature: Uint8Array, message: Uint8Array, key: PublicKey | Uint8Array): Promise<boolean> {
  const pub = key instanceof Uint8Array ? key : key.bytes;
  if (!acceptablePublicKey(signature, pub)) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    const decide = () => {
      try {
        resolve(verify(signature, message, pub));
      } catch {
        resolve(false);
      }
    };
    try {
      opensslVerify(null, message, opensslPublicKey(pub), signature, (err, ok) => {
        if (!err && ok === true) resolve(true);
        else decide();
      });
    } catch {
      // a key OpenSSL cannot load or a job it cannot start: the synchronous path decides
      decide();
    }
  });
}

/** @noble/ed25519 strict verification (`zip215: false`), the reference verdict of {@link verify}. */
export function nobleStrictVerify(signature: Uint8Array, message: Uint8Array, pub: Uint8Array): boolean {
  if (signature.length !== 64 || pub.length !== 32) return false;
  try {
    return ed.verify(signature, message, pub, { zip215: false });
  } catch {
    return false;
  }
}

/**
 * Whether a time (seconds) lies inside a key's validity window [iat, exp].
 * Keys without `iat`/`exp` are unbounded on that side.
 */
export function keyValidAt(key: PublicKey, atSeconds: number): boolean {
  if (key.jwk.iat !== undefined && atSeconds < key.jwk.iat) return false;
  if (key.jwk.exp !== undefined && atSeconds > key.jwk.exp) return false;
  return true;
}

/** Reads a private key file (PKCS#8 PEM or JWK). @throws InputError naming the file. */
export async function readPrivateKeyFile(path: string): Promise<PrivateKey> {
  const { readText } = await import('./fsx.js');
  return loadPrivateKey(await readText(path, 'private key'), path);
}

/**
 * Reads a JWKS file.
 * @param opts.untrusted a JWKS an attacker may have placed (a pack's own jwks.json): regular file only,
 *   no symbolic link followed, at most 1 MiB
 * @throws InputError naming the file.
 */
export async function readJwksFile(path: string, opts: { untrusted?: boolean } = {}): Promise<PublicKey[]> {
  const { readText } = await import('./fsx.js');
  return parseJwks(await readText(path, 'JWKS', opts.untrusted ? { untrusted: true, maxBytes: 1 << 20 } : {}), path);
}
