// The chunked worker path of pack and verify (src/evidence/hash-pool.ts) against the general path
// (manifestText, leafBytes, the `canonicalize` library, rootFromLeafHashes): on files with random
// names (escapes, non-ASCII), sizes (empty, one buffer and more) and descriptions, the payload bytes,
// the Merkle root and the per-file verdicts are the same, in workers and on the calling thread. A
// deliberately broken worker is caught by the same comparisons.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, unlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import canonicalizeLib from 'canonicalize';
import { canonicalJson } from '../../src/core/jcs.js';
import { makeStatement } from '../../src/core/statement.js';
import {
  FILE_DIFFERS,
  FILE_ERROR,
  FILE_NOT_REGULAR,
  FILE_OK,
  FILE_SKIPPED,
  FILE_TOO_LARGE,
  HashPool,
  type PoolJob,
} from '../../src/evidence/hash-pool.js';
import {
  MANIFEST_PREDICATE,
  PLAIN_PATH,
  entryMembers,
  fileLeafHashes,
  manifestPayload,
  type FileEntry,
  type MerkleInfo,
} from '../../src/evidence/manifest.js';
import { rootFromLeafHashes } from '../../src/evidence/merkle.js';
import { manifestText } from './manifest-ref.js';

const canonicalize = canonicalizeLib as unknown as (v: unknown) => string;
const tmp = mkdtempSync(join(tmpdir(), 'mc-hash-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const base = tmp + sep;

// a seeded generator: the same files every run
let seed = 17;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const NAMES = ['a', 'b c', 'é', 'quote"d', 'back\\slash', 'emoji-😀', 'tab\tx', 'x.json', 'y.tar.gz', 'z.md', '\u2028'];
const KINDS = ['file', 'gate-report', 'slo "snapshot"', 'ü'];
const LABELS: Record<string, string>[] = [{}, { region: 'US' }, { region: 'EU', tenant: 'T1' }, { 'é"': 'x\\y', a: '' }];
const MEDIA = ['text/plain', 'application/json', 'application/octet-stream'];

/** Writes `count` files with random names, contents and sizes; returns their entries (sorted by path). */
function makeFiles(dir: string, count: number): { entries: FileEntry[]; contents: Buffer[] } {
  const made = new Map<string, Buffer>();
  while (made.size < count) {
    const depth = rnd(3);
    const segs = Array.from({ length: depth + 1 }, () => `${NAMES[rnd(NAMES.length)]}${rnd(40)}`);
    const path = `${dir}/${segs.join('/')}`;
    if ([...made.keys()].some((p) => p.startsWith(path + '/') || path.startsWith(p + '/'))) continue;
    const sizes = [0, 1, 100, 1024, 4095, (1 << 20) - 1, 1 << 20, (1 << 20) + 7];
    const size = rnd(20) === 0 ? sizes[5 + rnd(3)] : sizes[rnd(5)];
    const data = Buffer.alloc(size, rnd(256));
    if (size) data[size - 1] = rnd(256);
    made.set(path, data);
  }
  const paths = [...made.keys()].sort();
  for (const p of paths) {
    mkdirSync(dirname(join(tmp, p)), { recursive: true });
    writeFileSync(join(tmp, p), made.get(p)!);
  }
  const entries = paths.map((path) => ({
    path,
    sha256: createHash('sha256').update(made.get(path)!).digest('hex'),
    size: made.get(path)!.length,
    kind: KINDS[rnd(KINDS.length)],
    labels: LABELS[rnd(LABELS.length)],
    mediaType: MEDIA[rnd(MEDIA.length)],
  }));
  return { entries, contents: paths.map((p) => made.get(p)!) };
}

/** The job the pack and verify code would give the pool for these entries. */
function job(entries: FileEntry[], mode: 'pack' | 'verify'): PoolJob {
  const table: string[] = [];
  const known = new Map<string, number>();
  const desc = new Uint32Array(entries.length);
  const pathJson: (string | undefined)[] = [];
  entries.forEach((e, i) => {
    const text = entryMembers(e.kind, e.labels, e.mediaType);
    let d = known.get(text);
    if (d === undefined) known.set(text, (d = table.push(text) - 1));
    desc[i] = d;
    if (!PLAIN_PATH.test(e.path)) pathJson[i] = canonicalJson(e.path);
  });
  const j: PoolJob = { mode, base, paths: entries.map((e) => e.path), desc, table, pathJson };
  if (mode === 'verify') {
    j.sizes = Float64Array.from(entries.map((e) => e.size));
    j.expected = entries.map((e) => e.sha256);
    j.open = new Uint8Array(entries.length).fill(1);
  }
  return j;
}

const release = { name: 'mc', version: 'v1', createdAt: '2026-12-01T00:00:00Z' };
const collection = { patterns: ['**'], exclude: [] };

/** The pool's payload and root next to the general path's (manifestText, and the library over the Statement). */
async function packBoth(entries: FileEntry[], pool: HashPool) {
  const r = await pool.run(job(entries, 'pack'));
  const root = Buffer.from(r.root).toString('hex');
  const merkle: MerkleInfo = { algorithm: 'RFC6962-SHA256', leaf: 'jcs-file-entry', treeSize: entries.length, root };
  const fast = manifestPayload(r.entries, r.subjects, merkle, release, collection);
  const general = manifestText(entries, release, collection, (leaves, n) => {
    expect(n).toBe(entries.length);
    return Buffer.from(rootFromLeafHashes(fileLeafHashes(entries))).toString('hex');
  });
  const statement = makeStatement(
    entries.map((e) => ({ name: e.path, digest: { sha256: e.sha256 } })),
    MANIFEST_PREDICATE,
    { release, collection, files: entries.map(({ sha256: _, ...rest }) => rest), merkle },
  );
  return { r, fast, general: general.payload, library: Buffer.from(canonicalize(statement)), root, generalRoot: general.merkle.root };
}

describe('hash pool (the chunked per-file path of pack and verify)', () => {
  const { entries } = makeFiles('p', 700);

  for (const [name, opts] of [
    ['in workers and the calling thread (chunks of 2^k files)', { workers: 1, inThreadBelow: 0 }],
    ['in workers only', { workers: 2, inThreadBelow: 0, callingThread: false }],
    ['on the calling thread', { inThreadBelow: 1e9 }],
  ] as const) {
    it(`pack ${name}: payload bytes and Merkle root equal the general path's and the library's`, async () => {
      const { r, fast, general, library, root, generalRoot } = await packBoth(entries, new HashPool(opts));
      expect([...r.status].every((s) => s === FILE_OK)).toBe(true);
      entries.forEach((e, i) => {
        expect(r.hex(i)).toBe(e.sha256);
        expect(r.sizes[i]).toBe(e.size);
      });
      expect(root).toBe(generalRoot);
      expect(fast.equals(general)).toBe(true);
      expect(fast.equals(library)).toBe(true);
    });
  }

  it('the same root for every tree size around the chunk boundaries (1..70 files, 1 and 3 workers)', async () => {
    for (const n of [1, 2, 3, 5, 8, 9, 16, 17, 31, 33, 64, 65, 70]) {
      const some = entries.slice(0, n);
      const want = Buffer.from(rootFromLeafHashes(fileLeafHashes(some))).toString('hex');
      for (const workers of [1, 3]) {
        const r = await new HashPool({ workers, inThreadBelow: 0, callingThread: workers === 1 }).run(job(some, 'pack'));
        expect(Buffer.from(r.root).toString('hex'), `${n} files, ${workers} workers`).toBe(want);
      }
    }
  });

  it('verify: each file ok, changed, grown, missing, a symlink or a FIFO, in workers and in-thread alike; the root is from the signed values', async () => {
    const { entries: v } = makeFiles('v', 300);
    const changed = v.findIndex((e) => e.size > 0);
    writeFileSync(join(tmp, v[changed].path), Buffer.alloc(v[changed].size, 0x7a)); // same size, other bytes
    const grown = v.findIndex((e, i) => i > changed && e.size < 5000);
    writeFileSync(join(tmp, v[grown].path), Buffer.alloc(v[grown].size + 3, 1));
    const missing = grown + 1;
    unlinkSync(join(tmp, v[missing].path));
    const link = missing + 1;
    unlinkSync(join(tmp, v[link].path));
    symlinkSync('/etc/passwd', join(tmp, v[link].path));
    const fifo = link + 1;
    unlinkSync(join(tmp, v[fifo].path));
    execFileSync('mkfifo', [join(tmp, v[fifo].path)]);
    const skipped = fifo + 1;
    const want = Buffer.from(rootFromLeafHashes(fileLeafHashes(v))).toString('hex');
    for (const opts of [{ workers: 2, inThreadBelow: 0 }, { workers: 2, inThreadBelow: 0, callingThread: false }, { inThreadBelow: 1e9 }]) {
      const j = job(v, 'verify');
      j.open![skipped] = 0;
      const r = await new HashPool(opts).run(j);
      const expected = v.map((_, i) =>
        i === changed
          ? FILE_DIFFERS
          : i === grown
            ? FILE_TOO_LARGE
            : i === missing
              ? FILE_ERROR
              : i === link || i === fifo
                ? FILE_NOT_REGULAR
                : i === skipped
                  ? FILE_SKIPPED
                  : FILE_OK,
      );
      expect([...r.status]).toEqual(expected);
      expect(r.differs.get(changed)).toBe(createHash('sha256').update(Buffer.alloc(v[changed].size, 0x7a)).digest('hex'));
      expect(r.sizes[grown]).toBe(v[grown].size + 1); // read to its signed size + 1 byte, no further
      expect(r.errors.get(missing)).toBe('ENOENT');
      expect(Buffer.from(r.root).toString('hex')).toBe(want);
    }
  });

  it('agrees with sha256sum around the one-read and buffer boundaries; verify reads at most the signed size + 1; a device is never read', async () => {
    const sizes = [0, 1, 1023, 1024, 1025, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 << 20];
    const entries: FileEntry[] = sizes.flatMap((n) =>
      [0, 1].map((r) => ({ path: `edge/f${r}-${n}`, sha256: '', size: n, kind: 'file', labels: {}, mediaType: 'text/plain' })),
    );
    mkdirSync(join(tmp, 'edge'), { recursive: true });
    entries.forEach((e, i) => writeFileSync(join(tmp, e.path), Buffer.alloc(e.size, i)));
    const ref = execFileSync(
      'sha256sum',
      entries.map((e) => e.path),
      { cwd: tmp, encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .map((l) => l.slice(0, 64));
    entries.forEach((e, i) => (e.sha256 = ref[i]));
    for (const opts of [{ workers: 2, inThreadBelow: 0 }, { inThreadBelow: 1e9 }]) {
      const packed = await new HashPool(opts).run(job(entries, 'pack'));
      expect(entries.map((_, i) => packed.hex(i))).toEqual(ref);
      // signed size = size: read and ok; signed size - 1: not read to its end (size + 1 bytes read at most)
      const same = await new HashPool(opts).run(job(entries, 'verify'));
      expect([...same.status].every((s) => s === FILE_OK)).toBe(true);
      const under = entries.map((e) => ({ ...e, size: Math.max(0, e.size - 1) }));
      const r = await new HashPool(opts).run(job(under, 'verify'));
      entries.forEach((e, i) => {
        expect(r.status[i], e.path).toBe(e.size === 0 ? FILE_OK : FILE_TOO_LARGE);
        if (e.size) expect(r.sizes[i]).toBe(e.size);
      });
    }
    // /dev/zero by its own path (base '/') and through a symbolic link: refused before any read, in pack and verify
    symlinkSync('/dev/zero', join(tmp, 'edge/zero'));
    for (const mode of ['pack', 'verify'] as const) {
      const dev: PoolJob = {
        mode,
        base: '/',
        paths: ['dev/zero', tmp.slice(1) + '/edge/zero'],
        desc: new Uint32Array(2),
        table: [entryMembers('file', {}, 'x')],
        pathJson: [],
      };
      if (mode === 'verify')
        Object.assign(dev, { sizes: new Float64Array([5, 5]), expected: ['0'.repeat(64), '0'.repeat(64)], open: new Uint8Array([1, 1]) });
      const r = await new HashPool({ inThreadBelow: 1e9 }).run(dev);
      expect([...r.status], mode).toEqual([FILE_NOT_REGULAR, FILE_NOT_REGULAR]);
      expect([...r.sizes]).toEqual([0, 0]);
    }
  });

  it('a deliberately broken worker is caught: payload, root or verdicts differ from the general path', async () => {
    const breaks: [string, (s: string) => string][] = [
      ['an entry member spelled differently', (s) => s.replace(`',"path":'`, `',"path" :'`)],
      [
        'a leaf without its size',
        (s) => s.replace(`LEAF_HEAD + digest + this.leafMid[d] + name + tail`, `LEAF_HEAD + digest + this.leafMid[d] + name + '}'`),
      ],
      ['a subject without its separator', (s) => s.replace(`subjects.join(',')`, `subjects.join('')`)],
      [
        'a digest from the wrong bytes',
        (s) =>
          s.replace(
            `hex = crypto.hash('sha256', buf.subarray(0, first), 'hex');`,
            `hex = crypto.hash('sha256', buf.subarray(0, first ? first - 1 : 0), 'hex');`,
          ),
      ],
    ];
    for (const [what, transformSource] of breaks) {
      for (const opts of [{ workers: 2, inThreadBelow: 0, callingThread: false }, { inThreadBelow: 1e9 }]) {
        let changed = false;
        const pool = new HashPool({
          ...opts,
          transformSource: (s) => {
            const t = transformSource(s);
            changed = t !== s;
            return t;
          },
        });
        expect(changed, `${what}: the mutation applies to the current source`).toBe(true);
        const { fast, general, root, generalRoot } = await packBoth(entries, pool);
        expect(fast.equals(general) && root === generalRoot, what).toBe(false);
      }
    }
  });
});

describe('envelopeJson (pack line 1 without re-serializing the payload)', () => {
  it('equals JSON.stringify for envelopes made by signEnvelope and for odd ones (URL-safe or escaped payloads, other member orders)', async () => {
    const { generateKey } = await import('../../src/core/ed25519.js');
    const { signEnvelope } = await import('../../src/core/dsse.js');
    const { envelopeJson } = await import('../../src/evidence/pack.js');
    const key = await generateKey();
    const made = signEnvelope(Buffer.from('{"a":"é\u2028"}'), 'application/vnd.in-toto+json', [key]);
    const odd = [
      made,
      { ...made, payload: made.payload.replace(/=+$/, '') }, // unpadded
      { ...made, payload: '-_-_' }, // URL-safe alphabet
      { ...made, payload: 'ab"c\\d\u0001é' }, // characters JSON escapes
      { payloadType: made.payloadType, payload: made.payload, signatures: made.signatures }, // payload not first
      { ...made, signatures: [{ keyid: 'kë"y', sig: 'AA==' }] },
    ];
    for (const env of odd) expect(envelopeJson(env, '\nx\n').toString('utf8')).toBe(JSON.stringify(env) + '\nx\n');
  });
});
