// Mutation fuzzing of `mc evidence verify` (seeded, reproducible): random byte flips, truncations,
// deletions and insertions in a valid pack never crash ("internal error"), never hang, and never
// pass unless the signed content (payloadType and payload bytes of both lines) is unchanged (a
// mutation in a base64 character's unused bits decodes to the same bytes).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mc } from '../helpers/cli.js';

let ws: string;
let jwks: string;
let key: string;

/** mulberry32: a small seeded PRNG, so every failure is reproducible from its iteration number. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** payloadType and decoded payload of each line, or null when a line is not an envelope. */
function signedContent(text: string): string | null {
  try {
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const e = JSON.parse(l);
        return `${e.payloadType}|${Buffer.from(String(e.payload).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('hex')}`;
      })
      .join('\n');
  } catch {
    return null;
  }
}

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'mc-fuzz-'));
  expect((await mc(['keygen', '--out', join(base, 'keys')])).code).toBe(0);
  ws = join(base, 'ws');
  mkdirSync(join(ws, 'reports'), { recursive: true });
  writeFileSync(join(ws, 'reports/a.json'), '{"a":1}\n');
  writeFileSync(join(ws, 'reports/b.md'), '# b\n');
  expect(
    (
      await mc(
        ['evidence', 'pack', '--key', join(base, 'keys/private.pem'), '--out', 'pack', '--label', 'reports/a.json=region=US', 'reports/**'],
        { cwd: ws },
      )
    ).code,
  ).toBe(0);
  jwks = join(base, 'keys/jwks.json');
  key = join(base, 'keys/private.pem');
});

function mutate(original: string, rnd: () => number): Buffer {
  const alphabet = 'A/+=_-{}[]":,0\n ';
  const b = Buffer.from(original);
  const pos = Math.floor(rnd() * b.length);
  switch (Math.floor(rnd() * 4)) {
    case 0: // flip one bit
      b[pos] ^= 1 << Math.floor(rnd() * 8);
      return b;
    case 1: // truncate
      return b.subarray(0, pos);
    case 2: // delete a short range
      return Buffer.concat([b.subarray(0, pos), b.subarray(pos + 1 + Math.floor(rnd() * 8))]);
    default: // insert a structural character
      return Buffer.concat([b.subarray(0, pos), Buffer.from(alphabet[Math.floor(rnd() * alphabet.length)]), b.subarray(pos)]);
  }
}

async function fuzz(file: string, packDir: string, seed: number, runs: number) {
  const original = readFileSync(file, 'utf8');
  const rnd = prng(seed);
  let passes = 0;
  for (let i = 0; i < runs; i++) {
    const mutated = mutate(original, rnd);
    writeFileSync(file, mutated);
    const r = await mc(['evidence', 'verify', packDir, '--jwks', jwks], { cwd: ws });
    expect(r.stderr, `iteration ${i}`).not.toMatch(/internal error/);
    expect([0, 1, 2], `iteration ${i}`).toContain(r.code);
    if (r.code === 0) {
      passes++;
      expect(signedContent(mutated.toString('utf8')), `iteration ${i}: a pass on changed content`).toBe(signedContent(original));
    }
  }
  writeFileSync(file, original);
  expect(passes).toBeLessThan(runs);
}

describe('evidence verify under mutation', () => {
  it('a pack: never crashes and never passes changed signed content (300 seeded mutations)', async () => {
    await fuzz(join(ws, 'pack/evidence.intoto.jsonl'), 'pack', 19, 300);
  });

  it('a disclosure: the same (200 seeded mutations)', async () => {
    expect(
      (await mc(['evidence', 'disclose', 'pack', '--region', 'US', '--out', 'disc', '--jwks', jwks, '--key', key], { cwd: ws })).code,
    ).toBe(0);
    expect((await mc(['evidence', 'verify', 'disc', '--jwks', jwks], { cwd: ws })).code).toBe(0);
    await fuzz(join(ws, 'disc/disclosure.intoto.jsonl'), 'disc', 4, 200);
  });
});
