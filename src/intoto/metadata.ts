/**
 * in-toto metadata (specification v1.0, section 4): Layouts and Links in a Metablock
 * (`{"signed": {...}, "signatures": [{"keyid","sig"}]}`, signatures over the OLPC canonical JSON of
 * `signed`), or wrapped in a DSSE envelope (payloadType `application/vnd.in-toto+json`, signatures
 * over DSSE PAE, as in-toto 2.x writes them).
 *
 * The `signed` object is normalized as the reference's models do (in_toto.models.layout/link:
 * known fields only, defaults for missing ones) before its canonical bytes are computed, so that a
 * signature verifies here exactly when it verifies in in-toto-verify.
 */
import { InputError } from '../core/errors.js';
import { decodeBase64, pae, INTOTO_PAYLOAD_TYPE } from '../core/dsse.js';
import { canonicalBytes, canonicalLinkBytes } from './ocj.js';
import {
  checkLayoutKey,
  createSignature,
  signBytes,
  verifySignature,
  verifySignatureAsync,
  type SslibKey,
  type SslibPrivateKey,
  type SslibSignature,
} from './sslib-keys.js';
import { unpackRule } from './rules.js';
import { attachArtifactIndex } from './artifact-index.js';
import { scanLinkMetablock, type ScanMemo } from './linkscan.js';

/** A DigestSet (algorithm to hex) per artifact path. */
export type ArtifactDict = Record<string, Record<string, string>>;

/** A step of a layout (specification 4.3, "steps"). */
export interface Step {
  _type: 'step';
  name: string;
  expected_materials: string[][];
  expected_products: string[][];
  /** functionary keyids authorized to sign this step's links */
  pubkeys: string[];
  expected_command: string[];
  /** minimum number of distinct functionaries whose links must agree */
  threshold: number;
}

/** An inspection of a layout (specification 4.3, "inspect"): a command run at verification time. */
export interface Inspection {
  _type: 'inspection';
  name: string;
  expected_materials: string[][];
  expected_products: string[][];
  run: string[];
}

/** A layout (specification 4.3). `expires` is ISO 8601 `YYYY-MM-DDThh:mm:ssZ`. */
export interface Layout {
  _type: 'layout';
  steps: Step[];
  inspect: Inspection[];
  keys: Record<string, SslibKey>;
  expires: string;
  readme: string;
}

/** A link (specification 4.2): evidence that a step was performed. */
export interface Link {
  _type: 'link';
  name: string;
  materials: ArtifactDict;
  products: ArtifactDict;
  byproducts: Record<string, unknown>;
  command: string[];
  environment: Record<string, unknown>;
}

/** Parsed, signed metadata: a Metablock or a DSSE envelope around a Layout or a Link. */
export interface Metadata<T extends Layout | Link = Layout | Link> {
  kind: 'metablock' | 'dsse';
  signed: T;
  /** Metablock: hex sigs; DSSE: base64 sigs (as in the file) */
  signatures: SslibSignature[];
  /** DSSE only: the exact payload bytes and type the signatures cover */
  dsse?: { payloadType: string; payload: Uint8Array };
  /** where it came from (for messages) */
  source: string;
  /** Metablock: length of the file's text, a size hint for the canonical encoding (an upper bound in practice) */
  textLength?: number;
}

/** Signable bytes per parsed Metablock: computed once however many keys check it. */
const signableCache = new WeakMap<Metadata, Uint8Array>();

const ISO_EXPIRES = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function strList(v: unknown, source: string, field: string): string[] {
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) throw new InputError(source, field, 'a list of strings');
  return v as string[];
}

function ruleList(v: unknown, source: string, field: string): string[][] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new InputError(source, field, 'a list of artifact rules');
  return v.map((r, i) => {
    const rule = strList(r, source, `${field}[${i}]`);
    unpackRule(rule, `${source}: ${field}[${i}]`);
    return rule;
  });
}

const HEX = /^[0-9a-fA-F]+$/;

/** Whether a string is non-empty hex (`HEX`), without a regular expression: called once per artifact. */
function isHex(h: string): boolean {
  const n = h.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = h.charCodeAt(i);
    const l = c | 0x20; // ASCII lower case
    if (!((c >= 0x30 && c <= 0x39) || (l >= 0x61 && l <= 0x66))) return false;
  }
  return true;
}

