// canonicalJson's fast path (src/core/jcs.ts) against the `canonicalize` library it stands in for:
// on random JSON values, random evidence manifests and the odd values the fast path hands back to
// the library, the output is byte-identical to canonicalize() of the whole value, or both throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import canonicalizeLib from 'canonicalize';
import { canonicalJson } from '../../src/core/jcs.js';
import { makeStatement } from '../../src/core/statement.js';
import { MANIFEST_PREDICATE, leafBytes } from '../../src/evidence/manifest.js';
import { manifestText } from './manifest-ref.js';
import { leafHash, rootFromLeafHashes, rootFromPackedLeaves } from '../../src/evidence/merkle.js';

const canonicalize = canonicalizeLib as unknown as (v: unknown) => string | undefined;

/** The library's verdict: its text, or 'throws'. */
function oracle(v: unknown): string {
  try {
    const s = canonicalize(v);
    return s === undefined ? 'throws' : s;
  } catch {
    return 'throws';
  }
}
function ours(v: unknown): string {
  try {
    return canonicalJson(v);
  } catch {
    return 'throws';
  }
}

// strings: printable ASCII (the fast path), any UTF-16 code units (escapes, astral pairs, lone surrogates)
const str = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.constantFrom('"', '\\', '\u2028', '\ud800', '\udc00x', '\ud83d\ude00', 'é', '\u007f', '\u0000'),
);
const num = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, 1e21, 1e-7, 5e-324, Number.MAX_SAFE_INTEGER + 2, 0.1 + 0.2, NaN, Infinity),
);
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, str, num, fc.boolean(), fc.constant(null), tie('arr'), tie('obj')),
  arr: fc.array(tie('v'), { maxLength: 6 }),
  obj: fc.dictionary(str, tie('v'), { maxKeys: 6 }),
})).v;

describe('canonicalJson fast path equals the canonicalize library', () => {
  it('on random JSON values (fast-check, 3,000 runs)', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(ours(v)).toBe(oracle(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('on random evidence manifests (the statement evidence pack signs)', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
    const path = fc.oneof(fc.stringMatching(/^[a-z0-9_./-]{1,40}$/), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }));
    const labels = fc.dictionary(fc.oneof(fc.constantFrom('region', 'tenant', 'é', 'Z', 'a'), str), str, { maxKeys: 4 });
    const entry = fc.record({
      path,
      sha256: hex,
      size: fc.nat(),
      kind: fc.oneof(fc.constantFrom('file', 'report'), str),
      mediaType: fc.constantFrom('application/json', 'text/plain'),
      labels,
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), str, (files, name) => {
        const st = makeStatement(
          files.map((f) => ({ name: f.path, digest: { sha256: f.sha256 } })),
          MANIFEST_PREDICATE,
          {
            release: { name, version: '1.0.0', createdAt: '2026-01-01T00:00:00Z' },
            collection: { patterns: ['**'], exclude: [] },
            files: files.map(({ path: p, size, kind, mediaType, labels: l }) => ({ path: p, size, kind, mediaType, labels: l })),
            merkle: { algorithm: 'RFC6962-SHA256', leaf: 'jcs-file-entry', treeSize: files.length, root: '0'.repeat(64) },
          },
        );
        expect(ours(st)).toBe(oracle(st));
      }),
      { numRuns: 300 },
    );
  });

  it('the manifest payload (manifestPayload over entry and subject texts, as the hash pool writes them; packedLeafHashes) equals the library on the whole Statement', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
    const path = fc.oneof(fc.stringMatching(/^[a-z0-9_./-]{1,40}$/), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }));
    const labels = fc.dictionary(fc.oneof(fc.constantFrom('region', 'tenant', 'é', 'Z', 'a'), str), str, { maxKeys: 4 });
    const entry = fc.record({
      path,
      sha256: hex,
      size: fc.oneof(fc.nat(), fc.constantFrom(0, Number.MAX_SAFE_INTEGER)),
      kind: fc.oneof(fc.constantFrom('file', 'report'), str),
      mediaType: fc.oneof(fc.constantFrom('application/json', 'text/plain'), str),
      labels,
    });
    const release = fc.record(
      { name: str, version: str, commit: fc.option(str, { nil: undefined }), run: fc.option(str, { nil: undefined }), createdAt: str },
      { requiredKeys: ['name', 'version', 'createdAt'] },
    );
    const collection = fc.record({ patterns: fc.array(str, { maxLength: 3 }), exclude: fc.array(str, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), release, collection, (files, rel, coll) => {
        let text: string;
        try {
          text = manifestText(files, rel, coll, (leaves, n) =>
            Buffer.from(rootFromPackedLeaves(leaves, n)).toString('hex'),
          ).payload.toString('utf8');
        } catch {
          text = 'throws';
        }
        let leaves: Uint8Array[];
        try {
          leaves = files.map((f) => leafHash(leafBytes(f)));
        } catch {
          expect(text).toBe('throws'); // a lone surrogate: not representable, both refuse
          return;
        }
        const st = makeStatement(
          files.map((f) => ({ name: f.path, digest: { sha256: f.sha256 } })),
          MANIFEST_PREDICATE,
          {
            collection: coll,
            files: files.map(({ path: p, size, kind, mediaType, labels: l }) => ({ path: p, size, kind, mediaType, labels: l })),
            merkle: {
              algorithm: 'RFC6962-SHA256',
              leaf: 'jcs-file-entry',
              treeSize: files.length,
              root: Buffer.from(rootFromLeafHashes(leaves)).toString('hex'),
            },
            release: rel,
          },
        );
        expect(text).toBe(oracle(st));
      }),
      { numRuns: 300 },
    );
  });

  it('hands the odd values back to the library and agrees with it', () => {
    class Point {
      x = 1;
    }
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    let deep: unknown = 1;
    for (let i = 0; i < 600; i++) deep = [deep];
    const odd: unknown[] = [
      { a: undefined, b: 1 },
      [undefined, 1],
      { f: () => 1 },
      [Symbol('s')],
      { s: Symbol('s') },
      { toJSON: () => ({ z: 1, a: 2 }) },
      new Date(0),
      new Point(),
      Object.assign(Object.create(null), { b: 1, a: 2 }),
      { '\ud800': 1 },
      { 'b\u00e9': 1, b: 2, '\u20ac': 3, '\ud83d\ude00': 4, '\uffff': 5 },
      [1, , 3], // eslint-disable-line no-sparse-arrays
      cyclic,
      deep,
      NaN,
      -Infinity,
      undefined,
    ];
    for (const v of odd) expect(ours(v)).toBe(oracle(v));
  });

  it('still writes bigints exactly (the one documented deviation)', () => {
    expect(canonicalJson({ b: 12345678901234567890n, a: [1n, 'x'] })).toBe('{"a":[1,"x"],"b":12345678901234567890}');
  });
});
