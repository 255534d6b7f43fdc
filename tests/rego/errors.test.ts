// Bad policies fail with OPA-shaped errors (code, message, file:row:col); evaluation errors too.
import { describe, expect, it } from 'vitest';
import { compile, evaluate, RegoErrors, type RegoError } from '../../src/rego/index.js';

function compileErr(text: string, path = 'policy.rego'): RegoError[] {
  try {
    compile([{ path, text }]);
  } catch (e) {
    expect(e).toBeInstanceOf(RegoErrors);
    return (e as RegoErrors).errors;
  }
  throw new Error('expected a compile error');
}

describe('compile errors in OPA shape', () => {
  it('syntax error: rego_parse_error with file, row and col', () => {
    const errs = compileErr('package p\n\nallow if {\n  input.x ==\n}\n');
    expect(errs[0].code).toBe('rego_parse_error');
    expect(errs[0].location).toEqual({ file: 'policy.rego', row: 5, col: 1 });
  });
  it('missing package', () => {
    expect(compileErr('allow := true')[0]).toMatchObject({
      code: 'rego_parse_error',
      message: 'package expected',
      location: { row: 1, col: 1 },
    });
  });
  it('v0 rule body without `if` is rejected in v1', () => {
    expect(compileErr('package p\nallow { true }')[0].code).toBe('rego_parse_error');
  });
  it('unsafe variable: rego_unsafe_var_error naming the var', () => {
    const errs = compileErr('package p\n\ndeny contains msg if {\n  x > 1\n  msg := "m"\n}\n');
    expect(errs).toEqual([
      { code: 'rego_unsafe_var_error', message: 'var x is unsafe', location: { file: 'policy.rego', row: 4, col: 3 } },
    ]);
  });
  it('unsafe variable: the location points at the variable', () => {
    const errs = compileErr('package p\nx if {\n  z := [1, y]\n  z[0] == 1\n}\n');
    expect(errs).toContainEqual({
      code: 'rego_unsafe_var_error',
      message: 'var y is unsafe',
      location: { file: 'policy.rego', row: 3, col: 12 },
    });
  });
  it('unsafe head variable', () => {
    expect(compileErr('package p\np[x] := 1 if { true }')[0]).toMatchObject({ code: 'rego_unsafe_var_error', message: 'var x is unsafe' });
  });
  it('recursion: rego_recursion_error with the cycle', () => {
    const errs = compileErr('package p\na if b\nb if a\n');
    expect(errs[0].code).toBe('rego_recursion_error');
    expect(errs[0].message).toMatch(/rule data\.p\.[ab] is recursive: data\.p\.[ab] -> data\.p\.[ab] -> data\.p\.[ab]/);
    expect(errs[0].location?.file).toBe('policy.rego');
  });
  it('unsupported OPA builtin is a compile error naming it', () => {
    const errs = compileErr('package p\nx := crypto.parse_private_keys("k")\n');
    expect(errs[0]).toMatchObject({ code: 'rego_type_error', location: { row: 2 } });
    expect(errs[0].message).toContain('crypto.parse_private_keys');
  });
  it('undefined function', () => {
    expect(compileErr('package p\nx := nosuch(1)\n')[0]).toMatchObject({ code: 'rego_type_error', message: 'undefined function nosuch' });
  });
  it('arity mismatch', () => {
    expect(compileErr('package p\nx := count(1, 2, 3)\n')[0].code).toBe('rego_type_error');
  });
  it('simple type errors on literal operands: rego_type_error', () => {
    const errs = compileErr('package p\nx := 1 + "a"\n');
    expect(errs[0]).toMatchObject({ code: 'rego_type_error', location: { file: 'policy.rego', row: 2, col: 10 } });
    expect(errs[0].message).toBe('plus: invalid argument(s)\n\thave: (number, string)\n\twant: (number, number)');
    expect(compileErr('package p\ny := count(5)\n')[0].code).toBe('rego_type_error');
    // operands known only at run time are not rejected at compile time
    expect(() => compile([{ path: 'ok.rego', text: 'package p\nz := count(input.x)\n' }])).not.toThrow();
  });
  it('assigning a var twice', () => {
    expect(compileErr('package p\nx if {\n y := 1\n y := 2\n}\n')[0]).toMatchObject({
      code: 'rego_compile_error',
      message: 'var y assigned above',
    });
  });
});

describe('evaluation errors', () => {
  it('complete rule conflict: eval_conflict_error', () => {
    const c = compile([{ path: 'c.rego', text: 'package p\nx := 1\nx := 2\n' }]);
    expect(() => evaluate(c, 'data.p.x')).toThrow(/eval_conflict_error: complete rules must not produce multiple outputs/);
  });
  it('builtin errors: undefined by default, raised in strict mode', () => {
    const c = compile([{ path: 'c.rego', text: 'package p\nx := to_number("abc")\n' }]);
    expect(evaluate(c, 'data.p.x')).toEqual([]);
    expect(() => evaluate(c, 'data.p.x', { strictBuiltinErrors: true })).toThrow(/eval_builtin_error: to_number/);
  });
});

describe('yaml.unmarshal errors worded as Go yaml (OPA)', () => {
  const run = (text: string): string => {
    try {
      evaluate(compile([{ path: 'y.rego', text: 'package y\n' }]), `yaml.unmarshal(${JSON.stringify(text)})`, {
        strictBuiltinErrors: true,
      });
    } catch (e) {
      if (e instanceof RegoErrors) return e.errors[0].message;
    }
    return 'no error';
  };
  it('unclosed flow collections', () => {
    expect(run('[1,2,3')).toBe("yaml.unmarshal: yaml: line 1: did not find expected ',' or ']'");
    expect(run('a: 1\nb: {c: 2')).toMatch(/^yaml\.unmarshal: yaml: line \d: did not find expected ',' or '}'$/);
  });
});