/** Whether a digest set is an object of algorithm to hex string. */
function digestSetOk(d: unknown): boolean {
  if (!isObj(d)) return false;
  for (const alg in d) {
    const h = d[alg];
    if (typeof h !== 'string' || !isHex(h)) return false;
  }
  return true;
}

function artifactDict(v: unknown, source: string, field: string): ArtifactDict {
  if (v === undefined) return {};
  if (!isObj(v)) throw new InputError(source, field, 'an object of path to digest set');
  // values only on the hot path (a link may list 100,000 artifacts); the path is looked up on failure
  for (const d of Object.values(v)) {
    if (digestSetOk(d)) continue;
    const p = Object.keys(v).find((k) => !digestSetOk(v[k]))!;
    throw new InputError(source, `${field}.${p}`, 'a digest set ({"sha256": "<hex>"})');
  }
  return v as ArtifactDict;
}

/** Normalizes a `signed` layout object as in_toto.models.layout.Layout.read does. @throws InputError */
export function readLayout(data: Record<string, unknown>, source: string): Layout {
  if (!Array.isArray(data.steps)) throw new InputError(source, 'signed.steps', 'a list of steps');
  if (!Array.isArray(data.inspect)) throw new InputError(source, 'signed.inspect', 'a list of inspections');
  const names = new Set<string>();
  const steps: Step[] = data.steps.map((s, i) => {
    const f = `signed.steps[${i}]`;
    if (!isObj(s)) throw new InputError(source, f, 'a step object');
    if (typeof s.name !== 'string') throw new InputError(source, `${f}.name`, 'string');
    if (names.has(s.name)) throw new InputError(source, `${f}.name`, 'a name unique within the layout', { found: s.name });
    names.add(s.name);
    const threshold = s.threshold === undefined ? 1 : s.threshold;
    if (typeof threshold !== 'number' || !Number.isInteger(threshold)) throw new InputError(source, `${f}.threshold`, 'an integer');
    const pubkeys = s.pubkeys === undefined ? [] : strList(s.pubkeys, source, `${f}.pubkeys`);
    for (const k of pubkeys) if (!/^[0-9a-fA-F]+$/.test(k)) throw new InputError(source, `${f}.pubkeys`, 'hex keyids', { found: k });
    return {
      _type: 'step',
      name: s.name,
      expected_materials: ruleList(s.expected_materials, source, `${f}.expected_materials`),
      expected_products: ruleList(s.expected_products, source, `${f}.expected_products`),
      pubkeys,
      expected_command: s.expected_command === undefined ? [] : strList(s.expected_command, source, `${f}.expected_command`),
      threshold,
    };
  });
  const inspect: Inspection[] = data.inspect.map((s, i) => {
    const f = `signed.inspect[${i}]`;
    if (!isObj(s)) throw new InputError(source, f, 'an inspection object');
    if (typeof s.name !== 'string') throw new InputError(source, `${f}.name`, 'string');
    if (names.has(s.name)) throw new InputError(source, `${f}.name`, 'a name unique among steps and inspections', { found: s.name });
    names.add(s.name);
    return {
      _type: 'inspection',
      name: s.name,
      expected_materials: ruleList(s.expected_materials, source, `${f}.expected_materials`),
      expected_products: ruleList(s.expected_products, source, `${f}.expected_products`),
      run: s.run === undefined ? [] : strList(s.run, source, `${f}.run`),
    };
  });
  const keys = data.keys === undefined ? {} : data.keys;
  if (!isObj(keys)) throw new InputError(source, 'signed.keys', 'an object of keyid to public key');
  for (const [kid, k] of Object.entries(keys)) checkLayoutKey(k, source, `signed.keys.${kid}`);
  if (typeof data.expires !== 'string' || !ISO_EXPIRES.test(data.expires) || Number.isNaN(Date.parse(data.expires))) {
    throw new InputError(source, 'signed.expires', 'an ISO 8601 UTC date-time YYYY-MM-DDThh:mm:ssZ', { found: String(data.expires) });
  }
  const readme = data.readme === undefined ? '' : data.readme;
  if (typeof readme !== 'string') throw new InputError(source, 'signed.readme', 'string');
  return { _type: 'layout', steps, inspect, keys: keys as Record<string, SslibKey>, expires: data.expires, readme };
}

