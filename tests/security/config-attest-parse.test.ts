/**
 * Issue 19 items 3, 12 and 17 (config-attest parsing and normalization):
 * - integers beyond 2^53 are exact: changing an int64 by one is drift (was "formatting only");
 *   YAML and JSON alike, through the snapshot's canonical JSON, the signed payload and the diff;
 * - a document within the file and alias-count limits that aliases one big list 999 times is refused
 *   on its EXPANDED size (exit 2), as is the merge-key variant and a recursive alias;
 * - a Secret nested in a `kind: List` (or in Helm values) is reduced to digests: its clear value
 *   appears nowhere in the snapshot, the drift report or stdout.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/parse.js';
import { canonicalJson, parseJsonExact } from '../../src/core/jcs.js';
import { measureExpansion, preScanExpansion } from '../../src/core/yaml-limits.js';
import { CORPUS, DEV_JWKS, DEV_KEY, mc, workspace, write } from '../config/helpers.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.(ya?ml|json)$/.test(n) ? [join(dir, n)] : [],
  );
}

const snap = (ws: string, paths: string[]) =>
  mc(ws, ['config-attest', 'snapshot', '--key', DEV_KEY, '--env', 'production', '--out', 'baseline.intoto.jsonl', ...paths]);
const verify = (ws: string, paths: string[], extra: string[] = []) =>
  mc(ws, ['config-attest', 'verify', '--baseline', 'baseline.intoto.jsonl', '--jwks', DEV_JWKS, '--env', 'production', ...extra, ...paths]);

describe('exact integers (int64 beyond 2^53)', () => {
  const cm = (v: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: limits, namespace: prod}\ndata: {}\nspec:\n  maxBytes: ${v}\n`;

  it('YAML: 9007199254740993 -> 9007199254740992 is drift (exit 1), shown exactly', async () => {
    const ws = workspace('mc-sec-int-');
    write(ws, 'cm.yaml', cm('9007199254740993'));
    expect((await snap(ws, ['cm.yaml'])).code).toBe(0);
    write(ws, 'cm.yaml', cm('9007199254740992'));
    const r = await verify(ws, ['cm.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('~ spec.maxBytes: 9007199254740993 → 9007199254740992');
    // int64 extremes too
    write(ws, 'cm.yaml', cm('9223372036854775807'));
    const ws2 = workspace('mc-sec-int-');
    write(ws2, 'cm.yaml', cm('9223372036854775807'));
    expect((await snap(ws2, ['cm.yaml'])).code).toBe(0);
    expect((await verify(ws2, ['cm.yaml'])).code).toBe(0);
    write(ws2, 'cm.yaml', cm('9223372036854775806'));
    expect((await verify(ws2, ['cm.yaml'])).code).toBe(1);
  });

  it('JSON files: a big-integer change is drift; a reformatting of the same integers is not', async () => {
    const ws = workspace('mc-sec-int-');
    write(ws, 'c.json', '{"id": 12345678901234567890, "n": 1}\n');
    expect((await snap(ws, ['c.json'])).code).toBe(0);
    write(ws, 'c.json', '{ "n": 1,\n  "id": 12345678901234567890 }\n');
    const same = await verify(ws, ['c.json'], ['--format', 'json']);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).status).toBe('formatting-only');
    write(ws, 'c.json', '{"id": 12345678901234567891, "n": 1}\n');
    const r = await verify(ws, ['c.json'], ['--format', 'json']);
    expect(r.code).toBe(1);
    // the JSON report carries both values exactly (no rounding to 12345678901234567000)
    expect(r.stdout).toContain('"baseline": 12345678901234567890');
    expect(r.stdout).toContain('"current": 12345678901234567891');
  });

  it('the signed payload carries the exact digits', async () => {
    const ws = workspace('mc-sec-int-');
    write(ws, 'cm.yaml', cm('-9223372036854775808'));
    expect((await snap(ws, ['cm.yaml'])).code).toBe(0);
    const env = JSON.parse(readFileSync(join(ws, 'baseline.intoto.jsonl'), 'utf8'));
    expect(Buffer.from(env.payload, 'base64').toString()).toContain('"maxBytes":-9223372036854775808');
  });

  it('parser and canonical JSON: safe integers stay numbers, larger ones exact bigints; doubles unchanged', () => {
    const [d] = parseConfigText('a: 9007199254740991\nb: 9007199254740992\nc: 0x1F\nd: 1.0e+20\n', 'x.yaml');
    expect(d.value).toEqual({ a: 9007199254740991, b: 9007199254740992n, c: 31, d: 1e20 });
    expect(canonicalJson({ b: 12345678901234567890n, a: [1, 2n ** 70n, 'x'] })).toBe(
      '{"a":[1,1180591620717411303424,"x"],"b":12345678901234567890}',
    );
    expect(parseJsonExact('[12345678901234567890, 1e300, 2.5, 7]')).toEqual([12345678901234567890n, 1e300, 2.5, 7]);
  });
});

describe('expanded size, not alias count (alias bombs within the file and alias limits)', () => {
  it('one 200,000-item list aliased 999 times (400 KB) is exit 2 with a clear message', async () => {
    const ws = workspace('mc-sec-bomb-');
    const list = '&l [' + Array.from({ length: 200_000 }, (_, i) => String(i % 10)).join(',') + ']';
    write(ws, 'bomb.yaml', `base: ${list}\n` + Array.from({ length: 999 }, (_, i) => `k${i}: *l`).join('\n') + '\n');
    const r = await snap(ws, ['bomb.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bomb\.yaml: document 0: expected at most 4000000 nodes with aliases expanded/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('the merge-key variant (<<: *big 999 times) and a long-string variant are refused too', () => {
    const map = '&m {' + Array.from({ length: 5000 }, (_, i) => `k${i}: ${i}`).join(', ') + '}';
    const merge = `base: ${map}\n` + Array.from({ length: 999 }, (_, i) => `x${i}: {<<: *m}`).join('\n') + '\n';
    expect(() => parseConfigText(merge, 'merge.yaml')).toThrow(/nodes with aliases expanded/);
    const long = `s: &s "${'x'.repeat(100_000)}"\n` + Array.from({ length: 999 }, (_, i) => `k${i}: *s`).join('\n') + '\n';
    expect(() => parseConfigText(long, 'long.yaml')).toThrow(/characters of scalars with aliases expanded/);
  });

  it('the 1.2 MB variant (600,000 items) is refused from the lexer alone, before any node tree is built', () => {
    const list = '&l [' + Array.from({ length: 600_000 }, () => '1').join(',') + ']';
    const text = `base: ${list}\n` + Array.from({ length: 999 }, (_, i) => `k${i}: *l`).join('\n') + '\n';
    expect(preScanExpansion(text)).toEqual({ document: 0, message: expect.stringMatching(/at most 4000000 nodes with aliases expanded/) });
    // the block-sequence form and a later document are found too
    const block = 'base: &l\n' + '  - 1\n'.repeat(5000) + Array.from({ length: 999 }, (_, i) => `k${i}: *l`).join('\n') + '\n';
    expect(preScanExpansion('a: 1\n---\n' + block)?.document).toBe(1);
  });

  it('the lexer pre-scan is a lower bound: never above the exact expanded size (corpus and anchor shapes)', () => {
    const shapes = [
      'a: &a\n  - 1\n  - "two"\nb: *a\nc: [*a, *a]\n',
      'x: &x {k: v, l: [1, 2]}\ny: {<<: *x, m: 3}\n',
      '- &i\n  a: 1\n  b: 2\n- *i\n- c: *i\n',
      'k: &c\n- 1\n- 2\nz: *c\n',
      'a: &s |\n    hello\n    world\nb: *s\nc: *s\n',
      "q: &q 'it''s'\nr: &d \"a\\tb\\u0041\"\ns: [*q, *d]\n",
      'p: &p plain\n  folded  text\nt: *p\n',
      '&root\na: 1\n---\n- &x [1, [2, &y [3]], *y]\n- *x\n...\n--- &z\nk: v\n',
      '? &k key\n: &v value\nother: [*k, *v]\n',
      'a: &t !!str 12\nb: *t\n',
    ];
    const texts = [...shapes, ...files(CORPUS).map((f) => readFileSync(f, 'utf8'))];
    for (const text of texts) {
      let nodes = 0;
      let chars = 0;
      for (const d of parseAllDocuments(text, { uniqueKeys: false, intAsBigInt: true }) as unknown as Parameters<
        typeof measureExpansion
      >[0][]) {
        const m = measureExpansion(d, { maxNodes: Infinity, maxScalarChars: Infinity });
        nodes = Math.max(nodes, m.nodes);
        chars = Math.max(chars, m.scalarChars);
      }
      expect(preScanExpansion(text, { maxNodes: nodes, maxScalarChars: chars }), text.slice(0, 80)).toBeUndefined();
    }
  });

  it('a recursive alias is refused (no infinite data)', () => {
    expect(() => parseConfigText('x: &a [1, *a]\n', 'r.yaml')).toThrow(/recursive/);
  });

  it('control: ordinary anchors and merge keys still parse; duplicate keys are found in linear time', () => {
    const [d] = parseConfigText('base: &b {a: 1}\nx: {<<: *b, c: 2}\ny: *b\n', 'ok.yaml');
    expect(d.value).toEqual({ base: { a: 1 }, x: { a: 1, c: 2 }, y: { a: 1 } });
    const wide = '{' + Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`).join(', ') + ', k49999: 0}\n';
    expect(() => parseConfigText(wide, 'wide.yaml')).toThrow(/Map keys must be unique: "k49999" twice/);
  });
});

describe('Secrets at any depth are digests only', () => {
  const SECRET = 'hunter2-s3cr3t-value';
  const B64 = Buffer.from(SECRET).toString('base64');
  const list = (pw: string, b64: string) => `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Secret
    metadata: {name: db, namespace: prod}
    stringData: {password: ${pw}}
    data: {token: ${b64}}
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: app, namespace: prod}
    data: {mode: fast}
`;
  const values = (pw: string) =>
    `extraObjects:\n  - apiVersion: v1\n    kind: Secret\n    metadata: {generateName: x-}\n    stringData: {password: ${pw}}\n`;

  it('a typed SecretList (items without kind) is reduced to digests too', async () => {
    const ws = workspace('mc-sec-secret-');
    write(
      ws,
      'sl.yaml',
      `apiVersion: v1\nkind: SecretList\nmetadata: {}\nitems:\n  - metadata: {name: a}\n    data: {token: ${B64}}\n    stringData: {pw: ${SECRET}}\n`,
    );
    expect((await snap(ws, ['sl.yaml'])).code).toBe(0);
    const text = readFileSync(join(ws, 'baseline.intoto.jsonl'), 'utf8');
    const payload = Buffer.from(JSON.parse(text).payload, 'base64').toString();
    expect(payload).not.toContain(SECRET);
    expect(payload).not.toContain(B64);
  });

  it('a Secret in a kind: List, and one embedded in Helm values: nowhere in snapshot, report or stdout', async () => {
    const ws = workspace('mc-sec-secret-');
    write(ws, 'list.yaml', list(SECRET, B64));
    write(ws, 'values.yaml', values(SECRET));
    const s = await snap(ws, ['list.yaml', 'values.yaml']);
    expect(s.code).toBe(0);
    const envText = readFileSync(join(ws, 'baseline.intoto.jsonl'), 'utf8');
    const payload = Buffer.from(JSON.parse(envText).payload, 'base64').toString();
    for (const t of [envText, payload, s.stdout, s.stderr]) {
      expect(t).not.toContain(SECRET);
      expect(t).not.toContain(B64);
    }
    expect(payload).toContain('"password":"sha256:');
    // change the secret: drift is reported with digests only
    write(ws, 'list.yaml', list('other-' + SECRET, Buffer.from('other').toString('base64')));
    write(ws, 'values.yaml', values('other-' + SECRET));
    const text = await verify(ws, ['list.yaml', 'values.yaml'], ['--report', 'r.json', '--markdown', 'r.md']);
    const json = await verify(ws, ['list.yaml', 'values.yaml'], ['--format', 'json']);
    expect(text.code).toBe(1);
    expect(json.code).toBe(1);
    expect(text.stdout).toContain('items[0].stringData.password');
    for (const t of [
      text.stdout,
      text.stderr,
      json.stdout,
      readFileSync(join(ws, 'r.json'), 'utf8'),
      readFileSync(join(ws, 'r.md'), 'utf8'),
    ]) {
      expect(t).not.toContain(SECRET);
      expect(t).not.toContain(B64);
    }
  });
});

describe('duplicate keys as the data would see them', () => {
  it('an alias key equal to a written key, and 1 vs "1", are duplicates (no silent last-wins)', () => {
    expect(() => parseConfigText('k: &k user\nm:\n  *k : bob\n  user: admin\n', 'a.yaml')).toThrow(/Map keys must be unique: "user" twice/);
    expect(() => parseConfigText('m: {1: a, "1": b}\n', 'b.yaml')).toThrow(/Map keys must be unique: "1" twice/);
    expect(() => parseConfigText('m: {~: a, "": b}\n', 'c.yaml')).toThrow(/Map keys must be unique/);
    // control: a merge key's entries may be overridden (YAML merge), and distinct keys pass
    expect(parseConfigText('b: &b {user: bob}\nm: {<<: *b, user: admin}\n', 'd.yaml')[0].value).toEqual({
      b: { user: 'bob' },
      m: { user: 'admin' },
    });
  });
});

describe('content the yaml library would drop silently is refused', () => {
  it('`? a` then `- b` in one block map (PyYAML: "while parsing a block mapping"): exit 2 naming the line', () => {
    expect(() => parseConfigText('spec:\n  policyTypes:\n  ? Egress\n  - Ingress\n', 'np.yaml')).toThrow(
      /np\.yaml:4: expected valid YAML 1\.2 \(content the parser would drop/,
    );
  });

  it('control: block scalars, quoted scalars, tags, flow collections, CRLF and a BOM are all kept', () => {
    const text =
      '\uFEFFa: |\r\n  hi\r\nb: >-\r\n  x\r\nc: "q"\r\nd: \'s\'\r\ne: &x [1, {k: v}]\r\nf: !!str 5\r\ng: *x\r\n---\r\n- ? k\r\n  : v\r\n';
    expect(parseConfigText(text, 'ok.yaml').map((d) => d.value)).toEqual([
      { a: 'hi\n', b: 'x', c: 'q', d: 's', e: [1, { k: 'v' }], f: '5', g: [1, { k: 'v' }] },
      [{ k: 'v' }],
    ]);
  });
});
