/**
 * Keys in the securesystemslib formats that in-toto 1.x uses (securesystemslib 0.26 `keys.py`,
 * `interface.py`), their keyids, and signatures over in-toto's canonical JSON bytes.
 *
 * Public key files:  ed25519 and ecdsa: JSON `{"keytype","scheme","keyid_hash_algorithms","keyval":{"public"}}`
 * (ed25519 public = 64 hex chars; ecdsa public = SPKI PEM); rsa: SPKI PEM (`-----BEGIN PUBLIC KEY-----`).
 * Private key files: ed25519 and ecdsa: the same JSON with `keyval.private` (ed25519: 64 hex chars seed;
 * ecdsa: PEM); rsa: PEM (PKCS#1 or PKCS#8). Encrypted private keys are not supported. As an extension,
 * ed25519 keys may also be given as SPKI / PKCS#8 PEM (RFC 8410), the suite's own key format.
 *
 * keyid (securesystemslib `_get_keyid`): lowercase hex SHA-256 of the canonical JSON of
 * `{"keytype", "scheme", "keyid_hash_algorithms": ["sha256","sha512"], "keyval": {"public"}}`.
 *
 * Signatures: `{"keyid", "sig"}`, `sig` in lowercase hex. ed25519 (RFC 8032) through src/core/ed25519.ts;
 * ecdsa-sha2-nistp256/384 (DER-encoded ECDSA over SHA-256/384) and rsassa-pss-sha{224,256,384,512}
 * (MGF1 with the same hash; salt length = digest length when signing, any when verifying, as
 * pyca/cryptography `PSS.AUTO`) and rsa-pkcs1v15-sha* through node:crypto.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign as nodeSign,
  verify as nodeVerify,
  constants,
  type KeyObject,
} from 'node:crypto';
import { InputError } from '../core/errors.js';
import { sha256Hex } from '../core/digest.js';
import { publicKeyFromBytes, sign as edSign, verify as edVerify, verifyAsync as edVerifyAsync, type PrivateKey } from '../core/ed25519.js';
import { encodeCanonical } from './ocj.js';

/** Key types accepted by `--key-types` (in-toto SUPPORTED_KEY_TYPES). */
export const KEY_TYPES = ['rsa', 'ed25519', 'ecdsa'] as const;
export type KeyType = (typeof KEY_TYPES)[number];

/** securesystemslib's keyid hash algorithms (settings.HASH_ALGORITHMS). */
export const KEYID_HASH_ALGORITHMS = ['sha256', 'sha512'];

/** A public key in securesystemslib's KEY_SCHEMA (as embedded in a layout's `keys`). */
export interface SslibKey {
  keyid: string;
  keytype: string;
  scheme: string;
  keyid_hash_algorithms?: string[];
  keyval: { public: string; private?: string };
  /** GPG-style subkeys: keyid to key (layouts may carry them; honoured for link authorization). */
  subkeys?: Record<string, SslibKey>;
}

/** A private key. `private` is secret: never log or serialize it. */
export interface SslibPrivateKey {
  keyid: string;
  keytype: string;
  scheme: string;
  public: string;
  private: string;
}

/** One signature in a Metablock (securesystemslib SIGNATURE_SCHEMA): sig is hex. */
export interface SslibSignature {
  keyid: string;
  sig: string;
}

const HEX64 = /^[0-9a-f]{64}$/;
const PUB_PEM = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/;

/** The public part of a key as securesystemslib hashes it for the keyid. */
export function keyMetadata(keytype: string, scheme: string, publicValue: string): Record<string, unknown> {
  return { keytype, scheme, keyid_hash_algorithms: KEYID_HASH_ALGORITHMS, keyval: { public: publicValue } };
}

/** keyid of a public key: SHA-256 hex of the canonical JSON of {@link keyMetadata} (securesystemslib `_get_keyid`). */
export function computeKeyid(keytype: string, scheme: string, publicValue: string): string {
  return sha256Hex(encodeCanonical(keyMetadata(keytype, scheme, publicValue)));
}

