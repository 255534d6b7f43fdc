import { describe, expect, it } from 'vitest';
import { addTo, memoized } from '../../src/grounding/memo.js';

describe('memoized', () => {
  it('computes once per object, by identity, remembering undefined results too', () => {
    let calls = 0;
    const first = memoized((xs: number[]) => {
      calls++;
      return xs.find((x) => x > 10);
    });
    const a = [1, 2];
    const b = [1, 2];
    expect(first(a)).toBeUndefined();
    expect(first(a)).toBeUndefined();
    expect(calls).toBe(1);
    expect(first(b)).toBeUndefined(); // an equal array is another key
    expect(calls).toBe(2);
    expect(first([20])).toBe(20);
  });
});

describe('addTo', () => {
  it('keeps the values of each key in the order they came', () => {
    const index = new Map<string, number[]>();
    addTo(index, 'a', 1);
    addTo(index, 'b', 2);
    addTo(index, 'a', 3);
    expect([...index]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
});
