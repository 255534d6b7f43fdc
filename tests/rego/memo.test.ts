// Function results are memoised per argument value within one evaluation (src/rego/eval.ts,
// callFunction): arguments equal as Rego values share a result, arguments that differ (in type,
// or strings that look like another value's memo key) never do.
import { describe, expect, it } from 'vitest';
import { compile, evalRef } from '../../src/rego/index.js';

const POLICY = `package t

f(x) := type_name(x)
g(a, b) := [a, b]

types := [f("1"), f(1), f(["1"]), f({"1"}), f("\\u0000N1"), f(1.0), f(null), f(true), f("true")]
pairs := [g("a", "b"), g("ab", ""), g("", "ab"), g("a,b", ""), g(1, "1"), g("1", 1)]
`;

describe('function memoisation', () => {
  const c = compile([{ path: 'p.rego', text: POLICY }]);
  it('keeps arguments of different types apart', () => {
    expect(evalRef(c, 'data.t.types').value).toEqual(['string', 'number', 'array', 'set', 'string', 'number', 'null', 'boolean', 'string']);
  });
  it('keeps multi-argument calls apart where joined keys would collide', () => {
    expect(evalRef(c, 'data.t.pairs').value).toEqual([
      ['a', 'b'],
      ['ab', ''],
      ['', 'ab'],
      ['a,b', ''],
      [1, '1'],
      ['1', 1],
    ]);
  });
});
