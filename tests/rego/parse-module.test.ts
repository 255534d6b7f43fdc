// rego.parse_module: the module's AST as OPA's json.Marshal of ast.Module (v1/ast/term.go and
// policy.go MarshalJSON: terms as {type, value}, calls with their operator as a ref, no locations;
// a rule without a body gets the body `true`, a rule without a value the value `true`).
import { describe, expect, it } from 'vitest';
import { compile, evaluate } from '../../src/rego/index.js';

const parse = (text: string, strict = false): unknown => {
  const rows = evaluate(compile([]), `x := rego.parse_module("m.rego", ${JSON.stringify(text)})`, { strictBuiltinErrors: strict });
  return rows.length ? rows[0].bindings.x : undefined;
};

describe('rego.parse_module', () => {
  it('package, imports and a rule with a call, as OPA marshals them', () => {
    expect(parse('package a.b\nimport data.c\nallow if count(input.x) > 1\n')).toEqual({
      package: {
        path: [
          { type: 'var', value: 'data' },
          { type: 'string', value: 'a' },
          { type: 'string', value: 'b' },
        ],
      },
      imports: [
        {
          path: {
            type: 'ref',
            value: [
              { type: 'var', value: 'data' },
              { type: 'string', value: 'c' },
            ],
          },
        },
      ],
      rules: [
        {
          head: { name: 'allow', ref: [{ type: 'var', value: 'allow' }], value: { type: 'boolean', value: true } },
          body: [
            {
              index: 0,
              terms: [
                { type: 'ref', value: [{ type: 'var', value: 'gt' }] },
                {
                  type: 'call',
                  value: [
                    { type: 'ref', value: [{ type: 'var', value: 'count' }] },
                    {
                      type: 'ref',
                      value: [
                        { type: 'var', value: 'input' },
                        { type: 'string', value: 'x' },
                      ],
                    },
                  ],
                },
                { type: 'number', value: 1 },
              ],
            },
          ],
        },
      ],
    });
  });
  it('default, assignment and negation: default, assign and negated members are present only when set', () => {
    const m = parse('package p\ndefault d := 3\nn if not input.y\n') as { rules: Record<string, unknown>[] };
    expect(m.rules[0]).toEqual({
      default: true,
      head: { name: 'd', ref: [{ type: 'var', value: 'd' }], value: { type: 'number', value: 3 }, assign: true },
      body: [{ index: 0, terms: { type: 'boolean', value: true } }],
    });
    expect(m.rules[1].body).toEqual([
      {
        index: 0,
        negated: true,
        terms: {
          type: 'ref',
          value: [
            { type: 'var', value: 'input' },
            { type: 'string', value: 'y' },
          ],
        },
      },
    ]);
  });
  it('negative control: a parse error is an eval_builtin_error with OPA ast.Errors text (undefined unless strict)', () => {
    expect(parse('package foo.')).toBeUndefined();
    expect(() => parse('package foo.', true)).toThrow(
      'rego.parse_module: 1 error occurred: m.rego:1: rego_parse_error: unexpected eof token: expected ident',
    );
    expect(() => evaluate(compile([]), 'x := rego.parse_module(1, "package p")', { strictBuiltinErrors: true })).toThrow(
      'operand 1 must be string but got number',
    );
  });
});
