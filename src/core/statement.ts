/**
 * in-toto Statement v1 (in-toto attestation framework, spec/v1/statement.md) and its DSSE wrapping.
 * Payloads are serialized as RFC 8785 canonical JSON so digests of the statement are stable.
 */
import { canonicalBytes, parseJsonExact } from './jcs.js';
import { INTOTO_PAYLOAD_TYPE, parseEnvelope, signEnvelope, type DsseEnvelope } from './dsse.js';
import type { DigestSet } from './digest.js';
import type { PrivateKey } from './ed25519.js';
import { InputError } from './errors.js';
import { findDuplicateKey } from './json.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';

/** A ResourceDescriptor used as a subject: name plus DigestSet. */
export interface Subject {
  name: string;
  digest: DigestSet;
}

/** An in-toto Statement v1 with predicate of type P. */
export interface Statement<P = unknown> {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: string;
  predicate: P;
}

/** Builds a Statement; subjects are kept in the order given. */
export function makeStatement<P>(subject: Subject[], predicateType: string, predicate: P): Statement<P> {
  return { _type: STATEMENT_TYPE, subject, predicateType, predicate };
}

/** Canonical JSON of a statement, signed into a DSSE envelope with payloadType application/vnd.in-toto+json. */
export function signStatement(statement: Statement, keys: PrivateKey[]): DsseEnvelope {
  return signEnvelope(canonicalBytes(statement), INTOTO_PAYLOAD_TYPE, keys);
}

/** Like {@link signStatement}, also returning the payload bytes (to digest them without serializing twice). */
export function signStatementWithPayload(statement: Statement, keys: PrivateKey[]): { envelope: DsseEnvelope; payload: Uint8Array } {
  const payload = canonicalBytes(statement);
  return { envelope: signEnvelope(payload, INTOTO_PAYLOAD_TYPE, keys), payload };
}

/**
 * Reads the DSSE envelope on line 1 of a `.intoto.jsonl` file (in-toto attestation bundle form).
 * @throws InputError when the first line is missing, not JSON, or not an envelope.
 */
export function parseJsonlEnvelope(text: string, source: string): DsseEnvelope {
  const fast = largePayloadFirst(text);
  if (fast) return fast;
  const first = text.split('\n', 1)[0]?.trim();
  if (!first) throw new InputError(source, 'line 1', 'a DSSE envelope (JSON)', { found: 'an empty file' });
  let json: unknown;
  try {
    json = JSON.parse(first);
  } catch {
    throw new InputError(source, 'line 1', 'a DSSE envelope (JSON); the file is truncated or not JSON');
  }
  const dup = findDuplicateKey(first);
  if (dup !== undefined)
    throw new InputError(source, 'line 1', 'a DSSE envelope without duplicate member names', { found: `a second '${dup}'` });
  return parseEnvelope(json, source);
}

/**
 * Line 1 of a `.intoto.jsonl` file whose envelope starts `{"payload":"` and whose payload is plain
 * base64 (what DSSE signers write): JSON.parse sees the line without the payload text (28 MB for a
 * manifest of 100,000 files), which is cut out of the line as is. Returns undefined, for the general
 * path, on anything else (leading whitespace, escapes or other characters in the payload, a duplicate
 * member, not an envelope); what it returns equals the general path's result.
 */
function largePayloadFirst(text: string): DsseEnvelope | undefined {
  const head = '{"payload":"';
  if (!text.startsWith(head)) return undefined;
  const end = text.indexOf('"', head.length);
  const nl = text.indexOf('\n');
  const lineEnd = nl < 0 ? text.length : nl;
  if (end < 0 || end > lineEnd) return undefined;
  const rest = `${head}"${text.slice(end + 1, lineEnd)}`;
  let json: { payload?: unknown };
  try {
    json = JSON.parse(rest) as { payload?: unknown };
  } catch {
    return undefined;
  }
  if (!json || typeof json !== 'object' || json.payload !== '' || findDuplicateKey(rest) !== undefined) return undefined;
  json.payload = text.slice(head.length, end);
  try {
    // parseEnvelope checks the payload against the base64 alphabet: no escape or control character is in it
    return parseEnvelope(json, 'line 1');
  } catch {
    return undefined;
  }
}

/**
 * Parses and checks a Statement payload (duplicate member names refused, as everywhere).
 * @param opts.exactIntegers keep integers beyond 2^53 exact (`bigint`, see jcs.ts parseJsonExact)
 * @throws InputError when it is not JSON, not a Statement v1, or its predicateType differs from `expectedType` (when given).
 */
export function parseStatement<P = unknown>(
  payload: Uint8Array,
  source: string,
  expectedType?: string,
  opts: { exactIntegers?: boolean } = {},
): Statement<P> {
  let st: Statement<P>;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
    // exactIntegers: integers beyond 2^53 in the predicate come back as bigint, as they were signed
    st = (opts.exactIntegers ? parseJsonExact(text) : JSON.parse(text)) as Statement<P>;
  } catch {
    throw new InputError(source, 'payload', 'an in-toto Statement (UTF-8 JSON)');
  }
  const dup = findDuplicateKey(text);
  if (dup !== undefined)
    throw new InputError(source, 'payload', 'an in-toto Statement without duplicate member names', { found: `a second '${dup}'` });
  if (!st || typeof st !== 'object' || st._type !== STATEMENT_TYPE) throw new InputError(source, 'payload._type', STATEMENT_TYPE);
  if (!Array.isArray(st.subject)) throw new InputError(source, 'payload.subject', 'array');
  if (expectedType && st.predicateType !== expectedType)
    throw new InputError(source, 'payload.predicateType', expectedType, { found: String(st.predicateType) });
  return st;
}
