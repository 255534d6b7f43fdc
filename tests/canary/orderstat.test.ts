/**
 * Exact order statistics of pairwise differences (the exact judge's roots and Hodges-Lehmann
 * estimate) against brute force: every difference computed and sorted.
 */
import { describe, expect, it } from 'vitest';
import { kthDifference, prepare } from '../../src/canary/mannwhitney.js';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 4294967296);
}

describe('kthDifference', () => {
  const r = rng(7);
  const shapes: [string, () => number][] = [
    ['continuous', () => r() * 10],
    ['heavy ties', () => (r() < 0.7 ? 0 : Math.floor(r() * 4))],
    ['two values', () => (r() < 0.5 ? 1 : 2)],
    ['tiny scale', () => r() * 1e-7],
    ['mixed signs and tails', () => (r() - 0.5) / Math.max(1e-3, r())],
  ];
  for (const [name, f] of shapes) {
    it(`${name}: every k matches the sorted brute-force differences`, () => {
      for (const [nx, ny] of [
        [1, 1],
        [1, 7],
        [9, 4],
        [40, 37],
        [130, 120],
      ]) {
        const x = Array.from({ length: nx }, f);
        const y = Array.from({ length: ny }, f);
        const s = prepare(x, y);
        const all = Float64Array.from(x.flatMap((a) => y.map((b) => a - b))).sort();
        const ks =
          all.length <= 200
            ? all.map((_, i) => i + 1)
            : [1, 2, 3, Math.floor(all.length / 3), Math.floor(all.length / 2), Math.floor(all.length / 2) + 1, all.length - 1, all.length];
        for (const k of ks) expect(kthDifference(s, k), `${name} ${nx}x${ny} k=${k}`).toBe(all[k - 1]);
      }
    });
  }
});
