import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/jcs.js';
import { canonicalEqual, compilePattern, matchValue, PatternError, stripKeys, withToolArgsMode } from '../../src/trajectory/matchers.js';

const ok = (actual: unknown, golden: unknown) => matchValue(actual, compilePattern(golden)) === null;

describe('exact (RFC 8785 canonical JSON equality)', () => {
  it('treats 1 and 1.0 as equal and ignores key order (RFC 8785 §3.2.2.3, §3.2.3)', () => {
    expect(ok(JSON.parse('{"b":1.0,"a":[1,2]}'), { a: [1, 2], b: 1 })).toBe(true);
    expect(ok(JSON.parse('1E2'), 100)).toBe(true);
  });
  it('keeps arrays ordered and types distinct', () => {
    expect(ok([2, 1], [1, 2])).toBe(false);
    expect(ok('1', 1)).toBe(false);
    expect(ok(true, 1)).toBe(false);
    expect(ok(null, null)).toBe(true);
  });
  it('reports path, expected matcher and actual value of the first difference', () => {
    const m = matchValue({ city: 'LA', units: 'c' }, compilePattern({ city: { $regex: '^SF$' }, units: 'c' }), '$.action_input');
    expect(m).toEqual({ path: '$.action_input.city', expected: 'regex ^SF$', actual: 'LA' });
  });
  it('flags keys the golden does not name', () => {
    const m = matchValue({ a: 1, extra: 2 }, compilePattern({ a: { $exact: 1 }, b: { $ignore: true } }));
    expect(m?.path).toBe('$.extra');
  });
});

describe('regex (RE2 semantics)', () => {
  it('finds a match anywhere unless anchored', () => {
    expect(ok('San Francisco', { $regex: 'Fran' })).toBe(true);
    expect(ok('San Francisco', { $regex: '^Fran' })).toBe(false);
    expect(ok('SF', { $regex: '(?i)^sf$' })).toBe(true);
  });
  it('only matches strings', () => {
    expect(ok(12, { $regex: '12' })).toBe(false);
  });
  it('rejects syntax RE2 does not support (lookahead, backreferences)', () => {
    expect(() => compilePattern({ $regex: '(?=a)b' })).toThrow(PatternError);
    expect(() => compilePattern({ $regex: '(a)\\1' })).toThrow(PatternError);
  });
  it('runs in linear time on a catastrophic-backtracking pattern', () => {
    // (a+)+$ on "aaaa…b" takes exponential time with backtracking engines; RE2 answers at once
    expect(ok('a'.repeat(5000) + 'b', { $regex: '^(a+)+$' })).toBe(false);
  });
});

describe('json_subset, numeric, one_of, ignore, absent', () => {
  it('json_subset: the actual value contains the golden one, recursively', () => {
    const p = { $json_subset: { user: { id: 7 }, tags: ['a', { k: 1 }] } };
    expect(ok({ user: { id: 7, name: 'x' }, tags: ['a', { k: 1, z: 2 }], more: true }, p)).toBe(true);
    expect(ok({ user: { name: 'x' }, tags: ['a', { k: 1 }] }, p)).toBe(false);
    expect(ok({ user: { id: 7 }, tags: ['a'] }, p)).toBe(false);
  });
  it('numeric: absolute and relative tolerance', () => {
    expect(ok(20.4, { $numeric: { value: 20, abs: 0.5 } })).toBe(true);
    expect(ok(20.6, { $numeric: { value: 20, abs: 0.5 } })).toBe(false);
    expect(ok(101, { $numeric: { value: 100, rel: 0.01 } })).toBe(true);
    expect(ok(102, { $numeric: { value: 100, rel: 0.01 } })).toBe(false);
    expect(ok(100, { $numeric: { value: 100 } })).toBe(true);
    expect(ok('100', { $numeric: { value: 100, abs: 1 } })).toBe(false);
    expect(() => compilePattern({ $numeric: { value: 1, abs: -1 } })).toThrow(PatternError);
  });
  it('one_of: any alternative', () => {
    expect(ok('SF', { $one_of: ['SF', { $regex: '^San' }] })).toBe(true);
    expect(ok('San Jose', { $one_of: ['SF', { $regex: '^San' }] })).toBe(true);
    expect(ok('LA', { $one_of: ['SF', { $regex: '^San' }] })).toBe(false);
  });
  it('ignore accepts anything, even a missing key; absent requires the key to be missing', () => {
    expect(ok({ a: 1 }, { a: 1, b: { $ignore: true } })).toBe(true);
    expect(ok({ a: 1, b: 2 }, { a: 1, b: { $ignore: true } })).toBe(true);
    expect(ok({ a: 1 }, { a: 1, debug: { $absent: true } })).toBe(true);
    expect(ok({ a: 1, debug: false }, { a: 1, debug: { $absent: true } })).toBe(false);
  });
  it('unknown $-matchers are refused', () => {
    expect(() => compilePattern({ $regexp: 'x' })).toThrow(PatternError);
  });
});

