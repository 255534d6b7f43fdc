/**
 * Mutation fuzzing of the YAML and JSON readers of config-attest and opa-sim (seeded, reproducible):
 * corpus documents and anchor-heavy shapes with random byte edits, inserted anchors, aliases, merge
 * keys and duplicate keys. Properties:
 * - parseConfigText returns documents or throws InputError (exit 2), never another error (no
 *   "internal error"), and whatever it returns is hashable as canonical JSON;
 * - the lexer pre-scan never exceeds the exact expanded size (so it never refuses a file the exact
 *   measure accepts);
 * - parseJsonInput accepts exactly what JSON.parse accepts when keys are unique, with the same value
 *   up to exact integers, and refuses duplicate keys.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CST, Lexer, parseAllDocuments, visit } from 'yaml';
import { parseConfigText } from '../../src/config/parse.js';
import { InputError } from '../../src/core/errors.js';
import { canonicalJson } from '../../src/core/jcs.js';
import { measureExpansion, preScanExpansion } from '../../src/core/yaml-limits.js';
import { parseJsonInput } from '../../src/opa/load.js';
import { CORPUS } from '../config/helpers.js';

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
  '&a ',
  '*a',
  '&b ',
  '*b',
  '<<: *a',
  '- ',
  ': ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '\n',
  '\n  ',
  '"',
  "'",
  '#',
  '---\n',
  '...\n',
  '|\n',
  '? ',
  '!!str ',
  '9007199254740993',
  '0x1F',
  '.inf',
  'key: 1\nkey: 2\n',
  '\t',
  '\\u0041',
  '\r\n',
];

function mutate(text: string, r: () => number): string {
  let t = text;
  const edits = 1 + Math.floor(r() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (t.length + 1));
    const op = r();
    if (op < 0.5) t = t.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + t.slice(at);
    else if (op < 0.75) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 8));
    else t = t.slice(0, at) + String.fromCharCode(32 + Math.floor(r() * 95)) + t.slice(at + 1);
  }
  return t;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.(ya?ml|json)$/.test(n) ? [join(dir, n)] : [],
  );
}

const SEEDS = [
  'base: &a {x: 1, y: [1, 2, 3]}\nm: {<<: *a, z: 2}\nl: [*a, *a]\n',
  '- &b\n  a: 1\n  b: "two"\n- *b\n- c: *b\n',
  'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Secret\n    metadata: {name: s}\n    data: {k: dmFsdWU=}\n',
  ...files(CORPUS)
    .map((f) => readFileSync(f, 'utf8'))
    .filter((t) => t.length < 6000)
    .slice(0, 12),
];

/** Source offsets of the scalars the lexer sees (plain, quoted, block). */
function scalarOffsets(text: string): number[] {
  const out: number[] = [];
  let at = 0;
  let next = false;
  for (const t of new Lexer().lex(text)) {
    if (t === '\x1f') {
      next = true;
      continue;
    }
    if (t === '\x02' || t === '\x18') continue;
    const type = CST.tokenType(t);
    if (next || type === 'double-quoted-scalar' || type === 'single-quoted-scalar') out.push(at);
    next = false;
    at += t.length;
  }
  return out;
}

/** Whether every scalar the lexer sees is a scalar node of the library's trees (nothing dropped). */
function nothingDropped(text: string, docs: Parameters<typeof measureExpansion>[0][]): boolean {
  const starts = new Set<number>();
  for (const d of docs) visit(d, { Scalar: (_k, n) => void (n.range && starts.add(n.range[0])) });
  return scalarOffsets(text).every((o) => starts.has(o));
}

describe('YAML readers under mutation', () => {
  it('parseConfigText: documents or InputError, never a crash; results hash as canonical JSON; pre-scan is a lower bound', () => {
    const r = rng(19);
    let parsed = 0;
    let refused = 0;
    let skipped = 0;
    for (let i = 0; i < 600; i++) {
      const text = mutate(SEEDS[i % SEEDS.length], r);
      try {
        for (const d of parseConfigText(text, 'fuzz.yaml', undefined, { positions: false })) canonicalJson(d.value);
        parsed++;
      } catch (e) {
        if (!(e instanceof InputError)) throw new Error(`not an InputError on input ${JSON.stringify(text)}`, { cause: e });
        refused++;
      }
      // the lexer's lower bound never exceeds the exact measure of any document
      let nodes = 0;
      let chars = 0;
      const docs = parseAllDocuments(text, { uniqueKeys: false, intAsBigInt: true }) as unknown as Parameters<typeof measureExpansion>[0][];
      // (a text with syntax errors is refused either way: the bound matters for valid YAML only; the
      // yaml library also drops content of some malformed texts without an error, e.g. `? a` then `- b`
      // in one map: there the lexer sees more scalars than the tree has, and no bound can be compared)
      if (docs.some((d) => d.errors.length) || !nothingDropped(text, docs)) {
        skipped++;
        continue;
      }
      for (const d of docs) {
        const m = measureExpansion(d, { maxNodes: Infinity, maxScalarChars: Infinity });
        nodes = Math.max(nodes, m.nodes);
        chars = Math.max(chars, m.scalarChars);
      }
      expect(preScanExpansion(text, { maxNodes: nodes, maxScalarChars: chars }), JSON.stringify(text)).toBeUndefined();
    }
    // both outcomes occur: the fuzzer reaches past the syntax check
    expect(parsed).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
    expect(600 - skipped).toBeGreaterThan(100); // texts the bound was checked on
  });
});

describe('JSON reader (opa-sim inputs) under mutation', () => {
  it('agrees with JSON.parse on unique-key input, refuses duplicates, never crashes', () => {
    const r = rng(8);
    const seeds = [
      '{"user":"bob","roles":["a","b"],"n":1.5,"big":12345678901234567890,"o":{"k":null,"t":true}}',
      '[1,2,{"a":"\\u0041\\n"}]',
    ];
    for (let i = 0; i < 1500; i++) {
      const text = mutate(seeds[i % 2], r).replace(/\n/g, ' ');
      let expected: unknown;
      let jsonOk = true;
      try {
        expected = JSON.parse(text);
      } catch {
        jsonOk = false;
      }
      let got: unknown;
      try {
        got = parseJsonInput(text, 'in.jsonl', 1, 'one JSON value per line');
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        // refused: malformed JSON, or valid JSON with a duplicate key
        if (jsonOk) expect((e as Error).message, text).toMatch(/duplicate key/);
        continue;
      }
      expect(jsonOk, text).toBe(true);
      // same value up to exact integers (JSON.parse rounds them)
      expect(canonicalJson(JSON.parse(JSON.stringify(got, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)))), text).toBe(
        canonicalJson(expected),
      );
    }
  });
});
