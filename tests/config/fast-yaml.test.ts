/**
 * The fast reader (js-yaml events + the `yaml` library's core-schema tags, src/config/fast-yaml.ts)
 * against the reference, the `yaml` path of parseConfigText (positions kept): the same documents at
 * the same indices with the same values (key order and exact integers included), and the same
 * normalized resources (ids, RFC 8785 digests), over every file of corpora/configs, targeted YAML 1.2
 * edge cases, and seeded mutations of both. Where the fast reader gives up, parseConfigText without
 * positions must still answer exactly as the `yaml` path does (documents or the same error).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Schema, visit } from 'yaml';
import { FAST_MAX_CHARS, NON_STRING_FIRST_CHARS, readPlainYaml } from '../../src/config/fast-yaml.js';
import { DEFAULT_LIMITS, parseConfigText, type ParseLimits } from '../../src/config/parse.js';
import { assignIds, toResources } from '../../src/config/resource.js';
import { InputError } from '../../src/core/errors.js';
import { CORPUS } from './helpers.js';

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.(ya?ml|json)$/.test(n) ? [join(dir, n)] : []));
}

/** A JSON text of a value that keeps key order and tells a bigint from a number. */
function exact(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? { $bigint: x.toString() } : x));
}

/** The outcome of parseConfigText: documents (index and exact value) or the error message. */
function outcome(text: string, positions: boolean, limits: ParseLimits = DEFAULT_LIMITS): string {
  try {
    return exact(parseConfigText(text, 'f.yaml', limits, { positions }).map((d) => [d.index, d.value]));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return `error: ${e.message}`;
  }
}

/** Normalized resources (ids, digests, objects) of a text read one way. */
function normalized(text: string, file: string, positions: boolean): string {
  const rs = toResources(parseConfigText(text, file, DEFAULT_LIMITS, { positions }));
  assignIds(rs);
  return exact(rs);
}

const CORPUS_FILES = files(CORPUS);
const GIVEN_UP: string[] = [];

describe('fast reader over the whole corpus (corpora/configs)', () => {
  it('has files to compare', () => {
    expect(CORPUS_FILES.length).toBeGreaterThanOrEqual(45);
  });
  for (const f of CORPUS_FILES) {
    const rel = relative(CORPUS, f);
    it(rel, () => {
      const text = readFileSync(f, 'utf8');
      // the fast reader takes every real file (else this would compare the yaml path with itself)
      const fast = readPlainYaml(text);
      const reference = parseConfigText(text, rel, DEFAULT_LIMITS, { positions: true });
      // the fast reader takes every real file but those with aliases (else this would compare the yaml path with itself)
      if (fast === undefined) {
        let aliases = 0;
        for (const d of reference) visit(d.doc!, { Alias: () => void aliases++ });
        expect(aliases, 'the fast reader gave up on a file without aliases').toBeGreaterThan(0);
        GIVEN_UP.push(rel);
      } else {
        const want = exact(reference.map((d) => [d.index, d.value]));
        expect(exact(fast.map((v, i) => [i, v]).filter(([, v]) => v !== null))).toBe(want);
        // read in parts cut at every document start (as a file over FAST_MAX_CHARS is): the same
        const parts = readPlainYaml(text, undefined, 1)!;
        expect(exact(parts.map((v, i) => [i, v]).filter(([, v]) => v !== null))).toBe(want);
      }
      // the normalized snapshot content: same resources, ids, digests and objects
      expect(normalized(text, rel, false)).toBe(normalized(text, rel, true));
    });
  }
  it('the fast reader took all but a few files (those with aliases)', () => {
    expect(GIVEN_UP.length).toBeLessThanOrEqual(5);
  });
});

