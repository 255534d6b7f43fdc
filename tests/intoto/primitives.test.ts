/**
 * The format primitives against the reference's own code (Debian python3-securesystemslib 0.26, in-toto
 * 1.3 and CPython's fnmatch): OLPC canonical JSON, fnmatch patterns, keyids, signatures both ways.
 * Comparisons with the reference need it installed (tests/helpers/references.ts: skipped with one line
 * naming the package, failing under MC_REQUIRE_REFERENCES=1); tests of our own code use the committed
 * test keys (tests/fixtures/intoto-keys, made by securesystemslib).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeCanonical, compareCodePoints, canonicalBytes, canonicalLinkBytes } from '../../src/intoto/ocj.js';
import { parseMetadata, readLink, signableBytes, type Link } from '../../src/intoto/metadata.js';
import { fnmatch, matcher, translate } from '../../src/intoto/fnmatch.js';
import {
  createSignature,
  generateKey,
  keyFiles,
  parsePrivateKeyFile,
  parsePublicKeyFile,
  verifySignature,
  type KeyType,
} from '../../src/intoto/sslib-keys.js';
import { excludeMatcher } from '../../src/intoto/artifacts.js';
import { unpackRule } from '../../src/intoto/rules.js';
import { itWith, pythonFor, type ReferenceId } from '../helpers/references.js';
import { copyTestKeys, TEST_KEYS_DIR } from '../helpers/test-keys.js';

const py = (ref: ReferenceId, code: string, input: unknown): unknown =>
  JSON.parse(execFileSync(pythonFor(ref), ['-c', code], { input: JSON.stringify(input), maxBuffer: 1 << 26 }).toString());
const dir = mkdtempSync(join(tmpdir(), 'mc-intoto-prim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('OLPC canonical JSON = securesystemslib.formats.encode_canonical', () => {
  const values: unknown[] = [
    {},
    [],
    { b: 1, a: [true, false, null], c: { z: '', y: -12 } },
    'quote " backslash \\ slash / newline \n tab \t nul \u0000 bell \u0007',
    { é: 1, e: 2, E: 3, '\u00ff': 4, '\uffff': 5, '😀': 6, '\ue000': 7, '\ud7ff': 8 },
    {
      _type: 'link',
      name: 'x',
      materials: { 'a b/c.txt': { sha256: 'ab' } },
      byproducts: { 'return-value': 0, stderr: '', stdout: '' },
      command: ['sh', '-c', 'echo "hi"'],
    },
    ['ünïcödé', '日本語', '\u2028\u2029', 'a\rb'],
    9007199254740991,
    -0,
    // large enough to grow the encoder's buffer many times, with escapes and multi-byte characters
    // falling at every offset
    Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [
        `dir ${i % 7}/${'é'.repeat(i % 5)}file"${i}\\${'😀'.repeat(i % 3)}.txt`,
        { sha256: (i * 7919).toString(16).padStart(64, '0'), sha512: 'ab'.repeat(i % 4) },
      ]),
    ),
    'x'.repeat(5000) + '日本'.repeat(3000) + '"\\'.repeat(100),
  ];
  itWith(['securesystemslib'], 'encodes every value byte-for-byte like the reference', () => {
    const ref = py(
      'securesystemslib',
      'import json,sys; from securesystemslib.formats import encode_canonical as e; print(json.dumps([e(v) for v in json.load(sys.stdin)]))',
      values,
    ) as string[];
    expect(values.map((v) => encodeCanonical(v))).toEqual(ref);
  });
  it('sorts by code point like Python, not by UTF-16 unit', () => {
    expect(compareCodePoints('\uffff', '😀')).toBeLessThan(0);
    expect(['😀', '\uffff', 'a'].sort(compareCodePoints)).toEqual(['a', '\uffff', '😀']);
  });
  const signed = {
    _type: 'link',
    name: 'x"y',
    command: ['a\\b'],
    byproducts: { 'return-value': 0, stdout: 'out\n' },
    environment: {},
    materials: {
      'b/é.txt': { sha512: 'ab', sha256: 'CD' },
      'a"q.txt': { sha256: '00' },
      '😀': { sha256: '01' },
      '\uffff': { sha256: '02' },
    },
    products: {},
  };
  const fast = () => Buffer.from(signableBytes(parseMetadata(JSON.stringify({ signatures: [], signed }), 't').signed)).toString();
  it("a link's signable bytes (validated and encoded in one pass) equal the generic encoding", () => {
    expect(fast()).toBe(Buffer.from(canonicalBytes(parseMetadata(JSON.stringify({ signatures: [], signed }), 't').signed)).toString());
  });
  itWith(['in-toto'], "a link's signable bytes equal the reference's (in_toto Link.signable_bytes)", () => {
    const ref = py(
      'in-toto',
      'import json,sys; from in_toto.models.link import Link; print(json.dumps(Link.read(json.load(sys.stdin)).signable_bytes.decode()))',
      signed,
    ) as string;
    expect(fast()).toBe(ref);
  });
  it('refuses floats as the reference does', () => {
    expect(() => encodeCanonical({ a: 1.5 })).toThrow(/integer/);
  });
});

describe('fnmatch = CPython fnmatch.fnmatchcase', () => {
  const patterns = [
    '*',
    '*.py',
    'demo-project/*',
    'demo*py',
    '?oo.py',
    '[a-f]oo.py',
    '[!f]oo.py',
    '[]]x',
    '[!]]x',
    '[z-a]x',
    '[a-]x',
    '[-a]x',
    '[',
    'a[b',
    '**/x',
    '*/*.txt',
    'foo.py',
    'a.b',
    '\\*',
    '[\\]x',
    '[^a]x',
    'x*y*z',
    '*.tar.gz',
    '.*',
    '[[]x',
    'é*',
    '?',
    'a*a',
    'ab**ba',
    'line*',
    '*break.py',
    'é',
    '??',
    'a?c',
    'file_??.bin',
  ];
  const names = [
    '😀',
    '😀😀',
    'a😀c',
    'abc',
    'file_12.bin',
    'file_1😀.bin',
    'file_123.bin',
    'foo.py',
    'demo-project/foo.py',
    'demo-project/sub/bar.py',
    'goo.py',
    ']x',
    'ax',
    'bx',
    '-x',
    'zx',
    '[',
    'a[b',
    'x',
    'dir/x',
    'a/b/x',
    'dir/a.txt',
    'a.b',
    'axb',
    '*',
    '\\x',
    '^x',
    'x1y2z',
    'p.tar.gz',
    '.hidden',
    '[x',
    'éa',
    'é',
    'line\nbreak.py',
    '',
    'a',
    'aa',
    'aba',
    'abba',
    'ababa',
  ];
  itWith(['python3'], `matches ${patterns.length} x ${names.length} pairs exactly like the reference`, () => {
    const ref = py(
      'python3',
      'import json,sys,fnmatch; d=json.load(sys.stdin); print(json.dumps([[fnmatch.fnmatchcase(n,p) for n in d[1]] for p in d[0]]))',
      [patterns, names],
    ) as boolean[][];
    const ours = patterns.map((p) => names.map((n) => fnmatch(n, p)));
    for (const [i, p] of patterns.entries()) expect([p, ...ours[i]]).toEqual([p, ...ref[i]]);
  });
  it('matches literal-and-? patterns (compared run by run) and one-star patterns exactly where the regular expression matches', () => {
    const unit = fc.constantFrom('a', 'b', '.', '/', '?', '*', 'é', '\ud83d', '\ude00', '😀');
    const word = fc.array(unit, { maxLength: 7 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (p, names) => {
        for (const n of names) expect([p, n, matcher(p).test(n)]).toEqual([p, n, translate(p).test(n)]);
      }),
      { numRuns: 2000 },
    );
  });
  it('matches by prefix and suffix exactly where the regular expression matches', () => {
    for (const p of patterns) expect([p, ...names.map((n) => matcher(p).test(n))]).toEqual([p, ...names.map((n) => translate(p).test(n))]);
  });
});

