/**
 * The one-pass link scanner (src/intoto/linkscan.ts) is a fast path: for every input, reading a link
 * through it (parseMetadataBytes) must give exactly what the general path gives (parseMetadata over the
 * UTF-8 text: JSON.parse, normalization as in_toto Link.read, the generic canonical encoder, whose bytes the
 * primitives suite checks against securesystemslib): the same error, or the same signatures, signable
 * bytes, artifact indexes, rule verdicts and link. Inputs: links written by the reference (in-toto-run)
 * and by us, large links, and fast-check generated ones (odd escapes, unicode, duplicate and unsorted
 * keys, nested values, big numbers, other whitespace, bad digests). A deliberately broken scanner must be
 * caught by the same comparison, and the fast path must actually be taken where it should.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { artifactIndexOf, digestKey, indexArtifacts, SortedArtifactIndex } from '../../src/intoto/artifact-index.js';
import { MAX_SCAN_DEPTH, ScanMemo, scanLinkMetablock } from '../../src/intoto/linkscan.js';
import {
  dumpMetablock,
  parseMetadata,
  parseMetadataBytes,
  signedBytesOf,
  type ArtifactDict,
  type Link,
  type Metadata,
} from '../../src/intoto/metadata.js';
import { encodeCanonical } from '../../src/intoto/ocj.js';
import { verifyItemRules } from '../../src/intoto/rules.js';
import { itWith } from '../helpers/references.js';
import { makeChain, makeKeys, refPython } from './scenarios.js';

const root = mkdtempSync(join(tmpdir(), 'mc-linkscan-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const RULE_LISTS: string[][][] = [
  [['MATCH', '*', 'WITH', 'PRODUCTS', 'FROM', 'other']],
  [
    ['MATCH', '*', 'IN', 'a', 'WITH', 'MATERIALS', 'IN', 'b', 'FROM', 'other'],
    ['CREATE', '*'],
    ['DISALLOW', '*'],
  ],
  [
    ['MODIFY', '*'],
    ['DELETE', '*.c'],
    ['ALLOW', '[a-m]*'],
    ['DISALLOW', '*'],
  ],
  [
    ['REQUIRE', 'a'],
    ['ALLOW', '*'],
  ],
];

/** Everything a verification reads from a link file, in comparable form (errors as their messages). */
function outcome(parse: () => Metadata, other: Link, withSigned = true): unknown {
  let md: Metadata;
  try {
    md = parse();
  } catch (e) {
    return { error: (e as Error).message };
  }
  let bytes: string;
  try {
    bytes = Buffer.from(signedBytesOf(md)).toString('hex');
  } catch (e) {
    bytes = `error: ${(e as Error).message}`;
  }
  const link = md.signed as Link;
  if (link._type !== 'link') return { kind: md.kind, signatures: md.signatures, bytes, signed: md.signed };
  // indexes and rules first: on the fast path they come from the scanner, before the dicts are built
  const index = (['materials', 'products'] as const).map((w) => [...artifactIndexOf(link, w)].sort());
  const links = new Map([
    ['self', link],
    ['other', other],
  ]);
  const rules = RULE_LISTS.flatMap((list) =>
    (['materials', 'products'] as const).map((w) => {
      const f = verifyItemRules('self', w, list, links);
      return f && { message: f.message, artifacts: f.artifacts, queue: f.queue };
    }),
  );
  // (a value nested too deep to copy is compared through the bytes and the error only)
  const signed = withSigned ? (JSON.parse(JSON.stringify(link)) as unknown) : link.name;
  return { kind: md.kind, signatures: md.signatures, bytes, index, rules, signed };
}

const OTHER: Link = {
  _type: 'link',
  name: 'other',
  materials: { 'b/x': { sha256: 'ab' }, 'b/y': { sha256: 'cd' } },
  products: { a: { sha256: '00' }, 'src/m.c': { sha256: 'ab' }, é: { sha256: '01' } },
  byproducts: {},
  command: [],
  environment: {},
};

/** A link in the fast path's form. */
const PLAIN: Link = { ...OTHER, name: 'plain', materials: { 'src/m.c': { sha256: 'ab' } }, products: { a: { sha256: '00' } } };

