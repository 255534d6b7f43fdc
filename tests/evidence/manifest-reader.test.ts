// The one-pass manifest reader (src/evidence/manifest-reader.ts) against the general path
// (parseStatement: JSON.parse and the duplicate scan; then checkManifest): on manifests pack writes
// (random names, labels, kinds) it returns the same files; on any change to the bytes (fast-check
// mutations, and hand-made variants: whitespace, member order, extra members, duplicates, escapes,
// numbers written otherwise, bad UTF-8) it either returns what the general path returns or steps
// aside (undefined), never a different reading. A deliberately wrong reader fails the same check.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseStatement, type Statement } from '../../src/core/statement.js';
import { ManifestStream, readManifest, type ManifestRead } from '../../src/evidence/manifest-reader.js';
import { canonicalJson } from '../../src/core/jcs.js';
import { MANIFEST_PREDICATE, PLAIN_PATH, entryMembers, type FileEntry, type ManifestPredicate } from '../../src/evidence/manifest.js';
import { manifestText } from './manifest-ref.js';
import { checkManifest } from '../../src/evidence/shape.js';

const release = { name: 'mc', version: 'v1.0.0', commit: 'abc', createdAt: '2026-12-01T00:00:00Z' };
const collection = { patterns: ['reports/**', 'notes'], exclude: ['x/**'] };

const name = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,8}(\/[a-z0-9._-]{1,8}){0,3}$/),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('é/ü.txt', 'quote"d', 'back\\slash', '\u2028', 'emoji😀', 'tab\tx'),
);
const entry = fc.record({
  path: name,
  sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
  size: fc.oneof(fc.nat(), fc.constantFrom(0, Number.MAX_SAFE_INTEGER)),
  kind: fc.oneof(fc.constantFrom('file', 'gate-report'), fc.string({ maxLength: 6 })),
  mediaType: fc.constantFrom('text/plain', 'application/json', 'a"b'),
  labels: fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 })),
});
const manifestFiles = fc
  .uniqueArray(entry, { maxLength: 30, selector: (e) => e.path })
  .map((es) => es.sort((a, b) => (a.path < b.path ? -1 : 1)));

const payloadOf = (files: FileEntry[]): Buffer => manifestText(files, release, collection, () => 'ab'.repeat(32)).payload;

/** The general path's reading: the files and the other members, or 'refused' when it throws. */
function general(payload: Uint8Array): { files: FileEntry[]; predicate: unknown } | 'refused' {
  try {
    const st = parseStatement<ManifestPredicate>(payload, 'p', MANIFEST_PREDICATE);
    const files = checkManifest(st, 'p');
    const { files: _, ...rest } = st.predicate;
    return { files, predicate: rest };
  } catch {
    return 'refused';
  }
}

/** The reader's reading in the same form, with its own shape checks of the other members. */
function fast(read: ManifestRead | undefined): { files: FileEntry[]; predicate: unknown } | 'refused' | undefined {
  if (!read) return undefined;
  try {
    checkManifest(read.statement as Statement<ManifestPredicate>, 'p');
  } catch {
    return 'refused';
  }
  // the description texts the workers hash into the leaves belong to each file
  const tableOk = read.files.every((f, i) => read.table[read.desc[i]] === entryMembers(f.kind, f.labels, f.mediaType));
  const { files: _, ...rest } = read.statement.predicate;
  return { files: read.files.map((f) => ({ ...f })), predicate: tableOk ? rest : "a description text that is not the entry's" };
}

/** The reader either steps aside or reads exactly what the general path reads. */
function agrees(payload: Uint8Array, reader: (p: Uint8Array) => ManifestRead | undefined = readManifest): boolean {
  const f = fast(reader(payload));
  if (f === undefined) return true;
  const g = general(payload);
  if (g === 'refused' || f === 'refused') return g === f;
  const norm = (x: { files: FileEntry[]; predicate: unknown }) =>
    JSON.stringify({ ...x, files: x.files.map((e) => [e.path, e.sha256, e.size, e.kind, e.mediaType, e.labels]) });
  // JSON.stringify keeps lone surrogates apart (escaped), so equal texts are equal values
  return norm(f) === norm(g);
}

