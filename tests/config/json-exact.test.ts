/**
 * parseJsonExact (src/core/jcs.ts) reads a verified baseline's payload: its shortcut (plain JSON.parse
 * when no integer token has 16 or more digits) must give the same value as the exact reading, and
 * every integer beyond 2^53 − 1 must still come back as a bigint wherever it is written.
 */
import { describe, expect, it } from 'vitest';
import { parseJsonExact } from '../../src/core/jcs.js';

/** mulberry32: a small seeded PRNG (reproducible runs). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('parseJsonExact', () => {
  it('integers beyond 2^53 − 1 are bigints wherever they are written', () => {
    for (const text of [
      '9007199254740993',
      '-9007199254740993',
      '[9007199254740993]',
      '{"a":9007199254740993}',
      '{"a": -12345678901234567890 ,"b":[1,\n123456789012345678901234567890\n]}',
    ]) {
      const v = JSON.stringify(parseJsonExact(text), (_k, x) => (typeof x === 'bigint' ? `big:${x}` : x));
      expect(v, text).toMatch(/big:-?\d{16,}/);
    }
    // beyond 2^53 but not integer tokens (an exponent, a fraction): numbers, as JSON.parse reads them
    expect(parseJsonExact('[9007199254740991, -9007199254740991, 1e300, 12345678901234567.5, 1234567890123456789e0]')).toEqual(
      JSON.parse('[9007199254740991, -9007199254740991, 1e300, 12345678901234567.5, 1234567890123456789e0]'),
    );
  });

  it('on random documents: bigints exactly where integers are unsafe, the rest as JSON.parse reads it', () => {
    const r = rng(5);
    for (let i = 0; i < 2000; i++) {
      const digits = 1 + Math.floor(r() * 22);
      let n = String(1 + Math.floor(r() * 9));
      while (n.length < digits) n += String(Math.floor(r() * 10));
      const sign = r() < 0.3 ? '-' : '';
      const hex = Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('');
      const text = `{"sha256":"${hex}","n":${sign}${n},"s":"x ${n} y","l":[${sign}${n}, 1.5]}`;
      const v = parseJsonExact(text) as { n: unknown; s: string; l: unknown[]; sha256: string };
      const big = BigInt(sign + n);
      const exact = big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
      expect(v.n, text).toBe(exact);
      expect(v.l[0], text).toBe(exact);
      expect(v.s).toBe(`x ${n} y`);
      expect(v.sha256).toBe(hex);
    }
  });
});