describe('artifact exclude patterns = pathspec gitwildmatch (in-toto-run --exclude)', () => {
  const pats = ['*.link*', '.git', '*.pyc', '*~', 'build/', 'docs/*.md', 'sub/**/x'];
  const paths = [
    'a.link',
    'x/b.link-unfinished',
    '.git/config',
    'src/.git/HEAD',
    'm.pyc',
    'a/b/c.pyc',
    'file~',
    'build/out.js',
    'x/build/y',
    'docs/a.md',
    'docs/sub/b.md',
    'sub/x',
    'sub/a/b/x',
    'keep.txt',
    'gitx',
    'a.linkx',
  ];
  itWith(['in-toto'], 'excludes the same paths', async () => {
    const ref = py(
      'in-toto',
      'import json,sys; from pathspec import PathSpec; d=json.load(sys.stdin); s=PathSpec.from_lines("gitwildmatch", d[0]); print(json.dumps([s.match_file(p) for p in d[1]]))',
      [pats, paths],
    ) as boolean[];
    const m = await excludeMatcher(pats);
    expect(paths.map((p) => [p, m(p)])).toEqual(paths.map((p, i) => [p, ref[i]]));
  });
});

describe('rule syntax = in_toto.rulelib.unpack_rule', () => {
  const rules = [
    ['MATCH', 'x', 'WITH', 'PRODUCTS', 'FROM', 's'],
    ['match', 'x', 'in', 'a', 'with', 'materials', 'in', 'b', 'from', 's'],
    ['MATCH', 'x', 'IN', 'a', 'WITH', 'PRODUCTS', 'FROM', 's'],
    ['MATCH', 'x', 'WITH', 'PRODUCTS', 'IN', 'b', 'FROM', 's'],
    ['MATCH', 'x', 'WITH', 'ARTIFACTS', 'FROM', 's'],
    ['MATCH', 'x', 'FROM', 's'],
    ['CREATE', 'x'],
    ['create', 'x', 'y'],
    ['REQUIRE', 'x'],
    ['COPY', 'x'],
    ['ALLOW'],
    [],
  ];
  itWith(['in-toto'], 'accepts and rejects the same rules', () => {
    const ref = py(
      'in-toto',
      'import json,sys; from in_toto.rulelib import unpack_rule\ndef ok(r):\n  try:\n    unpack_rule(r); return True\n  except Exception: return False\nprint(json.dumps([ok(r) for r in json.load(sys.stdin)]))',
      rules,
    ) as boolean[];
    const ours = rules.map((r) => {
      try {
        unpackRule(r, 'test');
        return true;
      } catch {
        return false;
      }
    });
    expect(ours).toEqual(ref);
  });
});