/** The outcomes of the fast path (with `scan`) and the general path for one file's bytes. */
function bothPaths(bytes: Uint8Array, scan = scanLinkMetablock, withSigned = true): { fast: unknown; general: unknown } {
  return {
    fast: outcome(() => parseMetadataBytes(bytes, 'f.link', scan), OTHER, withSigned),
    general: outcome(() => parseMetadata(Buffer.from(bytes).toString('utf8'), 'f.link'), OTHER, withSigned),
  };
}

function sameOnBothPaths(bytes: Uint8Array, scan = scanLinkMetablock): boolean {
  const { fast, general } = bothPaths(bytes, scan);
  try {
    expect(fast).toEqual(general);
    return true;
  } catch {
    return false;
  }
}

const hex = fc.stringMatching(/^[0-9a-f]{2,64}$/);
const plainPath = fc.stringMatching(/^[a-z][a-z0-9_./ -]{0,20}$/);
const oddPath = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    '0',
    '10',
    '9',
    'a"b',
    'a\\b',
    'a\nb',
    '\u0000',
    '\ud800',
    '😀',
    '\uffff',
    'é',
    '/abs',
    'a b',
  ),
);
const path = fc.oneof({ weight: 4, arbitrary: plainPath }, { weight: 1, arbitrary: oddPath });
const digestSet = fc.oneof(
  { weight: 6, arbitrary: hex.map((h) => ({ sha256: h })) },
  { weight: 1, arbitrary: fc.record({ sha256: hex, sha512: hex }) },
  { weight: 1, arbitrary: fc.record({ md5: hex }) },
  { weight: 1, arbitrary: fc.constantFrom({}, { sha256: '' }, { sha256: 'zz' }, { sha256: 12 }, { sha256: 'AB' }, 'x', null) },
);
const artifacts = fc.oneof(
  // as in-toto writes them: plain paths, one hex digest (the fast path's form)
  {
    weight: 3,
    arbitrary: fc.dictionary(
      plainPath,
      fc.oneof(
        hex.map((h) => ({ sha256: h })),
        fc.record({ md5: hex }),
      ),
      { maxKeys: 12 },
    ),
  },
  { weight: 2, arbitrary: fc.dictionary(path, digestSet, { maxKeys: 12 }) },
);
const link = fc.record({
  _type: fc.constant('link'),
  name: fc.oneof({ weight: 5, arbitrary: fc.string({ maxLength: 10 }) }, { weight: 1, arbitrary: fc.constantFrom(3, null) }),
  materials: artifacts,
  products: artifacts,
  byproducts: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({ 'return-value': fc.integer(), stdout: fc.string({ unit: 'grapheme', maxLength: 20 }), stderr: fc.string() }),
    },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 3 }) },
  ),
  command: fc.oneof(
    { weight: 5, arbitrary: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant('x') },
  ),
  environment: fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 2 }),
});
const signatures = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: fc.record({ keyid: hex, sig: hex }) },
    { weight: 1, arbitrary: fc.constantFrom({ keyid: 'x', sig: '00' }, 'x') },
  ),
  { maxLength: 2 },
);

