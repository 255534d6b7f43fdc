// The exact JSON reader (big integers kept) against JSON.parse as the reference.
import { describe, expect, it } from 'vitest';
import { parseJSONExact } from '../../src/rego/jsonexact.js';
import { toJSONValue, stringifyJSON, type Value } from '../../src/rego/value.js';

function random(depth: number, seed: { s: number }): unknown {
  const r = (n: number) => ((seed.s = (seed.s * 1103515245 + 12345) & 0x7fffffff), seed.s % n);
  const k = depth > 3 ? r(5) : r(7);
  switch (k) {
    case 0:
      return null;
    case 1:
      return r(2) === 0;
    case 2:
      return r(3) === 0 ? r(1000) - 500 : (r(100000) - 50000) / 64;
    case 3:
      return ['', 'a', 'é', '"q"', 'back\\slash', 'tab\t', '\u0001', '😀', 'x'.repeat(r(20))][r(9)];
    case 4:
      return String.fromCharCode(97 + r(26));
    case 5:
      return Array.from({ length: r(4) }, () => random(depth + 1, seed));
    default:
      return Object.fromEntries(Array.from({ length: r(4) }, (_, i) => [`k${i}${r(3) ? '' : '"'}`, random(depth + 1, seed)]));
  }
}

describe('parseJSONExact', () => {
  it('agrees with JSON.parse on 2,000 generated documents', () => {
    const seed = { s: 42 };
    for (let i = 0; i < 2000; i++) {
      const doc = random(0, seed);
      const text = JSON.stringify(doc, null, i % 2 ? 2 : undefined);
      expect(toJSONValue(parseJSONExact(text) as Value)).toEqual(JSON.parse(text));
    }
  });
  it('keeps integers beyond 2^53 exact', () => {
    const v = toJSONValue(parseJSONExact('{"a": [18446744073709551617, -9223372036854775809, 1.5e3]}'), true);
    expect(stringifyJSON(v)).toBe('{"a":[18446744073709551617,-9223372036854775809,1500]}');
  });
  it('rejects what JSON.parse rejects', () => {
    for (const bad of ['', '{', '[1,]', '{"a":1,}', '01', '1.', '"\u0001"', 'tru', '{"a" 1}', '[1] 2', "'x'", 'NaN']) {
      expect(() => JSON.parse(bad)).toThrow(SyntaxError);
      expect(() => parseJSONExact(bad)).toThrow(SyntaxError);
    }
  });
});