/** [name, text, whether the fast reader takes it] */
const EDGE: [string, string, boolean][] = [
  ['YAML 1.1 booleans are strings in 1.2', 'a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: Yes\nh: OFF\n', true],
  ['core booleans', 'a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\ng: tRUE\nh: fAlse\n', true],
  ['nulls', 'a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nULL\ng: "null"\n', true],
  [
    'octal 0o17 is 15, 017 is 17 (decimal), 0x1F is 31',
    'a: 0o17\nb: 017\nc: 0x1F\nd: 0O17\ne: 0X1F\nf: +12\ng: -0\nh: 1_000\ni: 0b101\nj: 0o8\n',
    true,
  ],
  [
    'integers beyond 2^53 stay exact',
    'a: 9007199254740993\nb: -9007199254740993\nc: 9007199254740991\nd: 0x20000000000001\ne: 123456789012345678901234567890\n',
    true,
  ],
  ['floats', 'a: 1.0\nb: 1e3\nc: .5\nd: -.5e-3\ne: 1.\nf: +.5\ng: 6.8523015e+5\nh: 1.5E3\ni: 0.1\nj: 1e400x\n', true],
  ['.inf and .nan as data are refused', 'a: .inf\n', false],
  ['-.inf in a list is refused', '- 1\n- -.Inf\n', false],
  ['.nan at the top is refused', '.NaN\n', false],
  ['.inf as a key is text', '.inf: a\n.nan: b\n', true],
  ['timestamps are strings in the core schema', 'a: 2001-12-14t21:59:43.10-05:00\nb: 2002-12-14\nc: 12:30:00\n', true],
  ['quoted scalars are strings', 'a: "123"\nb: \'true\'\nc: "~"\nd: "0x1F"\ne: "\\u0041\\x42\\U0001F600\\n\\t"\nf: \'it\'\'s\'\n', true],
  [
    'block scalars and chomping',
    'a: |\n  one\n  two\n\nb: >\n  folded\n  text\n\n  para\nc: |-\n  strip\nd: |+\n  keep\n\ne: >-\n    indented\n',
    true,
  ],
  ['a block scalar with an indentation indicator (read by the yaml path)', 'e: >2-\n    indented\nf: |1\n  x\n', false],
  ['multi-line plain scalars fold', 'a: one\n  two\n\n  three\nb: [x\n  y, z]\n', true],
  ['flow collections', 'a: {b: 1, c: [1, 2, {d: e}], "f": g}\nb: []\nc: {}\n', true],
  ['keys of other types are written as the yaml library writes them', '1: a\ntrue: b\n~: c\n0x10: d\n1.50: e\n9007199254740993: f\n', true],
  ['an empty key (read by the yaml path)', ': v\n', false],
  ['an empty key before a compact map', '- a\n- : b: c\n  d: e\n', false],
  ['a flow collection followed by a key', 'spec:\n  egress:\n  - {}ss:\n  - from: 1\n', false],
  ['a key over two lines', '## c\n a b\nc: []\n', false],
  ['an indented --- on the first line is text', '  --- a\n--- b\n', false],
  ['a carriage return alone', 'a: 1\rb: 2\n', false],
  ['CRLF line ends', 'a: 1\r\nb: |\r\n  x\r\n', true],
  ['__proto__ is an own key', '__proto__: {polluted: true}\nconstructor: x\ntoString: y\n', true],
  ['unicode and a byte order mark', '\ufeffname: "caf\u00e9 \ud83d\ude00"\nb: ünï\n', true],
  ['multi-document files: empty documents keep their index', '---\na: 1\n---\n---\n# only a comment\n---\nb: 2\n---\nc: 3\n', true],
  ['a trailing document marker', 'a: 1\n---\n', true],
  ['documents ended by ... (read by the yaml path)', 'a\n...\nb\n...\n', false],
  ['a document end marker first', '...\na:1 |\n  x\nb\n', false],
  ['a scalar document and a list document', '--- hello\n--- [1, 2]\n--- |\n  text\n', true],
  ['an empty file', '', true],
  ['only comments', '# nothing\n# here\n', true],
  ['anchors without aliases', 'a: &x 1\nb: &y {c: 2}\n', true],
  ['aliases (read by the yaml path)', 'a: &x {b: 1}\nc: *x\nd: [*x, *x]\n', false],
  ['merge keys (read by the yaml path)', 'base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n', false],
  ['a merge of a list of maps', 'a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc: {<<: [*a, *b], z: 3}\n', false],
  ['an inline merge', 'm: {<<: {a: 1}, b: 2}\n', false],
  ['two merge keys in one map are refused', 'a: &a {x: 1}\nm: {<<: *a, <<: *a}\n', false],
  ['a quoted "<<" is a plain key', '"<<": 1\n', true],
  ['duplicate keys are refused', 'a: 1\nb: 2\na: 3\n', false],
  ['1 and "1" are one key', '1: a\n"1": b\n', false],
  ['~ and "" are one key', '~: a\n"": b\n', false],
  ['duplicate keys in a nested flow map', 'a: {b: 1, b: 2}\n', false],
  ['explicit tags (read by the yaml path)', 'a: !!str 123\nb: !!int "5"\nc: !!float 1\nd: !!bool true\n', false],
  ['a local tag', 'a: !foo bar\n', false],
  ['binary and timestamp tags', 'a: !!binary aGVsbG8=\nb: !!timestamp 2001-12-14\n', false],
  ['a tagged collection', 'a: !!map {b: 1}\nc: !!seq [1]\nd: !!set {x}\n', false],
  ['a %YAML 1.1 directive (read by the yaml path)', '%YAML 1.1\n---\na: yes\nb: 010\n', false],
  ['a %TAG directive', '%TAG !e! tag:example.com,2000:\n---\na: !e!x b\n', false],
  ['a collection as a key', '? [a, b]\n: c\n', false],
  ['a flow map as a key', '{a: 1}: b\n', false],
  ['syntax errors', 'a: [1, 2\nb: c\n', false],
  ['bad indentation', 'a:\n  b: 1\n c: 2\n', false],
  ['a tab as indentation', 'a:\n\tb: 1\n', false],
  ['content the yaml library drops without an error', '? a\n- b\n', false],
  ['a NUL byte', 'a: "\0"\n', false],
  ['deep nesting (read by the yaml path)', 'a: '.concat('['.repeat(150), ']'.repeat(150), '\n'), false],
];