describe('one-pass manifest reader', () => {
  it('reads every manifest pack writes, as the general path does (fast-check, 300 manifests)', () => {
    fc.assert(
      fc.property(manifestFiles, (files) => {
        const p = payloadOf(files);
        const read = readManifest(p);
        expect(read).toBeDefined();
        expect(agrees(p)).toBe(true);
        expect(read!.files.map((f) => f.path)).toEqual(files.map((f) => f.path));
      }),
      { numRuns: 300 },
    );
  });

  it('steps aside or agrees on any changed byte, inserted or removed byte (fast-check, 3,000 mutations)', () => {
    fc.assert(
      fc.property(
        manifestFiles,
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        fc.constantFrom('set', 'insert', 'delete'),
        (files, pos, byte, op) => {
          const p = payloadOf(files);
          const at = pos % p.length;
          const m =
            op === 'set'
              ? Buffer.from(p).fill(byte, at, at + 1)
              : op === 'insert'
                ? Buffer.concat([p.subarray(0, at), Buffer.of(byte), p.subarray(at)])
                : Buffer.concat([p.subarray(0, at), p.subarray(at + 1)]);
          expect(agrees(m)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('read a few files at a time (ManifestStream, as verify reads while it hashes), it agrees or steps aside alike, on manifests and mutations (fast-check, 2,000)', () => {
    /** ManifestStream read `step` files at a time; the path texts it gives the workers are checked here */
    const stepped =
      (step: number) =>
      (x: Uint8Array): ManifestRead | undefined => {
        const m = ManifestStream.open(x);
        if (!m) return undefined;
        for (let got; (got = m.read(step)) !== 0;) {
          if (got === undefined) return undefined;
          expect(got).toBeLessThanOrEqual(step);
        }
        if (!m.done) return undefined;
        m.files.forEach((f, i) => expect(m.pathJson[i]).toBe(PLAIN_PATH.test(f.path) ? undefined : canonicalJson(f.path)));
        return { statement: m.statement, files: m.files, desc: Uint32Array.from(m.descOf), table: m.table };
      };
    fc.assert(
      fc.property(
        manifestFiles,
        fc.integer({ min: 1, max: 7 }),
        fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }))),
        (files, step, mutation) => {
          let p = payloadOf(files);
          if (mutation) {
            p = Buffer.from(p);
            p[mutation[0] % p.length] = mutation[1];
          } else expect(stepped(step)(p)?.files.length).toBe(files.length);
          expect(agrees(p, stepped(step))).toBe(true);
          // the same reading as in one go, or none by either
          expect(JSON.stringify(stepped(step)(p)?.files)).toBe(JSON.stringify(readManifest(p)?.files));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('steps aside on hand-made variants the general path reads otherwise or refuses; reads escapes as JSON.parse does', () => {
    const files: FileEntry[] = [
      { path: 'a/b.txt', sha256: 'a'.repeat(64), size: 12, kind: 'file', mediaType: 'text/plain', labels: { region: 'US' } },
      { path: 'a/c.txt', sha256: 'b'.repeat(64), size: 0, kind: 'file', mediaType: 'text/plain', labels: {} },
    ];
    const text = payloadOf(files).toString('utf8');
    const variants: [string, string][] = [
      ['whitespace', text.replace('"files":[', '"files": [')],
      ['extra member in an entry', text.replace('"size":12}', '"size":12,"x":1}')],
      ['member order', text.replace('{"kind":"file","labels":{"region":"US"}', '{"labels":{"region":"US"},"kind":"file"}')],
      ['duplicate label', text.replace('{"region":"US"}', '{"region":"US","region":"EU"}')],
      ['size with a leading zero', text.replace('"size":12}', '"size":012}')],
      ['size as a fraction', text.replace('"size":12}', '"size":12.0}')],
      ['size beyond 2^53', text.replace('"size":12}', '"size":9007199254740993}')],
      ['negative size', text.replace('"size":12}', '"size":-12}')],
      ['uppercase digest', text.replace('a'.repeat(64), 'A'.repeat(64))],
      ['subject named differently', text.replace('"name":"a/c.txt"', '"name":"a/d.txt"')],
      ['a subject missing', text.replace(/,\{"digest":\{"sha256":"b+"\},"name":"a\/c\.txt"\}/, '')],
      ['labels not strings', text.replace('{"region":"US"}', '{"region":1}')],
      ['kind not a string', text.replace('"kind":"file","labels":{"region":"US"}', '"kind":null,"labels":{"region":"US"}')],
      ['trailing bytes', text + ' '],
      ['truncated', text.slice(0, -1)],
    ];
    for (const [what, v] of variants) {
      expect(v, what).not.toBe(text);
      expect(readManifest(Buffer.from(v)), what).toBeUndefined();
      expect(agrees(Buffer.from(v)), what).toBe(true);
    }
    // an escape in a path (and its subject's name, the same text) is read through JSON.parse: the same
    // value as the general path's; the same string spelled otherwise in the subject is the general path's
    const escaped = Buffer.from(
      text.replace('"path":"a/b.txt"', '"path":"a/\\u0062.txt"').replace('"name":"a/b.txt"', '"name":"a/\\u0062.txt"'),
    );
    expect(readManifest(escaped)?.files[0].path).toBe('a/b.txt');
    expect(agrees(escaped)).toBe(true);
    const spelledOtherwise = Buffer.from(text.replace('"path":"a/b.txt"', '"path":"a/\\u0062.txt"'));
    expect(readManifest(spelledOtherwise)).toBeUndefined();
    expect(general(spelledOtherwise)).not.toBe('refused');
    // paths out of order or repeated (pack writes them strictly increasing): the general path's to read or refuse
    const swapped = payloadOf([files[1], files[0]]);
    expect(readManifest(swapped)).toBeUndefined();
    expect(general(swapped)).not.toBe('refused');
    const twice = payloadOf([files[0], { ...files[0], sha256: 'c'.repeat(64) }]);
    expect(readManifest(twice)).toBeUndefined();
    expect(general(twice)).toBe('refused');
    const bad = Buffer.from(text);
    bad[bad.indexOf('b.txt')] = 0xff; // invalid UTF-8
    expect(readManifest(bad)).toBeUndefined();
  });

  it('a deliberately wrong reader (labels dropped, or one digest swapped) fails the same comparison', () => {
    const files: FileEntry[] = [
      { path: 'a', sha256: 'a'.repeat(64), size: 1, kind: 'file', mediaType: 'text/plain', labels: { region: 'US' } },
      { path: 'b', sha256: 'b'.repeat(64), size: 2, kind: 'file', mediaType: 'text/plain', labels: {} },
    ];
    const p = payloadOf(files);
    expect(agrees(p)).toBe(true);
    const dropLabels = (x: Uint8Array) => {
      const r = readManifest(x)!;
      return { ...r, files: r.files.map((f) => ({ ...f, labels: {} })) };
    };
    const swapDigest = (x: Uint8Array) => {
      const r = readManifest(x)!;
      return { ...r, files: r.files.map((f, i) => ({ ...f, sha256: r.files[1 - i].sha256 })) };
    };
    expect(agrees(p, dropLabels)).toBe(false);
    expect(agrees(p, swapDigest)).toBe(false);
  });
});

describe('parseJsonlEnvelope: line 1 with the payload cut out as is', () => {
  it('equals JSON.parse of the whole line, or refuses alike, on envelopes written in other ways', async () => {
    const { parseJsonlEnvelope } = await import('../../src/core/statement.js');
    const { parseEnvelope } = await import('../../src/core/dsse.js');
    const { findDuplicateKey } = await import('../../src/core/json.js');
    const general = (text: string) => {
      try {
        const first = text.split('\n', 1)[0].trim();
        const v = JSON.parse(first);
        if (findDuplicateKey(first) !== undefined) return 'refused';
        return JSON.stringify(parseEnvelope(v, 'x'));
      } catch {
        return 'refused';
      }
    };
    const ours = (text: string) => {
      try {
        return JSON.stringify(parseJsonlEnvelope(text, 'x'));
      } catch {
        return 'refused';
      }
    };
    const p = Buffer.alloc(100_000, 7).toString('base64');
    const sigs = '"signatures":[{"keyid":"k","sig":"AA=="}]';
    const lines = [
      `{"payload":"${p}","payloadType":"application/vnd.in-toto+json",${sigs}}\n{"x":1}\n`,
      `{"payload":"${p}","payloadType":"t",${sigs}}\r\n`,
      `{"payload":"${p}","payloadType":"t",${sigs}}   `,
      `  {"payload":"${p}","payloadType":"t",${sigs}}`,
      `{"payload":"${p}","payloadType":"t",${sigs},"payload":"AAAA"}`, // duplicate member
      `{"payload":"${p}\\u0041","payloadType":"t",${sigs}}`, // an escape in the payload
      `{"payload":"ab\\"cd","payloadType":"t",${sigs}}`, // an escaped quote
      `{"payload":"${p}","payloadType":"t","signatures":{}}`, // not an envelope
      `{"payload":"${p}-_","payloadType":"t",${sigs}}`, // URL-safe characters
      `{"payload":"${p}","payloadType":"t",${sigs}`, // truncated
      `{"payload":"${p}"\n,"payloadType":"t",${sigs}}`, // a line break inside
      `{"payload":"","payloadType":"t",${sigs}}`,
      `{"payload":"é","payloadType":"t",${sigs}}`,
    ];
    for (const line of lines) expect(ours(line), line.slice(0, 20) + line.slice(-60)).toBe(general(line));
    expect(ours(lines[0])).not.toBe('refused');
    expect(ours(lines[5])).toBe('refused'); // an 'A' after the padding, once unescaped: refused by both
  });
});