/** The text forms a link file takes: in-toto's own (sorted keys, indent 1), other whitespace, raw edits. */
const textOf = (signed: Record<string, unknown>, sigs: unknown[], form: number): string => {
  const doc = { signatures: sigs, signed };
  const base = dumpMetablock(signed as unknown as Link, sigs as never);
  switch (form) {
    case 0:
      return base;
    case 1:
      return JSON.stringify(JSON.parse(base));
    case 2:
      return JSON.stringify(JSON.parse(base), null, '\t').replace(/\n/g, '\r\n');
    case 3:
      return JSON.stringify(doc, null, 2); // members not sorted
    case 4:
      // a duplicate member name inside the artifacts (JSON.parse keeps the last value)
      return base.replace(/"materials": \{\n/, '"materials": {\n   "dup": {"sha256": "aa"},\n   "dup": {"sha256": "bb"},\n');
    case 5:
      // an escape where a plain character would do
      return base.replace(/"(src|a|b)/, '"\\u0073$1').replace(/"sha256"/, '"sha\\u0032\\u00356"');
    case 6:
      // numbers the encoder refuses or rewrites, and a deeply nested value
      return base.replace(
        /"byproducts": \{/,
        `"byproducts": {"big": 12345678901234567890, "f": 1.0, "neg": -0, "e": 1e2, "deep": ${'['.repeat(MAX_SCAN_DEPTH + 2)}${']'.repeat(MAX_SCAN_DEPTH + 2)},`,
      );
    case 7:
      return `\ufeff${base}`;
    case 8:
      return `${base}x`;
    default:
      return base.replace(/\}\n$/, '');
  }
};

describe('the link scanner (fast path) and the general path read every link file alike', () => {
  it('on fast-check generated links in every text form', () => {
    let scanned = 0;
    fc.assert(
      fc.property(link, signatures, fc.oneof(fc.constantFrom(0, 1, 2), fc.integer({ min: 3, max: 9 })), (signed, sigs, form) => {
        const bytes = Buffer.from(textOf(signed, sigs, form), 'utf8');
        if (scanLinkMetablock(bytes)) scanned++;
        const { fast, general } = bothPaths(bytes);
        expect(fast).toEqual(general);
      }),
      { numRuns: 800 },
    );
    // the comparison is not vacuous: the fast path took a good share of the inputs
    expect(scanned).toBeGreaterThan(30);
  });

  it('on links of plain paths written as in-toto writes them, which all take the fast path', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          plainPath,
          hex.map((h) => ({ sha256: h })),
          { minKeys: 1, maxKeys: 30 },
        ),
        fc.dictionary(
          plainPath,
          hex.map((h) => ({ sha256: h })),
          { maxKeys: 30 },
        ),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        (materials, products, stdout) => {
          const signed = { ...PLAIN, name: 'step', materials, products, byproducts: { 'return-value': 0, stdout, stderr: 'a\n"b"\\' } };
          const bytes = Buffer.from(dumpMetablock(signed, [{ keyid: 'ab', sig: 'cd' }]));
          expect(scanLinkMetablock(bytes)).toBeDefined();
          expect(sameOnBothPaths(bytes)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on every prefix of a link and on every byte of it replaced by a byte that matters to the scanner', () => {
    // the scanner's artifact loop reads byte by byte: an end of file, a quote, an escape, whitespace (inside
    // a string, where JSON forbids a raw tab or newline), a brace, a control or non-ASCII byte at any point
    // must leave the fast path or give exactly what the general path gives
    const signed = {
      ...PLAIN,
      materials: { 'a b': { sha256: '0a' }, 'src/m.c': { md5: 'Ab' } },
      products: { a: { sha256: '00' }, 'b/c': { sha256: 'ff' } },
    };
    const text = Buffer.from(dumpMetablock(signed, [{ keyid: 'ab', sig: 'cd' }]));
    expect(scanLinkMetablock(text)).toBeDefined();
    const from = text.indexOf('"materials"');
    const subs = [0x22, 0x5c, 0x20, 0x09, 0x0a, 0x0d, 0x7d, 0x7b, 0x2c, 0x3a, 0x00, 0x1f, 0x7f, 0xc3, 0xff, 0x61, 0x30, 0x47];
    let scanned = 0;
    for (let i = from; i < text.length; i++) {
      expect(sameOnBothPaths(text.subarray(0, i)), `prefix of ${i} bytes`).toBe(true);
      for (const c of subs) {
        if (text[i] === c) continue;
        const edited = Buffer.from(text);
        edited[i] = c;
        if (scanLinkMetablock(edited)) scanned++;
        expect(sameOnBothPaths(edited), `byte ${i} as 0x${c.toString(16)}`).toBe(true);
      }
    }
    // edits inside a path, a digest or whitespace keep the fast path (and then the same bytes and index)
    expect(scanned).toBeGreaterThan(100);
  });

  it('on paths and digests with escapes, other whitespace, non-ASCII and spaces (each read with the right characters)', () => {
    const base = dumpMetablock({ ...PLAIN, materials: { 'x y': { sha256: 'ab' }, z: { sha256: 'cd' } } }, []);
    const fast = [base, base.replace('"ab"', '"AB"'), base.replace(/\n/g, '\r\n').replace(/ {2}/g, '\t'), base.replace(/\n */g, '')];
    const other = [
      base.replace('"x y"', '"x\\u0020y"'),
      base.replace('"x y"', '"x\\/y"'),
      base.replace('"x y"', '"x\\\\y"'),
      base.replace('"x y"', '"x\\"y"'),
      base.replace('"x y"', '"\\u00e9"'),
      base.replace('"x y"', '"é"'),
      base.replace('"x y"', '"x\\ty"'),
      base.replace('"x y"', '"x\ty"'),
      base.replace('"x y"', '"x\ny"'),
      base.replace('"ab"', '"a\\u0062"'),
      base.replace('"sha256": "ab"', '"sha256": "ab", "md5": "00"'),
      base.replace('"sha256": "ab"', '"sha256": ""'),
      base.replace('"sha256": "ab"', '"sha256": 12'),
      base.replace('"sha256": "ab"', '"sha256": "ag"'),
      base.replace('"sha256": "ab"', '"sha\\u0032\\u00356": "ab"'),
      base.replace('"z": {', '"x y": {'),
      base.replace('"z": {', '"a": {'),
      base.replace('"z": {', '"__proto__": {'),
      base.replace('"cd"\n   }', '"cd"\n   },'),
    ];
    for (const v of fast) expect(scanLinkMetablock(Buffer.from(v)), v).toBeDefined();
    for (const v of other) expect(scanLinkMetablock(Buffer.from(v)), v).toBeUndefined();
    for (const v of [...fast, ...other]) expect(sameOnBothPaths(Buffer.from(v)), v).toBe(true);
  });

  it('on a large link (10,000 artifacts a side)', () => {
    const arts = (p: string) =>
      Object.fromEntries(
        Array.from({ length: 10_000 }, (_, i) => [`${p}/file_${String(i).padStart(5, '0')}`, { sha256: (i * 7919).toString(16) }]),
      );
    const bytes = Buffer.from(dumpMetablock({ ...PLAIN, materials: arts('src'), products: arts('build') }, []));
    expect(scanLinkMetablock(bytes)).toBeDefined();
    expect(sameOnBothPaths(bytes)).toBe(true);
  });

  it('with a memo of artifact dicts shared across links (as one verification shares it): each link as read alone', () => {
    // dicts from a small pool, so that the same dict text recurs across links (a step's materials are the
    // products of the step before), and pairs of dicts of the same text length but other digests or paths
    const dict = (prefix: string, n: number, salt: number): ArtifactDict =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [
          `${prefix}/f_${String(i).padStart(4, '0')}`,
          { sha256: ((i + 1) * (salt + 7919)).toString(16).padStart(8, '0') },
        ]),
      );
    const pool = [dict('src', 80, 1), dict('src', 80, 2), dict('srd', 80, 1), dict('build', 80, 1), dict('src', 3, 1), {}];
    const shapes = [
      (p: number, q: number) => ({ ...PLAIN, materials: pool[p], products: pool[q] }),
      // another indentation: the same artifacts, another text
      (p: number, q: number) => ({ ...PLAIN, name: 'two', materials: pool[p], products: pool[q], indent: 2 }),
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(pool.length - 1), fc.nat(pool.length - 1), fc.nat(1)), { minLength: 2, maxLength: 6 }),
        (links) => {
          const memo = new ScanMemo();
          for (const [p, q, k] of links) {
            const { indent, ...signed } = shapes[k](p, q) as Link & { indent?: number };
            const text = indent
              ? JSON.stringify({ signatures: [], signed: JSON.parse(dumpMetablock(signed, [])).signed }, null, indent)
              : dumpMetablock(signed, []);
            const bytes = Buffer.from(text);
            const withMemo = outcome(() => parseMetadataBytes(bytes, 'f.link', scanLinkMetablock, memo), OTHER);
            expect(withMemo).toEqual(outcome(() => parseMetadataBytes(bytes, 'f.link'), OTHER));
            expect(withMemo).toEqual(outcome(() => parseMetadata(text, 'f.link'), OTHER));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('MATCH between links scanned from the same dict text (one shared index) decides as between links read the general way', () => {
    // rules.ts takes a queued path that maps to itself as matched when both sides share the scanner's arrays;
    // prefixes, `//` and absolute paths make paths map elsewhere, and the digests and paths of the two sides
    // differ when the texts differ
    const filler = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`z/f_${String(i).padStart(3, '0')}`, { sha256: 'ab'.repeat(32) }]),
    );
    const matchPath = fc.stringMatching(/^(a\/|a\/\/|\/|b\/|a)?[xy]{0,2}$/);
    const dict = fc.dictionary(
      matchPath,
      fc.constantFrom('00', '11').map((h) => ({ sha256: h })),
      { maxKeys: 8 },
    );
    const lists = [
      ['MATCH', '*', 'WITH', 'PRODUCTS', 'FROM', 'A'],
      ['MATCH', '*', 'IN', 'a', 'WITH', 'PRODUCTS', 'IN', 'a', 'FROM', 'A'],
      ['MATCH', '*', 'IN', 'a', 'WITH', 'PRODUCTS', 'IN', 'a/', 'FROM', 'A'],
      ['MATCH', '*', 'IN', 'a/', 'WITH', 'PRODUCTS', 'IN', 'a', 'FROM', 'A'],
      ['MATCH', '*', 'IN', 'a', 'WITH', 'PRODUCTS', 'FROM', 'A'],
      ['MATCH', '*', 'WITH', 'PRODUCTS', 'IN', 'a', 'FROM', 'A'],
      ['MATCH', 'a/?', 'WITH', 'PRODUCTS', 'FROM', 'A'],
      ['MATCH', 'a/*', 'WITH', 'PRODUCTS', 'FROM', 'A'],
      ['MATCH', 'a*', 'WITH', 'PRODUCTS', 'FROM', 'A'],
      ['MATCH', 'a//**', 'WITH', 'PRODUCTS', 'FROM', 'A'],
      ['MATCH', '/*', 'WITH', 'PRODUCTS', 'FROM', 'A'],
      ['MATCH', 'z/*', 'WITH', 'PRODUCTS', 'FROM', 'A'],
      ['MATCH', 'zz*', 'WITH', 'PRODUCTS', 'FROM', 'A'],
      ['MATCH', 'a*x', 'WITH', 'PRODUCTS', 'FROM', 'A'],
      ['MATCH', 'x*', 'IN', 'a', 'WITH', 'PRODUCTS', 'IN', 'a', 'FROM', 'A'],
      ['MATCH', '/*', 'IN', 'a', 'WITH', 'PRODUCTS', 'IN', 'a', 'FROM', 'A'],
      ['MATCH', '*', 'IN', 'a/', 'WITH', 'PRODUCTS', 'IN', 'a/', 'FROM', 'A'],
      ['MATCH', '**', 'IN', 'a//', 'WITH', 'PRODUCTS', 'IN', 'a//', 'FROM', 'A'],
    ].map((rule) => [rule, ['DISALLOW', '*']]);
    let shared = 0;
    fc.assert(
      fc.property(dict, fc.boolean(), dict, (d1, sameText, d2) => {
        const products = { ...d1, ...filler };
        const a = Buffer.from(dumpMetablock({ ...PLAIN, name: 'A', materials: {}, products }, []));
        const b = Buffer.from(
          dumpMetablock({ ...PLAIN, name: 'B', materials: sameText ? products : { ...d2, ...filler }, products: {} }, []),
        );
        const memo = new ScanMemo();
        const fast = [a, b].map((x) => parseMetadataBytes(x, 'f.link', scanLinkMetablock, memo).signed as Link);
        const general = [a, b].map((x) => parseMetadata(x.toString(), 'f.link').signed as Link);
        const sharing = (artifactIndexOf(fast[1], 'materials') as SortedArtifactIndex).sharesArrays(artifactIndexOf(fast[0], 'products'));
        expect(sharing).toBe(sameText || encodeCanonical(d1) === encodeCanonical(d2));
        if (sharing) shared++;
        for (const rules of lists) {
          const run = ([la, lb]: Link[]) => {
            const f = verifyItemRules(
              'B',
              'materials',
              rules,
              new Map([
                ['A', la],
                ['B', lb],
              ]),
            );
            return f && { message: f.message, artifacts: f.artifacts, queue: f.queue };
          };
          expect(run(fast), JSON.stringify(rules)).toEqual(run(general));
        }
      }),
      { numRuns: 150 },
    );
    expect(shared).toBeGreaterThan(30);
  });

  it('CREATE and DELETE over scanned links (sorted indexes, disjoint or overlapping) decide as over links read the general way', () => {
    // rules.ts skips the lookups on the other side when its sorted paths all sort before or after the queued ones
    const side = fc.dictionary(
      fc.stringMatching(/^(a\/|b\/|m\/|z)?[xy]{1,2}$/),
      fc.constantFrom('00', '11').map((h) => ({ sha256: h })),
      { maxKeys: 6 },
    );
    const lists = [
      [['CREATE', '*']],
      [['CREATE', 'b/*']],
      [['DELETE', '*']],
      [['DELETE', 'a/?']],
      [['MODIFY', '*']],
      [
        ['ALLOW', 'm/*'],
        ['CREATE', '*'],
      ],
    ].map((rules) => [...rules, ['DISALLOW', '*']]);
    let disjoint = 0;
    fc.assert(
      fc.property(side, side, (materials, products) => {
        const text = Buffer.from(dumpMetablock({ ...PLAIN, name: 'S', materials, products }, []));
        const fast = parseMetadataBytes(text, 'f.link').signed as Link;
        const general = parseMetadata(text.toString(), 'f.link').signed as Link;
        const [m, p] = [Object.keys(materials).sort(), Object.keys(products).sort()];
        if (m.length && p.length && (m[m.length - 1] < p[0] || p[p.length - 1] < m[0])) disjoint++;
        for (const rules of lists)
          for (const which of ['materials', 'products'] as const) {
            const run = (l: Link) => {
              const f = verifyItemRules('S', which, rules, new Map([['S', l]]));
              return f && { message: f.message, artifacts: f.artifacts, queue: f.queue };
            };
            expect(run(fast), JSON.stringify(rules)).toEqual(run(general));
          }
      }),
      { numRuns: 300 },
    );
    expect(disjoint).toBeGreaterThan(20);
  });

  it("a memo hit is taken (the index shares the first scan's arrays), and only for the same text", () => {
    const arts = (salt: string) =>
      Object.fromEntries(
        Array.from({ length: 200 }, (_, i) => [
          `src/f_${String(i).padStart(4, '0')}`,
          { sha256: `${salt}${i.toString(16).padStart(6, '0')}` },
        ]),
      );
    const first = Buffer.from(dumpMetablock({ ...PLAIN, name: 'checkout', materials: {}, products: arts('aa') }, []));
    const same = Buffer.from(dumpMetablock({ ...PLAIN, name: 'build', materials: arts('aa'), products: {} }, []));
    // the same length and paths, one digest changed: a memo keyed by anything less than the text fails here
    const other = Buffer.from(
      dumpMetablock({ ...PLAIN, name: 'build', materials: { ...arts('aa'), 'src/f_0007': { sha256: 'bb000007' } }, products: {} }, []),
    );
    const memo = new ScanMemo();
    const a = scanLinkMetablock(first, memo)!;
    const b = scanLinkMetablock(same, memo)!;
    const c = scanLinkMetablock(other, memo)!;
    expect(memo.size).toBe(2);
    const paths = (x: unknown) => (x as SortedArtifactIndex).pathList();
    expect(paths(b.materials)).toBe(paths(a.products));
    expect(paths(c.materials)).not.toBe(paths(a.products));
    expect(c.materials.get('src/f_0007')).toBe('bb000007');
    expect(Buffer.from(c.bytes)).toEqual(Buffer.from(scanLinkMetablock(other)!.bytes));
    expect(Buffer.from(b.bytes)).toEqual(Buffer.from(scanLinkMetablock(same)!.bytes));
  });

  itWith(
    ['in-toto'],
    'on the links the reference (in-toto-run) and `mc intoto run` write for the demo supply chain',
    async () => {
      await makeKeys(root);
      const files: string[] = [];
      for (const gen of ['ref', 'ours'] as const) {
        const dir = await makeChain(root, gen, 'ed25519');
        for (const f of await readdir(dir, { recursive: true })) if (f.endsWith('.link')) files.push(join(dir, f));
      }
      expect(files.length).toBeGreaterThan(10);
      let scanned = 0;
      for (const f of files) {
        const bytes = await readFile(f);
        if (scanLinkMetablock(bytes)) scanned++;
        const { fast, general } = bothPaths(bytes);
        expect(fast, f).toEqual(general);
      }
      // links of ASCII paths, written with sorted keys, are read by the scanner
      expect(scanned).toBeGreaterThan(files.length / 2);
    },
    120_000,
  );

  it('bounds nesting on both paths: a link nested 100,000 levels deep is refused with a message, not a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = dumpMetablock(PLAIN, []).replace('"byproducts": {}', `"byproducts": {"deep": ${deep}}`);
    const bytes = Buffer.from(text);
    expect(scanLinkMetablock(bytes)).toBeUndefined();
    const { fast, general } = bothPaths(bytes, scanLinkMetablock, false);
    expect(fast).toEqual(general);
    expect((fast as { bytes: string }).bytes).toMatch(/byproducts\.deep.*nested at most 1000 levels deep/);
  });

  it('on artifacts named like the members around them (name, products), which must not end the dict early', () => {
    const arts: ArtifactDict[] = [
      { name: { sha256: 'aa' } },
      { name: { sha256: 'aa' }, products: { sha256: 'bb' } },
      { a: { sha256: '00' }, name: { sha256: 'aa' }, products: { sha256: 'bb' } },
    ];
    for (const materials of arts)
      for (const products of [{}, ...arts]) {
        const bytes = Buffer.from(dumpMetablock({ ...PLAIN, name: 'name', materials, products }, []));
        // (an artifact "name" after another one looks like the end of materials: the general path reads it)
        if (materials !== arts[2]) expect(scanLinkMetablock(bytes)).toBeDefined();
        expect(sameOnBothPaths(bytes)).toBe(true);
        // and with the members' own text inside the artifacts: never read as the members
        const text = bytes.toString().replace('"materials": {', '"materials": {"x": {"sha256": "00"}, "name": "n", "products": {},');
        expect(sameOnBothPaths(Buffer.from(text))).toBe(true);
      }
  });

  it('catches a scanner broken on purpose: wrong signable bytes, a lost artifact, a changed digest', () => {
    const bytes = Buffer.from(dumpMetablock({ ...PLAIN, materials: { a: { sha256: '00' }, b: { sha256: '11' } } }, []));
    expect(scanLinkMetablock(bytes)).toBeDefined();
    expect(sameOnBothPaths(bytes)).toBe(true);
    const broken = [
      (b: Uint8Array) => {
        const s = scanLinkMetablock(b);
        return s && { ...s, bytes: Buffer.concat([Buffer.from(s.bytes), Buffer.from(' ')]) };
      },
      (b: Uint8Array) => {
        const s = scanLinkMetablock(b);
        return s && { ...s, materials: new Map([...s.materials].slice(1)) };
      },
      (b: Uint8Array) => {
        const s = scanLinkMetablock(b);
        return s && { ...s, materials: new Map([...s.materials].map(([p]) => [p, '22'])) };
      },
    ];
    for (const scan of broken) expect(sameOnBothPaths(bytes, scan)).toBe(false);
  });
});