describe('keys: keyids and signatures interoperate with securesystemslib', () => {
  const types: KeyType[] = ['ed25519', 'ecdsa', 'rsa'];
  // the committed keys (made by securesystemslib) under the names these tests use
  copyTestKeys(dir, { 'ref-ed25519': 'owner', 'ref-ecdsa': 'ec', 'ref-rsa': 'rsa' });
  const refIds = () =>
    py(
      'securesystemslib',
      [
        `import json,sys; from securesystemslib import interface as i`,
        `d=json.load(sys.stdin)`,
        `print(json.dumps([[list(i.import_publickeys_from_file([p+'.pub'],[t]).keys())[0], i.import_privatekey_from_file(p, key_type=t)['keyid']] for p,t in d]))`,
      ].join('\n'),
      types.map((t) => [join(dir, `ref-${t}`), t]),
    ) as [string, string][];
  it('ed25519 and ecdsa private key files give the keyid securesystemslib recorded in them when it made them', () => {
    for (const [name, t] of [
      ['owner', 'ed25519'],
      ['ec', 'ecdsa'],
    ] as const) {
      const recorded = (JSON.parse(readFileSync(join(TEST_KEYS_DIR, name), 'utf8')) as { keyid: string }).keyid;
      expect(recorded).toMatch(/^[0-9a-f]{64}$/);
      expect(parsePrivateKeyFile(readFileSync(join(TEST_KEYS_DIR, name), 'utf8'), t, 'priv').keyid).toBe(recorded);
      expect(parsePublicKeyFile(readFileSync(join(TEST_KEYS_DIR, `${name}.pub`), 'utf8'), t, 'pub').keyid).toBe(recorded);
    }
  });
  for (const [i, t] of types.entries()) {
    itWith(['securesystemslib'], `${t}: public and private key files give the reference's keyid`, () => {
      const ids = refIds();
      const pub = parsePublicKeyFile(readFileSync(join(dir, `ref-${t}.pub`), 'utf8'), t, 'pub');
      const priv = parsePrivateKeyFile(readFileSync(join(dir, `ref-${t}`), 'utf8'), t, 'priv');
      expect(pub.keyid).toBe(ids[i][0]);
      expect(priv.keyid).toBe(ids[i][1]);
    });
    itWith(['securesystemslib'], `${t}: our keys load in securesystemslib with our keyid; signatures verify both ways`, async () => {
      const key = await generateKey(t);
      const files = keyFiles(key);
      writeFileSync(join(dir, `ours-${t}`), files.private);
      writeFileSync(join(dir, `ours-${t}.pub`), files.public);
      const data = 'in-toto signed bytes ✓';
      const ourSig = createSignature(key, new TextEncoder().encode(data));
      const r = py(
        'securesystemslib',
        [
          `import json,sys; from securesystemslib import interface as i, keys as k`,
          `d=json.load(sys.stdin)`,
          `pub=list(i.import_publickeys_from_file([d['p']+'.pub'],[d['t']]).values())[0]`,
          `priv=i.import_privatekey_from_file(d['p'], key_type=d['t'])`,
          `refpriv=i.import_privatekey_from_file(d['r'], key_type=d['t'])`,
          `print(json.dumps({'keyid': pub['keyid'], 'ok': k.verify_signature(pub, d['sig'], d['data'].encode()), 'bad': k.verify_signature(pub, d['sig'], b'other'), 'refsig': k.create_signature(refpriv, d['data'].encode())}))`,
        ].join('\n'),
        { p: join(dir, `ours-${t}`), r: join(dir, `ref-${t}`), t, sig: ourSig, data },
      ) as { keyid: string; ok: boolean; bad: boolean; refsig: { keyid: string; sig: string } };
      expect(r.keyid).toBe(key.keyid);
      expect(r.ok).toBe(true);
      expect(r.bad).toBe(false);
      const refPub = parsePublicKeyFile(readFileSync(join(dir, `ref-${t}.pub`), 'utf8'), t, 'pub');
      expect(r.refsig.keyid).toBe(refPub.keyid);
      const sig = new Uint8Array(Buffer.from(r.refsig.sig, 'hex'));
      expect(verifySignature(refPub, sig, new TextEncoder().encode(data))).toBe(true);
      expect(verifySignature(refPub, sig, new TextEncoder().encode(data + '!'))).toBe(false);
    });
  }
  it('refuses a private key whose public half does not match', () => {
    const a = JSON.parse(readFileSync(join(dir, 'ref-ed25519'), 'utf8')) as { keyval: { public: string } };
    a.keyval.public = 'ab'.repeat(32);
    expect(() => parsePrivateKeyFile(JSON.stringify(a), 'ed25519', 'k')).toThrow(/matching/);
  });
  it('names the file and field for a wrong key type', () => {
    expect(() => parsePublicKeyFile(readFileSync(join(dir, 'ref-ecdsa.pub'), 'utf8'), 'ed25519', 'keys/x.pub')).toThrow(
      /keys\/x\.pub: keytype: expected ed25519/,
    );
  });
});