/** The public key dict written in layouts and `.pub` files (no private part). */
export function publicKeyDict(k: SslibKey | SslibPrivateKey): SslibKey {
  const pub = 'keyval' in k ? k.keyval.public : k.public;
  return { keyid: k.keyid, keytype: k.keytype, scheme: k.scheme, keyid_hash_algorithms: KEYID_HASH_ALGORITHMS, keyval: { public: pub } };
}

function parseJsonKey(text: string, source: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
    return v as Record<string, unknown>;
  } catch {
    throw new InputError(source, undefined, 'a securesystemslib key as JSON ({"keytype","scheme","keyval":{"public"}})');
  }
}

function checkKeyFields(o: Record<string, unknown>, source: string): { keytype: string; scheme: string; keyval: Record<string, unknown> } {
  if (typeof o.keytype !== 'string') throw new InputError(source, 'keytype', 'string');
  if (typeof o.scheme !== 'string') throw new InputError(source, 'scheme', 'string');
  const keyval = o.keyval as Record<string, unknown> | undefined;
  if (!keyval || typeof keyval !== 'object' || typeof keyval.public !== 'string') throw new InputError(source, 'keyval.public', 'string');
  return { keytype: o.keytype, scheme: o.scheme, keyval };
}

function extractPublicPem(text: string, source: string): string {
  const m = PUB_PEM.exec(text);
  if (!m) {
    const hint = text.trimStart().startsWith('{')
      ? '; this looks like a JSON key: pass --key-types ed25519 or ecdsa (the default is rsa)'
      : '';
    throw new InputError(source, undefined, `an RSA public key in PEM ('-----BEGIN PUBLIC KEY-----')${hint}`);
  }
  return m[0].replace(/\r\n/g, '\n');
}

/**
 * Loads a public key file as in-toto-verify's `--layout-keys`/`--key-types` do
 * (securesystemslib `import_publickeys_from_file`; the default type is rsa).
 * @throws InputError naming the file when the contents do not match the type.
 */
export function parsePublicKeyFile(text: string, type: KeyType, source: string): SslibKey {
  if (type === 'rsa') {
    const pem = extractPublicPem(text, source);
    try {
      const ko = createPublicKey(pem);
      if (ko.asymmetricKeyType !== 'rsa') throw new Error('not rsa');
    } catch {
      throw new InputError(source, undefined, 'an RSA public key (PEM)');
    }
    const scheme = 'rsassa-pss-sha256';
    return {
      keyid: computeKeyid('rsa', scheme, pem),
      keytype: 'rsa',
      scheme,
      keyid_hash_algorithms: KEYID_HASH_ALGORITHMS,
      keyval: { public: pem },
    };
  }
  if (type === 'ed25519' && text.trimStart().startsWith('-----BEGIN PUBLIC KEY-----')) return ed25519FromSpki(text, source);
  const o = parseJsonKey(text, source);
  const { keytype, scheme, keyval } = checkKeyFields(o, source);
  const pub = keyval.public as string;
  if (type === 'ed25519') {
    if (keytype !== 'ed25519') throw new InputError(source, 'keytype', 'ed25519', { found: keytype });
    if (!HEX64.test(pub)) throw new InputError(source, 'keyval.public', '64 lowercase hex characters');
  } else if (!['ecdsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384'].includes(keytype)) {
    throw new InputError(source, 'keytype', 'ecdsa', { found: keytype });
  }
  return {
    keyid: computeKeyid(keytype, scheme, pub),
    keytype,
    scheme,
    keyid_hash_algorithms: KEYID_HASH_ALGORITHMS,
    keyval: { public: pub },
  };
}

/**
 * Loads a private key file as in-toto-run/in-toto-sign `--key`/`--key-type` do (unencrypted only).
 * @throws InputError naming the file when the contents do not match the type.
 */