describe('tool-args modes read matcher(actual, golden)', () => {
  const g = compilePattern({ city: 'SF', units: 'c' });
  it('superset: actual arguments contain the golden ones', () => {
    const p = withToolArgsMode(g, 'superset');
    expect(matchValue({ city: 'SF', units: 'c', lang: 'en' }, p)).toBeNull();
    expect(matchValue({ city: 'SF' }, p)).not.toBeNull();
  });
  it('subset: actual arguments are within the golden ones', () => {
    const p = withToolArgsMode(g, 'subset');
    expect(matchValue({ city: 'SF' }, p)).toBeNull();
    expect(matchValue({ city: 'SF', units: 'c', lang: 'en' }, p)).not.toBeNull();
    expect(matchValue({ city: 'LA' }, p)).not.toBeNull();
  });
  it('ignore and exact', () => {
    expect(matchValue({ x: 1 }, withToolArgsMode(g, 'ignore'))).toBeNull();
    expect(matchValue({ city: 'SF', units: 'c', lang: 'en' }, withToolArgsMode(g, 'exact'))).not.toBeNull();
  });
});

describe('volatile keys', () => {
  it('are stripped at any depth, inside matchers too', () => {
    expect(stripKeys({ a: 1, ts: 2, b: [{ ts: 3, c: 4 }], m: { $json_subset: { ts: 1, d: 2 } } }, new Set(['ts']))).toEqual({
      a: 1,
      b: [{ c: 4 }],
      m: { $json_subset: { d: 2 } },
    });
  });
});

describe('structural canonical equality agrees with RFC 8785 serialization (src/core/jcs.ts)', () => {
  it('on 5,000 random pairs of JSON values, including near-equal ones', () => {
    let seed = 99;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const prim = () => [0, -0, 1, 1.0, 1e21, 1e-7, 0.1 + 0.2, 0.3, 'a', 'é', 'e\u0301', '', true, false, null, '1'][Math.floor(rnd() * 16)];
    const gen = (d: number): unknown => {
      const r = rnd();
      if (d <= 0 || r < 0.4) return prim();
      if (r < 0.7) return Array.from({ length: Math.floor(rnd() * 3) }, () => gen(d - 1));
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(rnd() * 3); i > 0; i--) o[['a', 'b', 'c'][Math.floor(rnd() * 3)]] = gen(d - 1);
      return o;
    };
    // shuffle key order to check order independence
    const reorder = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reorder)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reorder(x)]),
            )
          : v;
    let equalPairs = 0;
    for (let i = 0; i < 5000; i++) {
      const a = gen(3);
      const b = rnd() < 0.5 ? reorder(a) : gen(3);
      const want = canonicalJson(a) === canonicalJson(b);
      if (want) equalPairs++;
      expect(canonicalEqual(a, b), `${canonicalJson(a)} vs ${canonicalJson(b)}`).toBe(want);
    }
    expect(equalPairs).toBeGreaterThan(2000);
  });
});