/** Normalizes a `signed` link object as in_toto.models.link.Link.read does. @throws InputError */
export function readLink(data: Record<string, unknown>, source: string): Link {
  return normalizeLink(data, source).link;
}

/**
 * {@link readLink}; with `encode`, also the link's signable bytes, computed in the pass that checks its
 * digest sets (canonicalLinkBytes) instead of a separate one. The checks and the order of their errors
 * are the same either way: name, byproducts, environment, materials, products, command.
 */
function normalizeLink(data: Record<string, unknown>, source: string, encode?: { sizeHint: number }): { link: Link; bytes?: Uint8Array } {
  if (data.name !== undefined && typeof data.name !== 'string') throw new InputError(source, 'signed.name', 'string');
  const byproducts = data.byproducts === undefined ? {} : data.byproducts;
  if (!isObj(byproducts)) throw new InputError(source, 'signed.byproducts', 'an object');
  const environment = data.environment === undefined ? {} : data.environment;
  if (!isObj(environment)) throw new InputError(source, 'signed.environment', 'an object');
  const link: Link = {
    _type: 'link',
    name: (data.name as string | undefined) ?? (null as unknown as string),
    materials: (data.materials ?? {}) as ArtifactDict,
    products: (data.products ?? {}) as ArtifactDict,
    byproducts,
    command: (data.command ?? []) as string[],
    environment,
  };
  let bytes: Uint8Array | 'artifacts' | undefined;
  if (encode) {
    try {
      bytes = canonicalLinkBytes(link as unknown as Record<string, unknown>, encode.sizeHint);
    } catch (e) {
      // a member canonical JSON cannot encode: the signature check reports it, as without `encode`
      if (!(e instanceof InputError)) throw e;
    }
  }
  if (bytes === undefined || bytes === 'artifacts') {
    link.materials = artifactDict(data.materials, source, 'signed.materials');
    link.products = artifactDict(data.products, source, 'signed.products');
    if (bytes === 'artifacts') throw new InputError(source, 'signed', 'digest sets of hex strings'); // not reached: artifactDict names it
    bytes = undefined;
  }
  link.command = data.command === undefined ? [] : strList(data.command, source, 'signed.command');
  return { link, bytes };
}

function readSigned(data: unknown, source: string): Layout | Link {
  if (!isObj(data)) throw new InputError(source, 'signed', 'an object');
  if (data._type === 'link') return readLink(data, source);
  if (data._type === 'layout') return readLayout(data, source);
  throw new InputError(source, 'signed._type', "'link' or 'layout'", { found: String(data._type) });
}

/**
 * The `signatures` of a Metablock as Metablock.load reads them: a missing list is empty; each entry must
 * match securesystemslib's SIGNATURE_SCHEMA ({keyid: hex, sig: hex}). GPG signatures are refused (fail
 * closed; the reference also fails on one it meets with a non-GPG key).
 */
function metablockSignatures(raw: unknown, source: string): SslibSignature[] {
  const rawSigs = raw === undefined ? [] : raw;
  if (!Array.isArray(rawSigs)) throw new InputError(source, 'signatures', 'a list of signatures');
  return rawSigs.map((s, i) => {
    const hex = (v: unknown) => typeof v === 'string' && HEX.test(v);
    if (isObj(s) && hex(s.keyid) && hex(s.sig)) return { keyid: s.keyid as string, sig: s.sig as string };
    throw new InputError(source, `signatures[${i}]`, 'a signature {"keyid": hex, "sig": hex}');
  });
}

/**
 * Parses metadata from a file's bytes, as {@link parseMetadata} parses their UTF-8 text, with the same
 * result and the same errors. A link Metablock in the form in-toto writes is read by the one-pass scanner
 * (linkscan.ts): its signable bytes and artifact indexes come from the file's bytes, and its `materials`
 * and `products` are built only when read; anything else is decoded and parsed the general way.
 * @param scan the scanner (tests substitute a broken one to show that the differential test catches it)
 * @param dicts artifact dicts the scanner already met in this verification (linkscan.ts {@link ScanMemo})
 * @throws InputError naming the source and field on malformed metadata.
 */