export function parsePrivateKeyFile(text: string, type: KeyType, source: string): SslibPrivateKey {
  if (type === 'rsa') {
    let ko: KeyObject;
    try {
      ko = createPrivateKey(text);
    } catch {
      throw new InputError(source, undefined, 'an unencrypted RSA private key (PEM)');
    }
    if (ko.asymmetricKeyType !== 'rsa') throw new InputError(source, undefined, 'an RSA private key', { found: ko.asymmetricKeyType });
    const pub = (createPublicKey(ko).export({ type: 'spki', format: 'pem' }) as string).trim();
    const priv = ko.export({ type: 'pkcs1', format: 'pem' }) as string;
    const scheme = 'rsassa-pss-sha256';
    return { keyid: computeKeyid('rsa', scheme, pub), keytype: 'rsa', scheme, public: pub, private: priv };
  }
  if (type === 'ed25519' && text.trimStart().startsWith('-----BEGIN PRIVATE KEY-----')) return ed25519FromPkcs8(text, source);
  const o = parseJsonKey(text, source);
  const { keytype, scheme, keyval } = checkKeyFields(o, source);
  if (typeof keyval.private !== 'string' || !keyval.private)
    throw new InputError(source, 'keyval.private', 'a private key (encrypted key files are not supported)');
  const pub = keyval.public as string;
  if (type === 'ed25519') {
    if (keytype !== 'ed25519') throw new InputError(source, 'keytype', 'ed25519', { found: keytype });
    if (!HEX64.test(keyval.private)) throw new InputError(source, 'keyval.private', '64 hex characters');
  } else if (!['ecdsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384'].includes(keytype)) {
    throw new InputError(source, 'keytype', 'ecdsa', { found: keytype });
  }
  const key: SslibPrivateKey = { keyid: computeKeyid(keytype, scheme, pub), keytype, scheme, public: pub, private: keyval.private };
  // the public half must belong to the private half
  const probe = new TextEncoder().encode('in-toto key check');
  if (!verifySignature(publicKeyDict(key), signBytes(key, probe), probe))
    throw new InputError(source, 'keyval.public', 'the public key matching keyval.private');
  return key;
}

/**
 * An Ed25519 SPKI PEM (RFC 8410, the suite's own key format, e.g. examples/keys/*.pub.pem) as a
 * securesystemslib ed25519 key: the same 32 bytes, hex-encoded, keyid computed as securesystemslib does.
 */
function ed25519FromSpki(text: string, source: string): SslibKey {
  let x: string | undefined;
  try {
    const jwk = createPublicKey(text).export({ format: 'jwk' });
    if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') x = jwk.x;
  } catch {
    /* reported below */
  }
  if (!x) throw new InputError(source, undefined, 'an Ed25519 public key (securesystemslib JSON or SPKI PEM)');
  const pub = Buffer.from(x, 'base64url').toString('hex');
  return {
    keyid: computeKeyid('ed25519', 'ed25519', pub),
    keytype: 'ed25519',
    scheme: 'ed25519',
    keyid_hash_algorithms: KEYID_HASH_ALGORITHMS,
    keyval: { public: pub },
  };
}

/** An Ed25519 PKCS#8 PEM (RFC 8410, e.g. the suite's dev key) as a securesystemslib ed25519 private key. */
function ed25519FromPkcs8(text: string, source: string): SslibPrivateKey {
  let jwk: { kty?: string; crv?: string; x?: string; d?: string } = {};
  try {
    jwk = createPrivateKey(text).export({ format: 'jwk' });
  } catch {
    /* reported below */
  }
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x || !jwk.d)
    throw new InputError(source, undefined, 'an Ed25519 private key (securesystemslib JSON or PKCS#8 PEM)');
  const pub = Buffer.from(jwk.x, 'base64url').toString('hex');
  return {
    keyid: computeKeyid('ed25519', 'ed25519', pub),
    keytype: 'ed25519',
    scheme: 'ed25519',
    public: pub,
    private: Buffer.from(jwk.d, 'base64url').toString('hex'),
  };
}