describe('artifact indexes', () => {
  it('a sorted index answers every lookup, in any order, as a Map does', () => {
    const word = fc.stringMatching(/^[a-d]{0,4}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 30 }), fc.array(word, { maxLength: 60 }), fc.boolean(), (ps, queries, ordered) => {
        const paths = [...ps].sort();
        const keys = paths.map((p) => `k${p}`);
        const sorted = new SortedArtifactIndex(paths, keys);
        const map = new Map(paths.map((p, i) => [p, keys[i]]));
        for (const q of ordered ? [...queries].sort() : queries) {
          expect(sorted.get(q)).toBe(map.get(q));
          expect(sorted.has(q)).toBe(map.has(q));
        }
        expect([...sorted]).toEqual([...map]);
        expect([...sorted.keys()]).toEqual([...map.keys()]);
        expect(sorted.size).toBe(map.size);
      }),
      { numRuns: 500 },
    );
  });
  it('a digest key is equal exactly when the digest sets are, and is the canonical text unless one sha256', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 6 }), hex, { maxKeys: 3 }),
        fc.dictionary(fc.string({ maxLength: 6 }), hex, { maxKeys: 3 }),
        (a, b) => {
          expect(digestKey(a) === digestKey(b)).toBe(encodeCanonical(a) === encodeCanonical(b));
          const keys = Object.keys(a);
          expect(digestKey(a)).toBe(keys.length === 1 && keys[0] === 'sha256' ? a.sha256 : encodeCanonical(a));
        },
      ),
    );
  });
  it('a scanned link builds its artifact dicts only when they are read, and then indexes them', () => {
    const bytes = Buffer.from(dumpMetablock({ ...PLAIN, materials: { a: { sha256: '00' } } }, []));
    const md = parseMetadataBytes(bytes, 'f.link');
    const l = md.signed as Link;
    expect(Object.getOwnPropertyDescriptor(l, 'materials')?.get).toBeTypeOf('function');
    expect(l.materials).toEqual({ a: { sha256: '00' } });
    expect(Object.getOwnPropertyDescriptor(l, 'materials')?.get).toBeUndefined();
    // a change to the dict is what rules see from then on
    l.materials.b = { sha256: '11' };
    expect([...artifactIndexOf(l, 'materials')]).toEqual([...indexArtifacts({ a: { sha256: '00' }, b: { sha256: '11' } })]);
  });
});