export function parseMetadataBytes(
  bytes: Uint8Array,
  source: string,
  scan: typeof scanLinkMetablock = scanLinkMetablock,
  dicts?: ScanMemo,
): Metadata {
  const scanned = scan(bytes, dicts);
  if (!scanned) return parseMetadata(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), source);
  const signatures = metablockSignatures(scanned.signatures, source);
  // the members in the order normalizeLink gives them
  const link = { _type: 'link', name: scanned.name } as Link;
  attachArtifactIndex(link, scanned.materials, scanned.products);
  link.byproducts = scanned.byproducts;
  link.command = scanned.command;
  link.environment = scanned.environment;
  const md: Metadata = { kind: 'metablock', signed: link, signatures, source, textLength: bytes.length };
  signableCache.set(md, scanned.bytes);
  return md;
}

/**
 * Parses metadata text: a Metablock, or a DSSE envelope whose payload is a link or layout.
 * @throws InputError naming the source and field on malformed metadata.
 */
export function parseMetadata(text: string, source: string): Metadata {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError(source, undefined, 'in-toto metadata as JSON', { found: (e as Error).message });
  }
  if (!isObj(doc)) throw new InputError(source, undefined, 'a JSON object (Metablock or DSSE envelope)');
  if (typeof doc.payloadType === 'string' && typeof doc.payload === 'string') {
    const payload = decodeBase64(doc.payload);
    if (!payload) throw new InputError(source, 'payload', 'base64');
    if (!Array.isArray(doc.signatures)) throw new InputError(source, 'signatures', 'a list');
    let inner: unknown;
    try {
      inner = JSON.parse(Buffer.from(payload).toString('utf8'));
    } catch {
      throw new InputError(source, 'payload', 'a JSON link or layout');
    }
    const signatures = doc.signatures.map((s, i) => {
      if (!isObj(s) || typeof s.sig !== 'string') throw new InputError(source, `signatures[${i}].sig`, 'base64 string');
      return { keyid: typeof s.keyid === 'string' ? s.keyid : '', sig: s.sig };
    });
    return { kind: 'dsse', signed: readSigned(inner, source), signatures, dsse: { payloadType: doc.payloadType, payload }, source };
  }
  const signatures = metablockSignatures(doc.signatures, source);
  if (isObj(doc.signed) && doc.signed._type === 'link') {
    // a link's signable bytes come out of the pass that checks its artifacts
    const { link, bytes } = normalizeLink(doc.signed, source, { sizeHint: text.length });
    const md: Metadata = { kind: 'metablock', signed: link, signatures, source, textLength: text.length };
    if (bytes) signableCache.set(md, bytes);
    return md;
  }
  return { kind: 'metablock', signed: readSigned(doc.signed, source), signatures, source, textLength: text.length };
}

/** The bytes a Metablock signature covers: canonical JSON of the normalized `signed`. */
export function signableBytes(signed: Layout | Link, sizeHint?: number): Uint8Array {
  return canonicalBytes(signed, sizeHint);
}

/**
 * The bytes the signatures of metadata cover: for a Metablock the canonical JSON of its normalized
 * `signed` (computed once, or taken from the pass that read it), for a DSSE envelope the PAE of its payload.
 * @throws InputError when `signed` holds a value canonical JSON cannot encode.
 */
export function signedBytesOf(md: Metadata): Uint8Array {
  return md.kind === 'dsse' ? pae(md.dsse!.payloadType, md.dsse!.payload) : metablockBytes(md);
}

function metablockBytes(md: Metadata): Uint8Array {
  let bytes = signableCache.get(md);
  if (!bytes) {
    bytes = signableBytes(md.signed, md.textLength);
    signableCache.set(md, bytes);
  }
  return bytes;
}

/** Result of checking metadata against one key. */
export type SignatureResult = { ok: true } | { ok: false; reason: string };

/**
 * What checking metadata against one key needs: the signature bytes and the bytes they cover, or the
 * reason the check fails before any cryptography (no signature for the key, a signature not hex/base64).
 * The one implementation of the signature input, shared by {@link verifyMetadataSignature} and
 * {@link verifyMetadataSignatureAsync}.
 */