const HASH_OF: Record<string, string> = {
  'ecdsa-sha2-nistp256': 'sha256',
  'ecdsa-sha2-nistp384': 'sha384',
  'rsassa-pss-sha224': 'sha224',
  'rsassa-pss-sha256': 'sha256',
  'rsassa-pss-sha384': 'sha384',
  'rsassa-pss-sha512': 'sha512',
  'rsa-pkcs1v15-sha224': 'sha224',
  'rsa-pkcs1v15-sha256': 'sha256',
  'rsa-pkcs1v15-sha384': 'sha384',
  'rsa-pkcs1v15-sha512': 'sha512',
};

const DIGEST_LEN: Record<string, number> = { sha224: 28, sha256: 32, sha384: 48, sha512: 64 };

function edPrivate(key: SslibPrivateKey): PrivateKey {
  // core/ed25519.ts sign() needs only the seed; the PublicKey half is filled for type completeness.
  const seed = new Uint8Array(Buffer.from(key.private, 'hex'));
  const bytes = new Uint8Array(Buffer.from(key.public, 'hex'));
  return {
    kid: key.keyid,
    seed,
    publicKey: { kid: key.keyid, bytes, jwk: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(bytes).toString('base64url'), kid: key.keyid } },
  };
}

/**
 * Signs bytes with a securesystemslib private key; returns the raw signature bytes.
 * @throws InputError for an unsupported keytype/scheme combination.
 */
export function signBytes(key: SslibPrivateKey, data: Uint8Array): Uint8Array {
  if (key.keytype === 'ed25519' && key.scheme === 'ed25519') return edSign(data, edPrivate(key));
  const hash = HASH_OF[key.scheme];
  if (!hash)
    throw new InputError(undefined, 'scheme', 'a supported signature scheme (ed25519, ecdsa-sha2-nistp256/384, rsassa-pss-sha256, ...)', {
      found: key.scheme,
    });
  if (key.keytype === 'rsa') {
    const padding = key.scheme.startsWith('rsassa-pss') ? constants.RSA_PKCS1_PSS_PADDING : constants.RSA_PKCS1_PADDING;
    return new Uint8Array(nodeSign(hash, data, { key: key.private, padding, saltLength: DIGEST_LEN[hash] }));
  }
  return new Uint8Array(nodeSign(hash, data, { key: key.private, dsaEncoding: 'der' }));
}

/**
 * Verifies raw signature bytes over data with a securesystemslib public key dict
 * (securesystemslib `keys.verify_signature`). Returns false for a bad signature, malformed key
 * material or an unsupported scheme (fail closed).
 */
export function verifySignature(key: SslibKey, sig: Uint8Array, data: Uint8Array): boolean {
  try {
    const { keytype, scheme } = key;
    const pub = key.keyval.public;
    if (keytype === 'ed25519') {
      const raw = ed25519Public(key);
      return raw !== null && edVerify(sig, data, raw);
    }
    const hash = HASH_OF[scheme];
    if (!hash) return false;
    if (keytype === 'rsa') {
      if (!scheme.startsWith('rsa')) return false;
      const pss = scheme.startsWith('rsassa-pss');
      return nodeVerify(
        hash,
        data,
        {
          key: pub,
          padding: pss ? constants.RSA_PKCS1_PSS_PADDING : constants.RSA_PKCS1_PADDING,
          saltLength: pss ? constants.RSA_PSS_SALTLEN_AUTO : undefined,
        },
        sig,
      );
    }
    if (['ecdsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384'].includes(keytype)) {
      if (!scheme.startsWith('ecdsa-')) return false;
      return nodeVerify(hash, data, { key: pub, dsaEncoding: 'der' }, sig);
    }
    return false;
  } catch {
    return false;
  }
}

/** The 32 raw bytes of an ed25519 key of scheme ed25519, or null when its scheme or public value is not one. */
function ed25519Public(key: SslibKey): Uint8Array | null {
  const pub = key.keyval.public;
  if (key.scheme !== 'ed25519' || typeof pub !== 'string' || !/^[0-9a-fA-F]{64}$/.test(pub)) return null;
  return new Uint8Array(Buffer.from(pub, 'hex'));
}

