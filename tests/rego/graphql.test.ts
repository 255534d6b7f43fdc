// graphql.* builtins beyond OPA's suite. Each expectation is OPA's answer, derived from OPA's
// topdown/graphql.go over gqlparser (parser/, validator/schema.go, validator/rules/*): the AST shape
// (Go field names, nulls and empty lists pruned, "" and false kept), the schema checks gqlparser runs
// after merging its prelude (validator/prelude.graphql), and the query rules it shares with graphql-js.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compile, evaluate, RegoErrors } from '../../src/rego/index.js';

const SCHEMA = `
  type Query { hero(episode: Episode): Character droid(id: ID!): Droid }
  enum Episode { NEWHOPE EMPIRE JEDI }
  interface Character { id: ID! name: String }
  type Droid implements Character { id: ID! name: String primaryFunction: String }
`;

/** Evaluates `x := <expr>` with `q` and `s` bound to the given strings; returns x or undefined. */
function x(expr: string, q = '', s = SCHEMA, strict = false): unknown {
  const rows = evaluate(compile([]), `q := ${JSON.stringify(q)}; s := ${JSON.stringify(s)}; x := ${expr}`, { strictBuiltinErrors: strict });
  return rows.length ? rows[0].bindings.x : undefined;
}

describe('graphql-js is loaded only when a graphql builtin runs', () => {
  it('a policy without graphql.* leaves the graphql package unloaded; the first call loads it', () => {
    const req = createRequire(import.meta.url);
    const path = req.resolve('graphql');
    expect(evaluate(compile([]), 'x := sprintf("%v", [1])')[0].bindings.x).toBe('1');
    expect(req.cache[path]).toBeUndefined();
    expect(x('graphql.is_valid(q, s)', '{ hero { name } }')).toBe(true);
    expect(req.cache[path]).toBeDefined();
  });
});

describe('graphql.is_valid: query rules (gqlparser validator/rules)', () => {
  it('a query that selects known fields with their required arguments is valid', () => {
    expect(x('graphql.is_valid(q, s)', 'query Q($e: Episode) { hero(episode: $e) { id ... on Droid { primaryFunction } } }')).toBe(true);
    expect(x('graphql.is_valid(q, s)', '{ droid(id: "2001") { name } __typename }')).toBe(true);
  });
  it('negative controls: unknown field, missing required argument, wrong enum value, unused variable -> false', () => {
    expect(x('graphql.is_valid(q, s)', '{ hero { nam } }')).toBe(false);
    expect(x('graphql.is_valid(q, s)', '{ droid { name } }')).toBe(false);
    expect(x('graphql.is_valid(q, s)', '{ hero(episode: PHANTOM) { name } }')).toBe(false);
    expect(x('graphql.is_valid(q, s)', 'query Q($e: Episode) { hero { name } }')).toBe(false);
    // a leaf without a selection set on an object type (ScalarLeafs)
    expect(x('graphql.is_valid(q, s)', '{ hero }')).toBe(false);
  });
  it('an operation type the schema lacks is invalid (KnownRootType), as is a query that does not parse', () => {
    expect(x('graphql.is_valid(q, s)', 'mutation { hero { name } }')).toBe(false);
    expect(x('graphql.is_valid(q, s)', '{ hero { name }')).toBe(false);
    // a schema document is not a query document (gqlparser's query grammar has no type definitions)
    expect(x('graphql.is_valid(q, s)', 'type Foo { a: Int }')).toBe(false);
  });
  it('hostile size: a document of more than 1,000,000 tokens is refused by the parser bound, not walked', () => {
    const huge = `{ hero { ${'id '.repeat(1_000_001)}} }`;
    expect(() => x('graphql.parse_query(q)', huge, SCHEMA, true)).toThrow(/more than 1000000 tokens/);
    expect(x('graphql.is_valid(q, s)', huge)).toBe(false);
    // control: the same shape under the bound parses and validates
    expect(x('graphql.is_valid(q, s)', `{ hero { ${'id '.repeat(400)}} }`)).toBe(true);
  });
  it('operands of other types give false, never an error', () => {
    expect(evaluate(compile([]), 'x := graphql.is_valid(1, "type Query { a: Int }")')[0].bindings.x).toBe(false);
    expect(evaluate(compile([]), 'x := graphql.is_valid("{ a }", [])')[0].bindings.x).toBe(false);
  });
});

