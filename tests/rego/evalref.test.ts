// evalRef reads a document as OPA's Data API does: false is a value, not undefined.
import { describe, expect, it } from 'vitest';
import { compile, evalRef } from '../../src/rego/index.js';

describe('evalRef', () => {
  const c = compile([{ path: 'p.rego', text: 'package p\n\nallow := false\n\ndeny contains "x" if input.bad\n\nobj := {"a": 1}\n' }]);
  it('returns false as a defined value', () => expect(evalRef(c, 'data.p.allow')).toEqual({ defined: true, value: false }));
  it('returns sets and objects as plain JSON', () => {
    expect(evalRef(c, 'data.p.deny', { input: { bad: true } })).toEqual({ defined: true, value: ['x'] });
    expect(evalRef(c, 'data.p.obj')).toEqual({ defined: true, value: { a: 1 } });
  });
  it('is undefined for a missing document', () => expect(evalRef(c, 'data.p.nope')).toEqual({ defined: false }));
});