/**
 * {@link verifySignature} with an Ed25519 key's OpenSSL work in libuv's thread pool (core/ed25519.ts
 * `verifyAsync`); the verdict is the same on every input. Other key types are verified synchronously.
 * Never rejects (fail closed: any failure is false).
 */
export function verifySignatureAsync(key: SslibKey, sig: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    if (key.keytype !== 'ed25519') return Promise.resolve(verifySignature(key, sig, data));
    const raw = ed25519Public(key);
    return raw === null ? Promise.resolve(false) : edVerifyAsync(sig, data, raw);
  } catch {
    return Promise.resolve(false);
  }
}

/** Signs with a key and returns the Metablock signature object (hex sig). */
export function createSignature(key: SslibPrivateKey, data: Uint8Array): SslibSignature {
  return { keyid: key.keyid, sig: Buffer.from(signBytes(key, data)).toString('hex') };
}

/** Generates a key pair of a type: ed25519, ecdsa (nistp256) or rsa (3072 bits, rsassa-pss-sha256). */
export async function generateKey(type: KeyType): Promise<SslibPrivateKey> {
  if (type === 'ed25519') {
    const { privateKey } = generateKeyPairSync('ed25519');
    const jwk = privateKey.export({ format: 'jwk' });
    const seed = Buffer.from(jwk.d!, 'base64url');
    const pub = Buffer.from(jwk.x!, 'base64url');
    await publicKeyFromBytes(new Uint8Array(pub)); // validates the 32-byte point through the shared core
    const pubHex = pub.toString('hex');
    return {
      keyid: computeKeyid('ed25519', 'ed25519', pubHex),
      keytype: 'ed25519',
      scheme: 'ed25519',
      public: pubHex,
      private: seed.toString('hex'),
    };
  }
  if (type === 'ecdsa') {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const pub = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const priv = privateKey.export({ type: 'sec1', format: 'pem' }) as string;
    return {
      keyid: computeKeyid('ecdsa', 'ecdsa-sha2-nistp256', pub),
      keytype: 'ecdsa',
      scheme: 'ecdsa-sha2-nistp256',
      public: pub,
      private: priv,
    };
  }
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const pub = (publicKey.export({ type: 'spki', format: 'pem' }) as string).trim();
  const priv = privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
  return { keyid: computeKeyid('rsa', 'rsassa-pss-sha256', pub), keytype: 'rsa', scheme: 'rsassa-pss-sha256', public: pub, private: priv };
}

/**
 * The files securesystemslib writes for a key pair: `{ private, public }` texts.
 * ed25519/ecdsa: JSON (private file includes keyid and the private value); rsa: PEM.
 */
export function keyFiles(key: SslibPrivateKey): { private: string; public: string } {
  if (key.keytype === 'rsa') return { private: key.private, public: key.public + '\n' };
  const pub = { keytype: key.keytype, scheme: key.scheme, keyid_hash_algorithms: KEYID_HASH_ALGORITHMS, keyval: { public: key.public } };
  const priv = {
    keytype: key.keytype,
    scheme: key.scheme,
    keyid: key.keyid,
    keyid_hash_algorithms: KEYID_HASH_ALGORITHMS,
    keyval: { public: key.public, private: key.private },
  };
  return { private: JSON.stringify(priv), public: JSON.stringify(pub) };
}

/** Validates a key dict found inside a layout's `keys` (securesystemslib ANY_PUBKEY_SCHEMA, loosely). */
export function checkLayoutKey(v: unknown, source: string, field: string): SslibKey {
  const o = v as Record<string, unknown>;
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new InputError(source, field, 'a public key object');
  if (typeof o.keyid !== 'string') throw new InputError(source, `${field}.keyid`, 'string');
  checkKeyFields(o, `${source}: ${field}`);
  const k = o as unknown as SslibKey;
  if (k.subkeys !== undefined) {
    if (!k.subkeys || typeof k.subkeys !== 'object') throw new InputError(source, `${field}.subkeys`, 'an object of keys');
    for (const [sid, sk] of Object.entries(k.subkeys)) checkLayoutKey(sk, source, `${field}.subkeys.${sid}`);
  }
  return k;
}
