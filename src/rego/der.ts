/**
 * A minimal ASN.1 DER reader (ITU-T X.690): tag, length, value of one element, and its children
 * when constructed. Used for certificate signing requests (RFC 2986), which node:crypto does not
 * parse. Errors are worded as Go's encoding/asn1 (`asn1: structure error: ...`), as OPA shows them.
 *
 * @throws Error `asn1: structure error: ...` / `asn1: syntax error: ...` on malformed input.
 */

/** One DER element. `raw` is the whole encoding (header and content). */
export interface Der {
  /** the identifier octet (class, constructed bit and tag number < 31) */
  tag: number;
  constructed: boolean;
  content: Buffer;
  raw: Buffer;
}

/**
 * Reads the element at `at` of `buf`; returns it and the offset after it. With `want`, a different
 * tag is reported before any length problem (as Go's asn1.Unmarshal does).
 */
export function readDer(buf: Buffer, at = 0, want?: { tag: number; what: string }): { el: Der; next: number } {
  if (at + 2 > buf.length) throw new Error('asn1: syntax error: data truncated');
  const tag = buf[at];
  if (want && tag !== want.tag) {
    throw new Error(`asn1: structure error: tags don't match (${want.tag & 0x1f} vs tag ${tag & 0x1f} class ${tag >> 6}) ${want.what}`);
  }
  if ((tag & 0x1f) === 0x1f) throw new Error('asn1: structure error: high-tag-number form is not supported here');
  let len = buf[at + 1];
  let hdr = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new Error('asn1: structure error: length too large or indefinite');
    if (at + 2 + n > buf.length) throw new Error('asn1: syntax error: data truncated');
    len = 0;
    for (let j = 0; j < n; j++) len = len * 256 + buf[at + 2 + j];
    hdr = 2 + n;
  }
  const end = at + hdr + len;
  if (end > buf.length) throw new Error('asn1: syntax error: data truncated');
  return { el: { tag, constructed: (tag & 0x20) !== 0, content: buf.subarray(at + hdr, end), raw: buf.subarray(at, end) }, next: end };
}

/** The children of a constructed element. */
export function children(el: Der): Der[] {
  const out: Der[] = [];
  for (let i = 0; i < el.content.length;) {
    const { el: c, next } = readDer(el.content, i);
    out.push(c);
    i = next;
  }
  return out;
}

/** Reads `buf` as exactly one element with the given tag (e.g. 0x30 SEQUENCE). */
export function expectDer(buf: Buffer, tag: number, what: string): Der {
  const { el, next } = readDer(buf, 0, { tag, what });
  if (next !== buf.length) throw new Error('asn1: syntax error: trailing data');
  return el;
}

/** An OBJECT IDENTIFIER's arcs. */
export function oidArcs(content: Buffer): number[] {
  const arcs: number[] = [];
  let v = 0;
  for (const b of content) {
    v = v * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      if (arcs.length === 0) arcs.push(v < 80 ? Math.floor(v / 40) : 2, v < 80 ? v % 40 : v - 80);
      else arcs.push(v);
      v = 0;
    }
  }
  return arcs;
}

/** A non-negative or negative INTEGER as a bigint (two's complement). */
export function derInt(content: Buffer): bigint {
  if (content.length === 0) return 0n;
  let v = BigInt('0x' + content.toString('hex'));
  if (content[0] & 0x80) v -= 1n << BigInt(content.length * 8);
  return v;
}
