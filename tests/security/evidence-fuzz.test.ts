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
let original: string;
let jwks: string;

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
  expect((await mc(['evidence', 'pack', '--key', join(base, 'keys/private.pem'), '--out', 'pack', '--label', 'reports/a.json=region=US', 'reports/**'], { cwd: ws })).code).toBe(0);
  jwks = join(base, 'keys/jwks.json');
  original = readFileSync(join(ws, 'pack/evidence.intoto.jsonl'), 'utf8');
});

describe('evidence verify under mutation', () => {
  it('never crashes and never passes changed signed content (300 seeded mutations)', async () => {
    const rnd = prng(19);
    const alphabet = 'A/+=_-{}[]":,0\\n ';
    let passes = 0;
    for (let i = 0; i < 300; i++) {
      const b = Buffer.from(original);
      const pos = Math.floor(rnd() * b.length);
      let mutated: Buffer;
      switch (Math.floor(rnd() * 4)) {
        case 0: // flip one bit
          b[pos] ^= 1 << Math.floor(rnd() * 8);
          mutated = b;
          break;
        case 1: // truncate
          mutated = b.subarray(0, pos);
          break;
        case 2: // delete a short range
          mutated = Buffer.concat([b.subarray(0, pos), b.subarray(pos + 1 + Math.floor(rnd() * 8))]);
          break;
        default: // insert a structural character
          mutated = Buffer.concat([b.subarray(0, pos), Buffer.from(alphabet[Math.floor(rnd() * alphabet.length)]), b.subarray(pos)]);
      }
      writeFileSync(join(ws, 'pack/evidence.intoto.jsonl'), mutated);
      const r = await mc(['evidence', 'verify', 'pack', '--jwks', jwks], { cwd: ws });
      expect(r.stderr, `iteration ${i}`).not.toMatch(/internal error/);
      expect([0, 1, 2], `iteration ${i}`).toContain(r.code);
      if (r.code === 0) {
        passes++;
        expect(signedContent(mutated.toString('utf8')), `iteration ${i}: a pass on changed content`).toBe(signedContent(original));
      }
    }
    expect(passes).toBeLessThan(300);
    writeFileSync(join(ws, 'pack/evidence.intoto.jsonl'), original);
  });
});