describe('fast reader edge cases: the same answer as the yaml path', () => {
  for (const [name, text, fast] of EDGE) {
    it(name, () => {
      expect(readPlainYaml(text) !== undefined, 'taken by the fast reader').toBe(fast);
      expect(outcome(text, false)).toBe(outcome(text, true));
    });
  }

  it('reads YAML 1.2 core semantics (checked values, not just agreement)', () => {
    const text = EDGE[0][1] + EDGE[3][1].replace(/^(?=.)/gm, 'n') + 'big: 9007199254740993\n';
    const [v] = readPlainYaml(text)! as Record<string, unknown>[];
    expect(v).toMatchObject({
      a: 'yes',
      b: 'no',
      c: 'on',
      d: 'off',
      na: 15,
      nb: 17,
      nc: 31,
      nd: '0O17',
      nf: 12,
      nh: '1_000',
      ni: '0b101',
      nj: '0o8',
    });
    expect(v.big).toBe(9007199254740993n);
    const [p] = readPlainYaml('__proto__: {polluted: true}\n')! as Record<string, unknown>[];
    expect(Object.hasOwn(p, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('plain scalars starting with any other character are strings under every core tag of the yaml library', () => {
    const tests = (new Schema({ schema: 'core', merge: true }).tags as { default?: unknown; test?: RegExp }[])
      .filter((t) => t.default === true && t.test)
      .map((t) => t.test!);
    expect(tests.length).toBeGreaterThanOrEqual(8);
    // every alternative of every pattern completed after its first character
    const rests = [
      '',
      'rue',
      'RUE',
      'alse',
      'ALSE',
      'ull',
      'ULL',
      '1',
      '0',
      'o7',
      'x1F',
      'inf',
      'nan',
      'Inf',
      'NaN',
      'INF',
      'NAN',
      '5',
      '.5',
      '1e3',
      'e3',
      '.5e-3',
      '1.',
      '.',
    ];
    for (let c = 0; c < 65536; c++) {
      const first = String.fromCharCode(c);
      if (NON_STRING_FIRST_CHARS.includes(first)) continue;
      for (const rest of rests)
        for (const t of tests) if (t.test(first + rest)) throw new Error(`${JSON.stringify(first + rest)} matches ${t}`);
    }
    // and the characters listed are needed: each starts a non-string
    for (const c of NON_STRING_FIRST_CHARS)
      expect(
        rests.some((rest) => tests.some((t) => t.test(c + rest))),
        c,
      ).toBe(true);
  });

  it('the expanded-size bounds: a document over half of a bound goes to the yaml path, which refuses it over the bound', () => {
    const list = `a: [${Array.from({ length: 500 }, (_, i) => i).join(', ')}]\n`;
    const tight: ParseLimits = { ...DEFAULT_LIMITS, maxExpandedNodes: 400 };
    expect(readPlainYaml(list, { maxNodes: 2000, maxScalarChars: 1e6 })).toBeDefined();
    expect(readPlainYaml(list, { maxNodes: 1000, maxScalarChars: 1e6 })).toBeUndefined();
    expect(readPlainYaml(list, { maxNodes: 400, maxScalarChars: 1e6 })).toBeUndefined();
    expect(readPlainYaml(list, { maxNodes: 2000, maxScalarChars: 1000 })).toBeUndefined();
    expect(outcome(list, false, tight)).toMatch(/at most 400 nodes/);
    expect(outcome(list, false, tight)).toBe(outcome(list, true, tight));
  });

  it('billion laughs is refused without positions as with them, quickly', () => {
    const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, c] of [...'bcdefghi'].entries()) lol.push(`${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`);
    const text = lol.join('\n') + '\n';
    expect(readPlainYaml(text)).toBeUndefined();
    expect(outcome(text, false)).toMatch(/alias bombs are refused/);
  });

  it('a document over FAST_MAX_CHARS is read by the yaml path', () => {
    const big = 'a: "' + 'x'.repeat(FAST_MAX_CHARS) + '"\n';
    expect(readPlainYaml(big)).toBeUndefined();
    expect(outcome(big, false)).toBe(outcome(big, true));
    expect(outcome('---\nb: 1\n---\n' + big, false)).toBe(outcome('---\nb: 1\n---\n' + big, true));
  });

  it('a file of many documents over FAST_MAX_CHARS is read in parts, to the same documents', () => {
    const doc = readFileSync(join(CORPUS, 'manifests/kube-prometheus/prometheusOperator-deployment.yaml'), 'utf8');
    const copies = Math.ceil((2.5 * FAST_MAX_CHARS) / doc.length);
    const text =
      '# rendered\n' +
      Array.from({ length: copies }, (_, i) => doc.replace(/name: prometheus-operator/, `name: op-${i}`)).join('---\n') +
      '---\n';
    expect(text.length).toBeGreaterThan(2 * FAST_MAX_CHARS);
    const fast = readPlainYaml(text)!;
    expect(fast).toBeDefined();
    expect(fast.length).toBe(copies + 1);
    expect(exact(fast.map((v, i) => [i, v]).filter(([, v]) => v !== null))).toBe(outcome(text, true));
  });
});

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

const PIECES = [
  '- ',
  ': ',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '\n',
  '\n  ',
  '\n- ',
  '"',
  "'",
  '#',
  ' #',
  '---\n',
  '...\n',
  '|\n',
  '>-\n',
  '|+\n',
  '&a ',
  '*a',
  '<<: ',
  '!!str ',
  '!x ',
  '%YAML 1.2\n',
  '9007199254740993',
  '0o17',
  '017',
  '0x1F',
  '.inf',
  '1e3',
  '~',
  'null',
  'true',
  'yes',
  '"1"',
  '1',
  'key: 1\nkey: 2\n',
  '\t',
  '\\u0041',
  '\\',
  '\r\n',
  '@',
  '`',
  '%',
  '  ',
  '\n\n',
];

function mutate(text: string, r: () => number): string {
  let t = text;
  const edits = 1 + Math.floor(r() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (t.length + 1));
    const op = r();
    if (op < 0.55) t = t.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + t.slice(at);
    else if (op < 0.8) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 8));
    else t = t.slice(0, at) + String.fromCharCode(32 + Math.floor(r() * 95)) + t.slice(at + 1);
  }
  return t;
}