describe('rules over artifact indexes', () => {
  it('a MATCH that consumes a path outside the queue (an absolute path after its prefix) does not empty the queue', () => {
    // '/x' is consumed by ALLOW; MATCH * IN a maps 'a//x' to '/x' (os.path.join) and consumes '/x' and 'a/y':
    // as many consumed paths as queued ones, yet 'a//x' stays queued and DISALLOW * finds it (in_toto verifylib)
    const self: Link = { ...PLAIN, materials: { '/x': { sha256: '01' }, 'a//x': { sha256: '02' }, 'a/y': { sha256: '03' } } };
    const other: Link = { ...PLAIN, name: 'other', materials: { '/x': { sha256: '01' }, y: { sha256: '03' } } };
    const rules = [
      ['ALLOW', '/x'],
      ['MATCH', '*', 'IN', 'a', 'WITH', 'MATERIALS', 'FROM', 'other'],
      ['DISALLOW', '*'],
    ];
    for (const link of [self, parseMetadataBytes(Buffer.from(dumpMetablock(self, [])), 'f.link').signed as Link]) {
      const f = verifyItemRules(
        'self',
        'materials',
        rules,
        new Map([
          ['self', link],
          ['other', other],
        ]),
      );
      expect(f?.artifacts).toEqual(['a//x']);
      expect(f?.index).toBe(2);
    }
  });
  itWith(['in-toto'], 'the reference gives that verdict too (in_toto.verifylib.verify_item_rules)', () => {
    const code = `
from in_toto.verifylib import verify_item_rules
from in_toto.models.link import Link
from in_toto.models.metadata import Metablock
s = Link(name='self', materials={'/x': {'sha256': '01'}, 'a//x': {'sha256': '02'}, 'a/y': {'sha256': '03'}})
o = Link(name='other', materials={'/x': {'sha256': '01'}, 'y': {'sha256': '03'}})
rules = [['ALLOW', '/x'], ['MATCH', '*', 'IN', 'a', 'WITH', 'MATERIALS', 'FROM', 'other'], ['DISALLOW', '*']]
try:
    verify_item_rules('self', 'materials', rules, {'self': Metablock(signed=s), 'other': Metablock(signed=o)})
    print('RESULT passed')
except Exception as e:
    print('RESULT', type(e).__name__, str(e).splitlines()[0])
`;
    const out = execFileSync(refPython(), ['-c', code], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    expect(out.split('\n').find((l) => l.startsWith('RESULT'))).toBe(
      "RESULT RuleVerificationError 'DISALLOW *' matched the following artifacts: ['a//x']",
    );
  });
});