function signatureInput(md: Metadata, key: SslibKey): { sig: Uint8Array; data: Uint8Array } | { reason: string } {
  const ids = new Set([key.keyid, ...Object.keys(key.subkeys ?? {})]);
  const sig = md.signatures.find((s) => ids.has(s.keyid));
  if (!sig) return { reason: `no signature found for key ${key.keyid}` };
  let bytes: Uint8Array | null;
  let data: Uint8Array;
  if (md.kind === 'dsse') {
    bytes = decodeBase64(sig.sig);
    data = pae(md.dsse!.payloadType, md.dsse!.payload);
  } else {
    bytes = HEX.test(sig.sig) && sig.sig.length % 2 === 0 ? new Uint8Array(Buffer.from(sig.sig, 'hex')) : null;
    data = metablockBytes(md);
  }
  if (!bytes) return { reason: invalidSignature(key) };
  return { sig: bytes, data };
}

const invalidSignature = (key: SslibKey): string => `invalid signature for keyid ${key.keyid}`;

/**
 * Verifies metadata with a key as in_toto Metablock.verify_signature does: the first signature whose
 * keyid is the key's keyid (or one of its subkeys) must verify.
 * @throws InputError when a Metablock's `signed` holds a value canonical JSON cannot encode.
 */
export function verifyMetadataSignature(md: Metadata, key: SslibKey): SignatureResult {
  const input = signatureInput(md, key);
  if ('reason' in input) return { ok: false, reason: input.reason };
  return verifySignature(key, input.sig, input.data) ? { ok: true } : { ok: false, reason: invalidSignature(key) };
}

/**
 * {@link verifyMetadataSignature} with an Ed25519 signature's OpenSSL work in libuv's thread pool
 * (sslib-keys.ts `verifySignatureAsync`): the same result and reason on every input. The signature
 * input is built now (synchronously); only the cryptography runs later.
 * @returns a promise that rejects with the error {@link verifyMetadataSignature} would throw (the
 *   caller that may not await it must attach a handler).
 */
export function verifyMetadataSignatureAsync(md: Metadata, key: SslibKey): Promise<SignatureResult> {
  let input: ReturnType<typeof signatureInput>;
  try {
    input = signatureInput(md, key);
  } catch (e) {
    return Promise.reject(e);
  }
  if ('reason' in input) return Promise.resolve({ ok: false, reason: input.reason });
  return verifySignatureAsync(key, input.sig, input.data).then((ok): SignatureResult =>
    ok ? { ok: true } : { ok: false, reason: invalidSignature(key) },
  );
}

/** Serializes a Metablock as in-toto writes it (JSON, sorted keys, one-space indent). */
export function dumpMetablock(signed: Layout | Link, signatures: SslibSignature[]): string {
  return JSON.stringify(sortKeys({ signatures, signed }), null, 1) + '\n';
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObj(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
    return out;
  }
  return v;
}

/** Signs a layout or link as a Metablock; `append` keeps existing signatures of other keys. */
export function signMetablock(signed: Layout | Link, keys: SslibPrivateKey[], existing: SslibSignature[] = []): SslibSignature[] {
  const bytes = signableBytes(signed);
  const mine = new Set(keys.map((k) => k.keyid));
  return [...existing.filter((s) => !mine.has(s.keyid)), ...keys.map((k) => createSignature(k, bytes))];
}

/**
 * Signs a layout or link as a DSSE envelope: payload = compact JSON of `signed` with sorted keys
 * (canonical JSON is not used here: it writes control characters raw, which JSON parsers reject),
 * base64 signatures over PAE.
 */
export function signDsse(signed: Layout | Link, keys: SslibPrivateKey[]): string {
  const payload = new TextEncoder().encode(JSON.stringify(sortKeys(signed)));
  const msg = pae(INTOTO_PAYLOAD_TYPE, payload);
  const env = {
    payload: Buffer.from(payload).toString('base64'),
    payloadType: INTOTO_PAYLOAD_TYPE,
    signatures: keys.map((k) => ({ keyid: k.keyid, sig: Buffer.from(signBytes(k, msg)).toString('base64') })),
  };
  return JSON.stringify(env, null, 1) + '\n';
}