describe('graphql.schema_is_valid: gqlparser validator/schema.go over the prelude-merged document', () => {
  it('a schema needs no Query type; extending an undeclared type declares it', () => {
    expect(x('graphql.schema_is_valid(s)', '', 'type Hello { world: String }')).toBe(true);
    expect(x('graphql.schema_is_valid(s)', '', 'extend type Query { a: Int }')).toBe(true);
  });
  it('negative controls: redeclared type, redeclared builtin scalar, reserved name, bad interface implementation', () => {
    expect(x('graphql.schema_is_valid(s)', '', 'type A { a: Int } type A { b: Int }')).toBe(false);
    // OPA merges the prelude after the user's document: a user `scalar String` is a redeclaration
    expect(x('graphql.schema_is_valid(s)', '', 'scalar String')).toBe(false);
    expect(x('graphql.schema_is_valid(s)', '', 'type __Mine { a: Int }')).toBe(false);
    expect(x('graphql.schema_is_valid(s)', '', 'interface I { id: ID! } type T implements I { id: ID }')).toBe(false);
    expect(x('graphql.schema_is_valid(s)', '', 'interface I { id: ID! } type T implements I { name: String }')).toBe(false);
  });
  it('directives: unknown, misplaced or missing a required argument -> false; the prelude @deprecated is known', () => {
    expect(x('graphql.schema_is_valid(s)', '', 'type Q { a: Int @deprecated(reason: "x") }')).toBe(true);
    expect(x('graphql.schema_is_valid(s)', '', 'type Q { a: Int @nope }')).toBe(false);
    expect(x('graphql.schema_is_valid(s)', '', 'type Q @deprecated { a: Int }')).toBe(false);
    expect(x('graphql.schema_is_valid(s)', '', 'directive @auth(role: String!) on FIELD_DEFINITION\ntype Q { a: Int @auth }')).toBe(false);
    expect(
      x('graphql.schema_is_valid(s)', '', 'directive @auth(role: String!) on FIELD_DEFINITION\ntype Q { a: Int @auth(role: "x") }'),
    ).toBe(true);
  });
  it('a non-string, non-object operand gives false', () => {
    expect(evaluate(compile([]), 'x := graphql.schema_is_valid(7)')[0].bindings.x).toBe(false);
  });
});