describe('fast reader under mutation (seeded)', () => {
  it('whatever it takes, the yaml path reads to the same documents; what it gives up is answered as the yaml path answers', () => {
    // pieces of every corpus file (up to 2,500 characters, cut at a line) and the edge cases
    const seeds = [
      ...CORPUS_FILES.map((f) => {
        const t = readFileSync(f, 'utf8');
        return t.length <= 2500 ? t : t.slice(0, t.lastIndexOf('\n', 2500) + 1);
      }),
      ...EDGE.map((e) => e[1]),
    ];
    const r = rng(17);
    let taken = 0;
    let givenUp = 0;
    for (let i = 0; i < 3000; i++) {
      const text = mutate(seeds[i % seeds.length], r);
      const fast = readPlainYaml(text);
      const reference = outcome(text, true);
      if (fast === undefined) {
        givenUp++;
        expect(outcome(text, false), JSON.stringify(text)).toBe(reference);
        continue;
      }
      taken++;
      expect(exact(fast.map((v, j) => [j, v]).filter(([, v]) => v !== null)), JSON.stringify(text)).toBe(reference);
      // in parts cut at every document start: given up, or the same
      const parts = readPlainYaml(text, undefined, 1);
      if (parts) expect(exact(parts.map((v, j) => [j, v]).filter(([, v]) => v !== null)), JSON.stringify(text)).toBe(reference);
    }
    // both branches are exercised
    expect(taken).toBeGreaterThan(500);
    expect(givenUp).toBeGreaterThan(500);
  });
});
