/**
 * DSSE envelopes (secure-systems-lab/dsse, protocol v1 and envelope.md): PAE, signing with one
 * or more Ed25519 keys, and verification against a set of trusted public keys.
 */
import { InputError } from './errors.js';
import { sign, verify, type PrivateKey, type PublicKey } from './ed25519.js';

/** payloadType of in-toto Statements (in-toto attestation spec, envelope layer). */
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** One DSSE signature. `sig` is base64 (standard alphabet on output). */
export interface DsseSignature {
  keyid?: string;
  sig: string;
}

/** A DSSE envelope (JSON form). `payload` is base64 of the exact payload bytes. */
export interface DsseEnvelope {
  payload: string;
  payloadType: string;
  signatures: DsseSignature[];
}

/** Status of one signature after verification. */
export interface SignatureCheck {
  /** index into `signatures` */
  index: number;
  keyid: string | undefined;
  /** `valid`: verifies under a trusted key; `invalid`: a trusted key with that keyid rejects it;
   * `unknown-key`: no trusted key has that keyid (and, without a keyid, none verifies it). */
  status: 'valid' | 'invalid' | 'unknown-key';
  /** the trusted key that verified it */
  key?: PublicKey;
}

const enc = new TextEncoder();

/**
 * Pre-Authentication Encoding (DSSE protocol, "Signature definition"):
 * `"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body`, LEN = ASCII decimal byte length.
 */
export function pae(payloadType: string, payload: Uint8Array): Uint8Array {
  const type = enc.encode(payloadType);
  const head = enc.encode(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

/** Signs `payload` with each key; keyid is the key's RFC 7638 thumbprint. */
export function signEnvelope(payload: Uint8Array, payloadType: string, keys: PrivateKey[]): DsseEnvelope {
  const msg = pae(payloadType, payload);
  return {
    payload: Buffer.from(payload).toString('base64'),
    payloadType,
    signatures: keys.map((k) => ({ keyid: k.kid, sig: Buffer.from(sign(msg, k)).toString('base64') })),
  };
}

const B64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** Decodes base64, standard or URL-safe alphabet (DSSE envelope.md allows either). Returns null when malformed. */
export function decodeBase64(s: string): Uint8Array | null {
  if (typeof s !== 'string' || (s !== checkedPayload && !B64.test(s))) return null;
  checkedPayload = undefined; // held no longer than needed
  // a 28 MB payload: no second pass of the alphabet check, no rewrite when it is the standard alphabet, no copy
  const std = s.includes('-') || s.includes('_') ? s.replace(/-/g, '+').replace(/_/g, '/') : s;
  const b = Buffer.from(std, 'base64');
  // small results live in Buffer's shared pool: copy those into their own memory
  return b.length >= 4096 ? new Uint8Array(b.buffer, b.byteOffset, b.length) : new Uint8Array(b);
}

/** The last payload {@link parseEnvelope} checked against the base64 alphabet (decoded next, when verified). */
let checkedPayload: string | undefined;

/**
 * Validates the JSON shape of a DSSE envelope.
 * @throws InputError naming the source and field when a member is missing or of the wrong type.
 */
export function parseEnvelope(value: unknown, source: string): DsseEnvelope {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError(source, undefined, 'a DSSE envelope object');
  const v = value as Record<string, unknown>;
  if (typeof v.payloadType !== 'string') throw new InputError(source, 'payloadType', 'string');
  // the alphabet check decodeBase64 makes, without decoding (a 20 MB payload is decoded once, when verified)
  if (typeof v.payload !== 'string' || !B64.test(v.payload)) throw new InputError(source, 'payload', 'base64 string');
  checkedPayload = v.payload;
  if (!Array.isArray(v.signatures)) throw new InputError(source, 'signatures', 'array');
  const signatures = v.signatures.map((s, i) => {
    const o = s as Record<string, unknown>;
    if (!o || typeof o !== 'object') throw new InputError(source, `signatures[${i}]`, 'object');
    if (typeof o.sig !== 'string') throw new InputError(source, `signatures[${i}].sig`, 'base64 string');
    if (o.keyid !== undefined && typeof o.keyid !== 'string') throw new InputError(source, `signatures[${i}].keyid`, 'string');
    return { keyid: o.keyid as string | undefined, sig: o.sig };
  });
  return { payload: v.payload, payloadType: v.payloadType, signatures };
}

/** Result of verifying an envelope. */
export interface EnvelopeVerification {
  /** the exact payload bytes (decoded) */
  payload: Uint8Array;
  signatures: SignatureCheck[];
  /** distinct trusted keys with a valid signature */
  validKeys: PublicKey[];
}

/**
 * Verifies every signature of an envelope over PAE(payloadType, payload) against trusted keys.
 * Keys are matched by keyid when present; a signature without keyid is tried against every key.
 * Does not apply a threshold: callers decide (see `validKeys`).
 */
export function verifyEnvelope(env: DsseEnvelope, trusted: PublicKey[]): EnvelopeVerification {
  const payload = decodeBase64(env.payload) ?? new Uint8Array();
  const msg = pae(env.payloadType, payload);
  const valid = new Map<string, PublicKey>();
  const signatures = env.signatures.map((s, index): SignatureCheck => {
    const sig = decodeBase64(s.sig);
    const candidates = s.keyid ? trusted.filter((k) => k.kid === s.keyid) : trusted;
    if (candidates.length === 0) return { index, keyid: s.keyid, status: 'unknown-key' };
    for (const k of candidates) {
      if (sig && verify(sig, msg, k)) {
        valid.set(k.kid, k);
        return { index, keyid: s.keyid ?? k.kid, status: 'valid', key: k };
      }
    }
    return { index, keyid: s.keyid, status: s.keyid ? 'invalid' : 'unknown-key' };
  });
  return { payload, signatures, validKeys: [...valid.values()] };
}