describe('graphql.parse_query / parse_schema: gqlparser AST shape', () => {
  it('alias, float, enum, object and list values carry gqlparser ValueKinds (Float 2, Enum 7, List 8, Object 9)', () => {
    expect(x('graphql.parse_query(q)', '{ a: b(f: 1.5, e: RED, o: {k: [1]}) }')).toEqual({
      Operations: [
        {
          Name: '',
          Operation: 'query',
          SelectionSet: [
            {
              Alias: 'a',
              Name: 'b',
              Arguments: [
                { Name: 'f', Value: { ExpectedTypeHasDefault: false, Kind: 2, Raw: '1.5' } },
                { Name: 'e', Value: { ExpectedTypeHasDefault: false, Kind: 7, Raw: 'RED' } },
                {
                  Name: 'o',
                  Value: {
                    Children: [
                      {
                        Name: 'k',
                        Value: {
                          Children: [{ Name: '', Value: { ExpectedTypeHasDefault: false, Kind: 1, Raw: '1' } }],
                          ExpectedTypeHasDefault: false,
                          Kind: 8,
                          Raw: '',
                        },
                      },
                    ],
                    ExpectedTypeHasDefault: false,
                    Kind: 9,
                    Raw: '',
                  },
                },
              ],
            },
          ],
        },
      ],
    });
  });
  it('an empty or comment-only document is an empty AST object', () => {
    expect(x('graphql.parse_query(q)', '  # nothing\n')).toEqual({});
    expect(x('graphql.parse_schema(s)', '', '')).toEqual({});
  });
  it('input object fields are FieldDefinitions with a DefaultValue; enum values keep their directives', () => {
    expect(x('graphql.parse_schema(s)', '', 'input I { n: Int = 3 } enum E { A @deprecated }')).toEqual({
      Definitions: [
        {
          BuiltIn: false,
          Description: '',
          Fields: [
            {
              DefaultValue: { ExpectedTypeHasDefault: false, Kind: 1, Raw: '3' },
              Description: '',
              Name: 'n',
              Type: { NamedType: 'Int', NonNull: false },
            },
          ],
          Kind: 'INPUT_OBJECT',
          Name: 'I',
        },
        {
          BuiltIn: false,
          Description: '',
          EnumValues: [{ Description: '', Directives: [{ Location: '', Name: 'deprecated' }], Name: 'A' }],
          Kind: 'ENUM',
          Name: 'E',
        },
      ],
    });
  });
  it('syntax errors in gqlparser wording: undefined by default, eval_builtin_error when strict', () => {
    expect(x('graphql.parse_query(q)', '{ a {} }')).toBeUndefined();
    expect(() => x('graphql.parse_query(q)', '{ a {} }', SCHEMA, true)).toThrow(
      'graphql.parse_query: expected at least one definition, found } in GraphQL string at location 1:6',
    );
    expect(() => x('graphql.parse_query(q)', 'type T { a: Int }', SCHEMA, true)).toThrow(
      'graphql.parse_query: Unexpected Name "type" in GraphQL string at location 1:1',
    );
    expect(() => x('graphql.parse_schema(s)', '', '{ a }', true)).toThrow(
      'graphql.parse_schema: Unexpected { in GraphQL string at location 1:1',
    );
    expect(() => evaluate(compile([]), 'x := graphql.parse_query(1)', { strictBuiltinErrors: true })).toThrow(
      'graphql.parse_query: operand 1 must be string but got number',
    );
  });
});

describe('graphql.parse / parse_and_verify', () => {
  it('a valid query gives both ASTs; AST objects round-trip as OPA decodes them into gqlparser structs', () => {
    const q = '{ droid(id: "1") { name } }';
    const [qa, sa] = x('graphql.parse(q, s)', q) as [unknown, unknown];
    expect(qa).toEqual(x('graphql.parse_query(q)', q));
    expect(sa).toEqual(x('graphql.parse_schema(s)'));
    expect(x('graphql.parse(graphql.parse_query(q), graphql.parse_schema(s))', q)).toEqual([qa, sa]);
    expect(x('graphql.parse_and_verify(q, s)', q)).toEqual([true, qa, sa]);
  });
  it('negative control: an invalid query is an error naming the rule and location (strict), undefined otherwise', () => {
    expect(x('graphql.parse(q, s)', '{\n  hero { nam }\n}')).toBeUndefined();
    let err: unknown;
    try {
      x('graphql.parse(q, s)', '{\n  hero { nam }\n}', SCHEMA, true);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RegoErrors);
    expect((err as RegoErrors).errors[0]).toMatchObject({
      code: 'eval_builtin_error',
      message: expect.stringMatching(/^graphql\.parse: Cannot query field "nam" on type "Character".* in GraphQL string at location 2:10$/),
    });
    expect(x('graphql.parse_and_verify(q, s)', '{ hero { nam } }')).toEqual([false, {}, {}]);
    expect(x('graphql.parse_and_verify(q, s)', '{ hero { name } }', 'type Query { hero: Nope }')).toEqual([false, {}, {}]);
  });
  it('an invalid schema is reported as OPA words the conversion error', () => {
    expect(() => x('graphql.parse(q, s)', '{ a }', 'type Query { a: Nope }', true)).toThrow(
      /graphql\.parse: Error in gqlparser SchemaDocument to Schema conversion: input:1:17: Undefined type Nope\./,
    );
  });
});