describe('link digest sets (signed.materials / signed.products)', () => {
  const link = (materials: unknown) =>
    JSON.stringify({
      signatures: [],
      signed: { _type: 'link', name: 's', materials, products: {}, byproducts: {}, command: [], environment: {} },
    });
  it('accepts hex digests of either case and any length', () => {
    for (const h of ['00', 'abcdef0123456789', 'ABCDEF', 'aBc', 'f'.repeat(128)])
      expect(Object.keys((parseMetadata(link({ 'a.txt': { sha256: h } }), 't').signed as Link).materials)).toEqual(['a.txt']);
  });
  it('refuses a digest that is not hex, naming the artifact', () => {
    for (const h of ['', 'g', 'ab cd', '0x12', 'abcdeg', 'ａｂ', '١٢', 12, null]) {
      expect(() => parseMetadata(link({ 'ok.txt': { sha256: '00' }, 'bad.txt': { sha256: h } }), 't')).toThrow(/materials\.bad\.txt/);
    }
    expect(() => parseMetadata(link({ 'x.txt': 'abc' }), 't')).toThrow(/materials\.x\.txt/);
  });
});

describe('a link parsed from a Metablock: signable bytes from the pass that checks its artifacts', () => {
  const links: Record<string, unknown>[] = [
    { _type: 'link', name: 's', materials: {}, products: {}, byproducts: {}, command: [], environment: {} },
    { _type: 'link' },
    {
      _type: 'link',
      name: 'é"\\',
      command: ['sh', '-c', 'ünï "x"'],
      byproducts: { 'return-value': 0, stdout: 'a\u0000b', nested: { z: [1, null, true], a: 'x' } },
      environment: { b: 1, a: 2 },
      materials: { 'z.txt': { sha512: 'AB', sha256: 'cd' }, 'a b/é.txt': {}, '😀': { sha256: '01' }, '\uffff': { sha256: '02' } },
      products: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`p/${499 - i}`, { sha256: (i * 31).toString(16) }])),
      extra: 'dropped by normalization',
    },
    // sorted paths, one algorithm per digest set, quotes, backslashes and non-ASCII in paths
    {
      _type: 'link',
      name: 'n',
      command: [],
      byproducts: { 'return-value': 0 },
      environment: {},
      materials: { '"q"': { sha256: 'AB' }, 'a b/\\x': { sha256: 'cd' }, 'é/ü': {}, '\uffff': { sha512: '00' }, '😀': { sha256: '01' } },
      products: Object.fromEntries(
        Array.from({ length: 500 }, (_, i) => [`p/${String(i).padStart(3, '0')}`, { sha256: (i * 31).toString(16) }]),
      ),
    },
    // control characters in paths (written raw in canonical JSON)
    { _type: 'link', name: 'c', command: [], byproducts: {}, environment: {}, materials: { 'a\nb': { sha256: 'ab' } }, products: {} },
    {
      _type: 'link',
      name: 'c',
      command: [],
      byproducts: {},
      environment: {},
      materials: {},
      products: { '\u0001': { sha256: 'ab' }, b: {} },
    },
  ];
  itWith(['in-toto'], "equal the reference's bytes (in_toto Link.read(...).signable_bytes)", () => {
    const ref = py(
      'in-toto',
      'import json,sys; from in_toto.models.link import Link; print(json.dumps([Link.read(s).signable_bytes.hex() for s in json.load(sys.stdin)]))',
      links,
    ) as string[];
    const ours = links.map((signed) => {
      const direct = canonicalLinkBytes(
        parseMetadata(JSON.stringify({ signatures: [], signed }), 't').signed as unknown as Record<string, unknown>,
      );
      return direct instanceof Uint8Array ? Buffer.from(direct).toString('hex') : String(direct);
    });
    expect(ours).toEqual(ref);
  });
  it('equal the generic encoding of the normalized link (in_toto Link.signable_bytes)', () => {
    for (const signed of links) {
      const text = JSON.stringify({ signatures: [], signed });
      const md = parseMetadata(text, 't');
      const generic = Buffer.from(canonicalBytes(readLink(JSON.parse(text).signed, 't'))).toString();
      expect(Buffer.from(signableBytes(md.signed)).toString()).toBe(generic);
      const direct = canonicalLinkBytes(md.signed as unknown as Record<string, unknown>);
      expect(direct instanceof Uint8Array && Buffer.from(direct).toString()).toBe(generic);
    }
  });
  it('name the same field as the separate check did, in the same order', () => {
    const bad = (signed: Record<string, unknown>) => () => parseMetadata(JSON.stringify({ signatures: [], signed }), 't');
    expect(bad({ _type: 'link', materials: { a: { sha256: 'zz' } }, command: 'not a list' })).toThrow(/signed\.materials\.a/);
    expect(bad({ _type: 'link', products: { b: { sha256: 12 } } })).toThrow(/signed\.products\.b/);
    expect(bad({ _type: 'link', products: [] })).toThrow(/signed\.products/);
    expect(bad({ _type: 'link', materials: { a: null } })).toThrow(/signed\.materials\.a/);
    expect(bad({ _type: 'link', command: 'x' })).toThrow(/signed\.command/);
    expect(bad({ _type: 'link', name: 3, materials: { a: 1 } })).toThrow(/signed\.name/);
    // a member canonical JSON cannot encode (a float) is not a format error: the signature check refuses it
    const md = parseMetadata(JSON.stringify({ signatures: [], signed: { _type: 'link', byproducts: { x: 1.5 } } }), 't');
    expect(() => signableBytes(md.signed)).toThrow(/integer/);
  });
});
