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

/** The PAE text before the payload: `"DSSEv1" SP LEN(type) SP type SP LEN(body) SP`. */
function paeHead(payloadType: string, length: number): Uint8Array {
  return enc.encode(`DSSEv1 ${enc.encode(payloadType).length} ${payloadType} ${length} `);
}

/**
 * Pre-Authentication Encoding (DSSE protocol, "Signature definition"):
 * `"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body`, LEN = ASCII decimal byte length.
 * A payload made by {@link payloadWithPaeRoom} (a 20 MB manifest) already has this text right before
 * it in its buffer: its PAE is a view of that buffer, the same bytes without a copy.
 */
export function pae(payloadType: string, payload: Uint8Array): Uint8Array {
  const head = paeHead(payloadType, payload.length);
  const at = payload.byteOffset - head.length;
  if (at >= 0 && Buffer.compare(new Uint8Array(payload.buffer, at, head.length), head) === 0)
    return new Uint8Array(payload.buffer, at, head.length + payload.length);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

/**
 * A buffer for a payload of `length` bytes, with its PAE text (for `payloadType`) written right
 * before it in the same memory: {@link pae} of it makes no copy. Its bytes are not zeroed.
 */
export function payloadWithPaeRoom(payloadType: string, length: number): Buffer {
  const head = paeHead(payloadType, length);
  const buf = Buffer.allocUnsafeSlow(head.length + length);
  buf.set(head, 0);
  return buf.subarray(head.length);
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
export function decodeBase64(s: string, payloadType?: string): Uint8Array | null {
  if (typeof s !== 'string') return null;
  const c = checked;
  checked = undefined; // held no longer than needed
  if (c?.text === s && c.bytes) return c.bytes;
  if (c?.text !== s && !B64.test(s)) return null;
  // a 28 MB payload: no second pass of the alphabet check, no rewrite when it is the standard alphabet, no copy
  const std = s.includes('-') || s.includes('_') ? s.replace(/-/g, '+').replace(/_/g, '/') : s;
  if (payloadType !== undefined && s.length >= LARGE) {
    const bytes = decodeWithPaeRoom(std, payloadType);
    if (bytes) return bytes;
  }
  const b = Buffer.from(std, 'base64');
  // small results live in Buffer's shared pool: copy those into their own memory
  return b.length >= 4096 ? new Uint8Array(b.buffer, b.byteOffset, b.length) : new Uint8Array(b);
}

/** Payload texts from this long are decoded with room for their PAE, and checked by encoding them again. */
const LARGE = 1 << 20;

/** `s` (base64 text) decoded into {@link payloadWithPaeRoom}; undefined when Node's decoder skipped a character. */
function decodeWithPaeRoom(s: string, payloadType: string): Buffer | undefined {
  const length = Buffer.byteLength(s, 'base64');
  const out = payloadWithPaeRoom(payloadType, length);
  return out.write(s, 'base64') === length ? out : undefined;
}

/**
 * Whether an envelope's payload text is base64 (either alphabet, padding optional: {@link B64}). A large
 * text is first decoded (with room for its PAE) and encoded again: the same text back means it is
 * padded standard base64, which B64 accepts, and its bytes are kept for {@link decodeBase64} (two
 * linear passes of Node's base64 code instead of a regular expression over 28 MB, and a decode it needs anyway).
 */
function checkPayloadText(s: string, payloadType: string): boolean {
  if (s.length >= LARGE) {
    const bytes = decodeWithPaeRoom(s, payloadType);
    if (bytes?.toString('base64') === s) {
      checked = { text: s, bytes };
      return true;
    }
  }
  if (!B64.test(s)) return false;
  checked = { text: s };
  return true;
}

/** The last payload text {@link parseEnvelope} checked (and, when large, its bytes): decoded next, when verified. */
let checked: { text: string; bytes?: Uint8Array } | undefined;

/**
 * Validates the JSON shape of a DSSE envelope.
 * @throws InputError naming the source and field when a member is missing or of the wrong type.
 */
export function parseEnvelope(value: unknown, source: string): DsseEnvelope {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError(source, undefined, 'a DSSE envelope object');
  const v = value as Record<string, unknown>;
  if (typeof v.payloadType !== 'string') throw new InputError(source, 'payloadType', 'string');
  // the alphabet check decodeBase64 makes (a 20 MB payload is decoded once: here, kept for verification)
  if (typeof v.payload !== 'string' || !checkPayloadText(v.payload, v.payloadType))
    throw new InputError(source, 'payload', 'base64 string');
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
  const payload = decodeBase64(env.payload, env.payloadType) ?? new Uint8Array();
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
