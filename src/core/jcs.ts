/**
 * RFC 8785 JSON Canonicalization Scheme, through the `canonicalize` library.
 */
import canonicalizeLib from 'canonicalize';

const canonicalize = canonicalizeLib as unknown as (v: unknown) => string | undefined;

/**
 * Serializes a JSON value per RFC 8785 (sorted keys by UTF-16 code units, ES number formatting).
 * @throws TypeError when the value is not representable as JSON (undefined, a function, a non-finite number).
 */
export function canonicalJson(value: unknown): string {
  const out = canonicalize(value);
  if (out === undefined) throw new TypeError('value is not representable as JSON');
  return out;
}

/** RFC 8785 canonical JSON as UTF-8 bytes. */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value));
}
