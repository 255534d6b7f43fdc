/**
 * `graphql.parse`, `graphql.parse_and_verify`, `graphql.parse_query`, `graphql.parse_schema`,
 * `graphql.is_valid`, `graphql.schema_is_valid`, as OPA's topdown/graphql.go answers them.
 *
 * OPA parses and validates with gqlparser (github.com/vektah/gqlparser/v2) and returns gqlparser's
 * AST structs as JSON (Go field names, `Position` dropped, null and empty members pruned; empty
 * strings and `false` kept). This engine lexes, parses and validates queries with the GraphQL
 * reference implementation (graphql-js, the `graphql` package, loaded at first use so a policy
 * without GraphQL never pays for it) and translates its AST into gqlparser's shape:
 * - documents: `QueryDocument {Operations, Fragments}` and
 *   `SchemaDocument {Schema, SchemaExtension, Directives, Definitions, Extensions}`;
 * - where gqlparser's grammar differs from graphql-js's, gqlparser's wins: empty selection sets and
 *   field lists (`{}`) are errors (`expected at least one definition, found }`), a query document
 *   holds only operations and fragments, fragment variables parse, spread arguments do not;
 * - syntax errors carry gqlparser's wording (`Expected Name, found }`, `Unexpected <EOF>`) and OPA's
 *   suffix `in GraphQL string at location L:C`;
 * - schemas are checked by a port of gqlparser's `validator.ValidateSchemaDocument` over OPA's
 *   merge of the document with gqlparser's prelude (builtin scalars, directives, introspection
 *   types): extensions of undeclared types declare them, `Query`/`Mutation`/`Subscription` are the
 *   roots when no `schema` block names them, and no root is required;
 * - queries are validated by graphql-js's rules that gqlparser also runs (validator/rules), against
 *   a graphql-js schema built from the checked schema; the first error is reported in gqlparser's
 *   wording where the two differ.
 * AST objects given instead of strings are read as Go's json.Unmarshal reads them into gqlparser's
 * structs (unknown members ignored, missing ones zero).
 */
import { BuiltinError, operandErr } from '../errors.js';
import { fromJSONValue, RObject, toJSONValue, typeName, type Value } from '../value.js';
import { definer, type BuiltinTable } from './registry.js';
import type * as GQL from 'graphql';
import loadGraphql from './graphql-lib.cjs';

/** The graphql builtins, by name. */
export const GRAPHQL_BUILTINS: BuiltinTable = new Map();
const def = definer(GRAPHQL_BUILTINS);

let lib: typeof GQL | undefined;
/** graphql-js, loaded on first use (synchronously: builtins are synchronous). */
function gql(): typeof GQL {
  return (lib ??= loadGraphql() as typeof GQL);
}

// ---------------------------------------------------------------------------------------------
// gqlparser's AST, as Go's encoding/json writes it (ast/*.go). Nil pointers and nil slices are
// null (OPA prunes them); `Position` is kept internally for error locations and pruned as OPA does.

type J = null | boolean | number | string | J[] | { [k: string]: J };
type Obj = { [k: string]: J };
interface Pos {
  Line: number;
  Column: number;
}

/** gqlparser's ValueKind (ast/value.go). */
const VK = { Variable: 0, Int: 1, Float: 2, String: 3, Block: 4, Boolean: 5, Null: 6, Enum: 7, List: 8, Object: 9 } as const;

/** A gqlparser error: message and, when known, its position. */
class GqlError extends Error {
  constructor(
    message: string,
    readonly pos?: Pos | null,
  ) {
    super(message);
  }
}

const posOf = (o: J | undefined): Pos | null =>
  o && typeof o === 'object' && !Array.isArray(o) && o.Position && typeof o.Position === 'object' ? (o.Position as unknown as Pos) : null;

// ---------------------------------------------------------------------------------------------
// graphql-js AST -> gqlparser AST

type N = GQL.ASTNode;

function loc(n: { loc?: GQL.Location } | undefined): J {
  const t = n?.loc?.startToken;
  return t ? { Line: t.line, Column: t.column } : null;
}
const list = <T>(xs: readonly T[] | undefined, f: (x: T) => J): J => (xs && xs.length ? xs.map(f) : null);

function tValue(v: GQL.ValueNode): Obj {
  const base = (raw: string, kind: number, children: J = null): Obj => ({
    Raw: raw,
    Children: children,
    Kind: kind,
    Position: loc(v),
    Comment: null,
    Definition: null,
    VariableDefinition: null,
    ExpectedType: null,
    ExpectedTypeHasDefault: false,
  });
  switch (v.kind) {
    case 'Variable':
      return base(v.name.value, VK.Variable);
    case 'IntValue':
      return base(v.value, VK.Int);
    case 'FloatValue':
      return base(v.value, VK.Float);
    case 'StringValue':
      return base(v.value, v.block ? VK.Block : VK.String);
    case 'BooleanValue':
      return base(v.value ? 'true' : 'false', VK.Boolean);
    case 'NullValue':
      return base('null', VK.Null);
    case 'EnumValue':
      return base(v.value, VK.Enum);
    case 'ListValue':
      return base(
        '',
        VK.List,
        list(v.values, (x) => ({ Name: '', Value: tValue(x), Position: loc(x), Comment: null })),
      );
    case 'ObjectValue':
      return base(
        '',
        VK.Object,
        list(v.fields, (f) => ({ Name: f.name.value, Value: tValue(f.value), Position: loc(f), Comment: null })),
      );
  }
  throw new GqlError(`unsupported value ${(v as N).kind}`);
}

function tType(t: GQL.TypeNode): Obj {
  if (t.kind === 'NonNullType') return { ...tType(t.type), NonNull: true, Position: loc(t) };
  if (t.kind === 'ListType') return { NamedType: '', Elem: tType(t.type), NonNull: false, Position: loc(t) };
  return { NamedType: t.name.value, Elem: null, NonNull: false, Position: loc(t) };
}

const tArgs = (xs: readonly GQL.ArgumentNode[] | undefined): J =>
  list(xs, (a) => ({ Name: a.name.value, Value: tValue(a.value), Position: loc(a), Comment: null }));
const tDirectives = (xs: readonly GQL.DirectiveNode[] | undefined): J =>
  list(xs, (d) => ({
    Name: d.name.value,
    Arguments: tArgs(d.arguments),
    Position: loc(d),
    ParentDefinition: null,
    Definition: null,
    Location: '',
  }));

function tSelectionSet(s: GQL.SelectionSetNode | undefined): J {
  return list(s?.selections, (x): J => {
    switch (x.kind) {
      case 'Field':
        return {
          Alias: x.alias?.value ?? x.name.value,
          Name: x.name.value,
          Arguments: tArgs(x.arguments),
          Directives: tDirectives(x.directives),
          SelectionSet: tSelectionSet(x.selectionSet),
          Position: loc(x),
          Comment: null,
          Definition: null,
          ObjectDefinition: null,
        };
      case 'FragmentSpread':
        return {
          Name: x.name.value,
          Directives: tDirectives(x.directives),
          ObjectDefinition: null,
          Definition: null,
          Position: loc(x),
          Comment: null,
        };
      case 'InlineFragment':
        return {
          TypeCondition: x.typeCondition?.name.value ?? '',
          Directives: tDirectives(x.directives),
          SelectionSet: tSelectionSet(x.selectionSet),
          ObjectDefinition: null,
          Position: loc(x),
          Comment: null,
        };
    }
  });
}

const tVarDefs = (xs: readonly GQL.VariableDefinitionNode[] | undefined): J =>
  list(xs, (v) => ({
    Variable: v.variable.name.value,
    Type: tType(v.type),
    DefaultValue: v.defaultValue ? tValue(v.defaultValue) : null,
    Directives: tDirectives(v.directives),
    Position: loc(v),
    Comment: null,
    Definition: null,
    Used: false,
  }));

function tQueryDocument(doc: GQL.DocumentNode): Obj {
  const ops: J[] = [];
  const frags: J[] = [];
  for (const d of doc.definitions) {
    if (d.kind === 'OperationDefinition')
      ops.push({
        Operation: d.operation,
        Name: d.name?.value ?? '',
        VariableDefinitions: tVarDefs(d.variableDefinitions),
        Directives: tDirectives(d.directives),
        SelectionSet: tSelectionSet(d.selectionSet),
        Position: loc(d),
        Comment: null,
      });
    else if (d.kind === 'FragmentDefinition')
      frags.push({
        Name: d.name.value,
        VariableDefinition: tVarDefs(d.variableDefinitions),
        TypeCondition: d.typeCondition.name.value,
        Directives: tDirectives(d.directives),
        SelectionSet: tSelectionSet(d.selectionSet),
        Definition: null,
        Position: loc(d),
        Comment: null,
      });
  }
  return { Operations: ops.length ? ops : null, Fragments: frags.length ? frags : null, Comment: null };
}

const desc = (d: GQL.StringValueNode | undefined): string => d?.value ?? '';
const tArgDefs = (xs: readonly GQL.InputValueDefinitionNode[] | undefined): J =>
  list(xs, (a) => ({
    Description: desc(a.description),
    Name: a.name.value,
    DefaultValue: a.defaultValue ? tValue(a.defaultValue) : null,
    Type: tType(a.type),
    Directives: tDirectives(a.directives),
    Position: loc(a),
  }));
const tFieldDefs = (xs: readonly (GQL.FieldDefinitionNode | GQL.InputValueDefinitionNode)[] | undefined): J =>
  list(xs, (f) => ({
    Description: desc(f.description),
    Name: f.name.value,
    Arguments: f.kind === 'FieldDefinition' ? tArgDefs(f.arguments) : null,
    DefaultValue: f.kind === 'InputValueDefinition' && f.defaultValue ? tValue(f.defaultValue) : null,
    Type: tType(f.type),
    Directives: tDirectives(f.directives),
    Position: loc(f),
  }));

type TypeNode = GQL.TypeDefinitionNode | GQL.TypeExtensionNode;
const KIND: Record<string, string> = {
  ScalarTypeDefinition: 'SCALAR',
  ScalarTypeExtension: 'SCALAR',
  ObjectTypeDefinition: 'OBJECT',
  ObjectTypeExtension: 'OBJECT',
  InterfaceTypeDefinition: 'INTERFACE',
  InterfaceTypeExtension: 'INTERFACE',
  UnionTypeDefinition: 'UNION',
  UnionTypeExtension: 'UNION',
  EnumTypeDefinition: 'ENUM',
  EnumTypeExtension: 'ENUM',
  InputObjectTypeDefinition: 'INPUT_OBJECT',
  InputObjectTypeExtension: 'INPUT_OBJECT',
};

function tDefinition(d: TypeNode, builtIn: boolean): Obj {
  const x = d as {
    interfaces?: readonly GQL.NamedTypeNode[];
    fields?: readonly (GQL.FieldDefinitionNode | GQL.InputValueDefinitionNode)[];
    types?: readonly GQL.NamedTypeNode[];
    values?: readonly GQL.EnumValueDefinitionNode[];
  };
  return {
    Kind: KIND[d.kind],
    Description: 'description' in d ? desc(d.description) : '',
    Name: d.name.value,
    Directives: tDirectives(d.directives),
    Interfaces: list(x.interfaces, (i) => i.name.value),
    Fields: tFieldDefs(x.fields),
    Types: list(x.types, (t) => t.name.value),
    EnumValues: list(x.values, (v) => ({
      Description: desc(v.description),
      Name: v.name.value,
      Directives: tDirectives(v.directives),
      Position: loc(v),
    })),
    Position: loc(d),
    BuiltIn: builtIn,
  };
}

function tSchemaDocument(doc: GQL.DocumentNode, builtIn = false): Obj {
  const out: Record<string, J[]> = { Schema: [], SchemaExtension: [], Directives: [], Definitions: [], Extensions: [] };
  for (const d of doc.definitions) {
    switch (d.kind) {
      case 'SchemaDefinition':
      case 'SchemaExtension':
        out[d.kind === 'SchemaDefinition' ? 'Schema' : 'SchemaExtension'].push({
          Description: d.kind === 'SchemaDefinition' ? desc(d.description) : '',
          Directives: tDirectives(d.directives),
          OperationTypes: list(d.operationTypes, (o) => ({ Operation: o.operation, Type: o.type.name.value, Position: loc(o) })),
          Position: loc(d),
        });
        break;
      case 'DirectiveDefinition':
        out.Directives.push({
          Description: desc(d.description),
          Name: d.name.value,
          Arguments: tArgDefs(d.arguments),
          Locations: d.locations.map((l) => l.value),
          IsRepeatable: d.repeatable,
          Position: loc(d),
        });
        break;
      default:
        if (d.kind in KIND) out[d.kind.endsWith('Extension') ? 'Extensions' : 'Definitions'].push(tDefinition(d as TypeNode, builtIn));
    }
  }
  const o: Obj = {};
  for (const [k, v] of Object.entries(out)) o[k] = v.length ? v : null;
  return o;
}

// ---------------------------------------------------------------------------------------------
// parsing, with gqlparser's grammar and wording

const PUNCT = /"(!|\$|&|\(|\)|\.\.\.|:|=|@|\[|\]|\{|\||\})"/g;

/** The token starting at `offset` (graphql-js lexer), undefined when the text does not lex. */
function tokenAt(text: string, offset: number): GQL.Token | undefined {
  const G = gql();
  try {
    const lexer = new G.Lexer(new G.Source(text));
    let t = lexer.advance();
    while (t.kind !== G.TokenKind.EOF && t.start < offset) t = lexer.advance();
    return t;
  } catch {
    return undefined;
  }
}
/** gqlparser's `Token.String()`: the kind, and the value for names, numbers and strings. */
function tokenDesc(t: GQL.Token): string {
  switch (t.kind) {
    case '<EOF>':
      return '<EOF>';
    case 'Name':
    case 'Int':
    case 'Float':
    case 'String':
    case 'BlockString':
      return `${t.kind} ${JSON.stringify(t.value)}`;
    default:
      return t.kind;
  }
}

/** A graphql-js syntax error in gqlparser's words. */
function syntaxError(text: string, e: GQL.GraphQLError): GqlError {
  const at = e.locations?.[0];
  const pos = at ? { Line: at.line, Column: at.column } : null;
  let msg = e.message.replace(/^Syntax Error: /, '').replace(/\.$/, '');
  if (/^(Unterminated string|Invalid character|Unexpected character|Invalid number|Invalid Unicode|Unexpected single quote)/.test(msg))
    msg = 'Unexpected <Invalid>';
  else if (/^Unexpected description/.test(msg) || /^Unexpected (String|BlockString) /.test(msg)) {
    const t = tokenAt(text, e.positions?.[0] ?? 0);
    return new GqlError(`Unexpected ${t ? tokenDesc(t) : '<Invalid>'}`, tokPos(t) ?? pos);
  } else if (/^Unexpected variable "\$.*" in constant value$/.test(msg)) msg = 'Unexpected $';
  else if (msg === 'Expected Name, found "}"' && e.positions?.length && prevTokenIs(text, e.positions[0], '{'))
    msg = 'expected at least one definition, found }';
  // an error at a string token: gqlparser places it after the opening quote(s)
  const t = / found (String|BlockString) /.test(msg) && e.positions?.length ? tokenAt(text, e.positions[0]) : undefined;
  return new GqlError(msg.replace(PUNCT, '$1'), t && t.start === e.positions?.[0] ? tokPos(t) : pos);
}

function prevTokenIs(text: string, offset: number, kind: string): boolean {
  const G = gql();
  try {
    const lexer = new G.Lexer(new G.Source(text));
    let prev: GQL.Token | undefined;
    let t = lexer.advance();
    while (t.kind !== G.TokenKind.EOF && t.start < offset) {
      prev = t;
      t = lexer.advance();
    }
    return prev?.kind === kind;
  } catch {
    return false;
  }
}

/** gqlparser's position of a token: strings start after their opening quote(s) (lexer/lexer.go). */
const tokPos = (t: GQL.Token | undefined | null): Pos | null =>
  t ? { Line: t.line, Column: t.column + (t.kind === 'String' ? 1 : t.kind === 'BlockString' ? 3 : 0) } : null;

/**
 * Upper bound on the tokens of one GraphQL document (graphql-js `maxTokens`): bounds the parse, and so the AST
 * that validation walks, for hostile input; far above real schemas (GitHub's public schema is ~120k tokens).
 */
const MAX_GRAPHQL_TOKENS = 1_000_000;

/** Parses with graphql-js; an empty document (only ignored tokens) is gqlparser's empty document. */
function parseDoc(text: string): GQL.DocumentNode {
  const G = gql();
  const lexer = new G.Lexer(new G.Source(text));
  let first: GQL.Token;
  try {
    first = lexer.advance();
  } catch (e) {
    throw syntaxError(text, e as GQL.GraphQLError);
  }
  if (first.kind === G.TokenKind.EOF) return { kind: G.Kind.DOCUMENT, definitions: [] };
  try {
    return G.parse(text, { experimentalFragmentArguments: true, maxTokens: MAX_GRAPHQL_TOKENS });
  } catch (e) {
    if (e instanceof G.GraphQLError) throw syntaxError(text, e);
    throw e;
  }
}

/** The first place where gqlparser's grammar rejects what graphql-js accepted, in source order. */
function grammarCheck(doc: GQL.DocumentNode, kind: 'query' | 'schema'): void {
  const G = gql();
  const errs: { at: number; err: GqlError }[] = [];
  for (const d of doc.definitions) {
    const executable = d.kind === 'OperationDefinition' || d.kind === 'FragmentDefinition';
    const description = (d as { description?: GQL.StringValueNode }).description;
    if (kind === 'query' && (!executable || description)) {
      const t = description?.loc?.startToken ?? d.loc?.startToken;
      if (t) errs.push({ at: t.start, err: new GqlError(`Unexpected ${tokenDesc(t)}`, tokPos(t)) });
    }
    if (kind === 'schema' && executable) {
      const t = d.loc?.startToken;
      if (t) errs.push({ at: t.start, err: new GqlError(`Unexpected ${tokenDesc(t)}`, tokPos(t)) });
    }
  }
  G.visit(doc, {
    SelectionSet(n: GQL.SelectionSetNode) {
      if (!n.selections.length && n.loc) {
        const t = n.loc.endToken;
        errs.push({ at: t.start, err: new GqlError('expected at least one definition, found }', tokPos(t)) });
      }
    },
    FragmentSpread(n: GQL.FragmentSpreadNode) {
      const args = (n as { arguments?: readonly GQL.ArgumentNode[] }).arguments;
      if (args?.length && n.name.loc) {
        const t = n.name.loc.endToken.next;
        if (t) errs.push({ at: t.start, err: new GqlError(`Expected Name, found ${tokenDesc(t)}`, tokPos(t)) });
      }
    },
  });
  if (errs.length) throw errs.sort((a, b) => a.at - b.at)[0].err;
}

interface ParsedQuery {
  ast: Obj;
  node: GQL.DocumentNode;
}
function parseQuery(text: string): ParsedQuery {
  const node = parseDoc(text);
  grammarCheck(node, 'query');
  return { ast: tQueryDocument(node), node };
}
function parseSchema(text: string, builtIn = false): Obj {
  const node = parseDoc(text);
  grammarCheck(node, 'schema');
  return tSchemaDocument(node, builtIn);
}

// ---------------------------------------------------------------------------------------------
// AST objects -> gqlparser structs, as Go's json.Unmarshal fills them (OPA's objectToQueryDocument)

class DecodeError extends Error {}
type Dec = (v: J, where: string) => J;
function member(o: Obj, name: string): J | undefined {
  if (name in o) return o[name];
  const low = name.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === low) return o[k];
  return undefined;
}
const goType = (v: J): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v);
const dStr: Dec = (v, w) => {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') throw new DecodeError(`json: cannot unmarshal ${goType(v)} into Go struct field ${w} of type string`);
  return v;
};
const dBool: Dec = (v, w) => {
  if (v === null || v === undefined) return false;
  if (typeof v !== 'boolean') throw new DecodeError(`json: cannot unmarshal ${goType(v)} into Go struct field ${w} of type bool`);
  return v;
};
const dInt: Dec = (v, w) => {
  if (v === null || v === undefined) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new DecodeError(`json: cannot unmarshal ${goType(v)} into Go struct field ${w} of type int`);
  return v;
};
const dList =
  (f: Dec): Dec =>
  (v, w) => {
    if (v === null || v === undefined) return null;
    if (!Array.isArray(v)) throw new DecodeError(`json: cannot unmarshal ${goType(v)} into Go struct field ${w} of type slice`);
    return v.length ? v.map((x) => f(x, w)) : [];
  };
function dStruct(name: string, fields: Record<string, Dec>): Dec {
  return (v) => {
    if (v === null || v === undefined) return null;
    if (typeof v !== 'object' || Array.isArray(v))
      throw new DecodeError(`json: cannot unmarshal ${goType(v)} into Go value of type ast.${name}`);
    const out: Obj = {};
    for (const [f, d] of Object.entries(fields)) out[f] = d(member(v, f) ?? null, `${name}.${f}`);
    return out;
  };
}
const dNull: Dec = () => null;
const dType: Dec = (v, w) => dStruct('Type', { NamedType: dStr, Elem: dType, NonNull: dBool })(v, w);
const dChild: Dec = (v, w) => dStruct('ChildValue', { Name: dStr, Value: dValue })(v, w);
const dValue: Dec = (v, w) =>
  dStruct('Value', {
    Raw: dStr,
    Children: dList(dChild),
    Kind: dInt,
    Definition: dNull,
    VariableDefinition: dNull,
    ExpectedType: dNull,
    ExpectedTypeHasDefault: dBool,
  })(v, w);
const dArgument = dStruct('Argument', { Name: dStr, Value: dValue });
const dDirective = dStruct('Directive', { Name: dStr, Arguments: dList(dArgument), Location: dStr });
const dVarDef = dStruct('VariableDefinition', {
  Variable: dStr,
  Type: dType,
  DefaultValue: dValue,
  Directives: dList(dDirective),
  Used: dBool,
});
const dSelection: Dec = (v, w) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    throw new DecodeError(`json: cannot unmarshal ${goType(v)} into ast.Selection`);
  if (member(v, 'TypeCondition') !== undefined)
    return dStruct('InlineFragment', { TypeCondition: dStr, Directives: dList(dDirective), SelectionSet: dList(dSelection) })(v, w);
  if (member(v, 'Alias') !== undefined || member(v, 'Arguments') !== undefined || member(v, 'SelectionSet') !== undefined)
    return dStruct('Field', {
      Alias: dStr,
      Name: dStr,
      Arguments: dList(dArgument),
      Directives: dList(dDirective),
      SelectionSet: dList(dSelection),
    })(v, w);
  return dStruct('FragmentSpread', { Name: dStr, Directives: dList(dDirective) })(v, w);
};
const dQueryDocument = dStruct('QueryDocument', {
  Operations: dList(
    dStruct('OperationDefinition', {
      Operation: dStr,
      Name: dStr,
      VariableDefinitions: dList(dVarDef),
      Directives: dList(dDirective),
      SelectionSet: dList(dSelection),
    }),
  ),
  Fragments: dList(
    dStruct('FragmentDefinition', {
      Name: dStr,
      VariableDefinition: dList(dVarDef),
      TypeCondition: dStr,
      Directives: dList(dDirective),
      SelectionSet: dList(dSelection),
    }),
  ),
});
const dArgDef = dStruct('ArgumentDefinition', {
  Description: dStr,
  Name: dStr,
  DefaultValue: dValue,
  Type: dType,
  Directives: dList(dDirective),
});
const dFieldDef = dStruct('FieldDefinition', {
  Description: dStr,
  Name: dStr,
  Arguments: dList(dArgDef),
  DefaultValue: dValue,
  Type: dType,
  Directives: dList(dDirective),
});
const dDefinition = dStruct('Definition', {
  Kind: dStr,
  Description: dStr,
  Name: dStr,
  Directives: dList(dDirective),
  Interfaces: dList(dStr),
  Fields: dList(dFieldDef),
  Types: dList(dStr),
  EnumValues: dList(dStruct('EnumValueDefinition', { Description: dStr, Name: dStr, Directives: dList(dDirective) })),
  BuiltIn: dBool,
});
const dSchemaDef = dStruct('SchemaDefinition', {
  Description: dStr,
  Directives: dList(dDirective),
  OperationTypes: dList(dStruct('OperationTypeDefinition', { Operation: dStr, Type: dStr })),
});
const dSchemaDocument = dStruct('SchemaDocument', {
  Schema: dList(dSchemaDef),
  SchemaExtension: dList(dSchemaDef),
  Directives: dList(
    dStruct('DirectiveDefinition', {
      Description: dStr,
      Name: dStr,
      Arguments: dList(dArgDef),
      Locations: dList(dStr),
      IsRepeatable: dBool,
    }),
  ),
  Definitions: dList(dDefinition),
  Extensions: dList(dDefinition),
});

function decode(v: Value, d: Dec): Obj {
  try {
    return d(toJSONValue(v) as J, '') as Obj;
  } catch (e) {
    if (e instanceof DecodeError) throw new GqlError(e.message);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// the result: OPA's pruneIrrelevantGraphQLASTNodes (drop Position, nulls, empty objects/arrays)

function prune(v: J): J {
  if (Array.isArray(v)) {
    const out: J[] = [];
    for (const x of v) {
      if (x === null) continue;
      if (typeof x === 'object') {
        const p = prune(x);
        if (Array.isArray(p) ? p.length : Object.keys(p as Obj).length) out.push(p);
      } else out.push(x);
    }
    return out;
  }
  if (v && typeof v === 'object') {
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === 'Position' || x === null) continue;
      if (typeof x === 'object') {
        const p = prune(x);
        if (Array.isArray(p) ? p.length : Object.keys(p as Obj).length) out[k] = p;
      } else out[k] = x;
    }
    return out;
  }
  return v;
}
const toValue = (o: Obj): Value => fromJSONValue(prune(o));

// ---------------------------------------------------------------------------------------------
// schema validation: a port of gqlparser's validator/schema.go over OPA's merged document

/** gqlparser's validator/prelude.graphql (descriptions left out: they do not take part in validation). */
const PRELUDE = `
scalar Int
scalar Float
scalar String
scalar Boolean
scalar ID
directive @defer(if: Boolean = true, label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT
directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
directive @specifiedBy(url: String!) on SCALAR
directive @oneOf on INPUT_OBJECT
type __Schema { description: String types: [__Type!]! queryType: __Type! mutationType: __Type subscriptionType: __Type directives: [__Directive!]! }
type __Type { kind: __TypeKind! name: String description: String
  fields(includeDeprecated: Boolean = false): [__Field!] interfaces: [__Type!] possibleTypes: [__Type!]
  enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
  inputFields(includeDeprecated: Boolean = false): [__InputValue!] ofType: __Type specifiedByURL: String isOneOf: Boolean }
type __Field { name: String! description: String args(includeDeprecated: Boolean = false): [__InputValue!]! type: __Type! isDeprecated: Boolean! deprecationReason: String }
type __InputValue { name: String! description: String type: __Type! defaultValue: String isDeprecated: Boolean deprecationReason: String }
type __EnumValue { name: String! description: String isDeprecated: Boolean! deprecationReason: String }
enum __TypeKind { SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL }
type __Directive { name: String! description: String locations: [__DirectiveLocation!]! args(includeDeprecated: Boolean = false): [__InputValue!]! isRepeatable: Boolean! }
enum __DirectiveLocation { QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT VARIABLE_DEFINITION SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION }
`;
let preludeDoc: Obj | undefined;
const BUILTIN_DIRECTIVES = new Set(['include', 'skip', 'deprecated', 'specifiedBy', 'defer', 'oneOf']);

interface TypeRef {
  NamedType: string;
  Elem: TypeRef | null;
  NonNull: boolean;
  Position?: Pos | null;
}
interface Dir {
  Name: string;
  Arguments: { Name: string; Value: { Kind: number } | null; Position?: Pos | null }[] | null;
  Position?: Pos | null;
}
interface ArgDef {
  Name: string;
  Type: TypeRef;
  DefaultValue: J;
  Directives: Dir[] | null;
  Position?: Pos | null;
}
interface FieldDef extends ArgDef {
  Arguments: ArgDef[] | null;
}
interface Def {
  Kind: string;
  Name: string;
  Directives: Dir[];
  Interfaces: string[];
  Fields: FieldDef[];
  Types: string[];
  EnumValues: { Name: string; Directives: Dir[] | null }[];
  BuiltIn: boolean;
  Position?: Pos | null;
  src?: Obj;
}
interface DirDef {
  Name: string;
  Arguments: ArgDef[] | null;
  Locations: string[] | null;
  IsRepeatable: boolean;
  Position?: Pos | null;
  prelude: boolean;
  src: Obj;
}
/** gqlparser's ast.Schema, as far as validation reads it. */
interface Schema {
  types: Map<string, Def>;
  directives: Map<string, DirDef>;
  possibleTypes: Map<string, Def[]>;
  query?: Def;
  mutation?: Def;
  subscription?: Def;
}

const namedOf = (t: TypeRef): string => (t.Elem ? namedOf(t.Elem) : t.NamedType);
const typeString = (t: TypeRef): string => (t.Elem ? `[${typeString(t.Elem)}]` : t.NamedType) + (t.NonNull ? '!' : '');
const quote = (s: string): string => JSON.stringify(s);
const arr = <T>(x: unknown): T[] => (Array.isArray(x) ? (x as T[]) : []);

function fail(pos: Pos | null | undefined, msg: string): never {
  throw new GqlError(msg, pos ?? null);
}

/** OPA's convertSchema: the document merged with gqlparser's prelude, then ValidateSchemaDocument. */
function convertSchema(doc: Obj): Schema {
  preludeDoc ??= parseSchema(PRELUDE, true);
  const cat = (k: string): Obj[] => [...arr<Obj>(doc[k]), ...arr<Obj>(preludeDoc![k])];
  const preludeDirs = new Set(arr<Obj>(preludeDoc.Directives));
  const schema: Schema = { types: new Map(), directives: new Map(), possibleTypes: new Map() };
  const copyDef = (d: Obj): Def => ({
    Kind: d.Kind as string,
    Name: d.Name as string,
    Directives: [...arr<Dir>(d.Directives)],
    Interfaces: [...arr<string>(d.Interfaces)],
    Fields: [...arr<FieldDef>(d.Fields)],
    Types: [...arr<string>(d.Types)],
    EnumValues: [...arr<Def['EnumValues'][number]>(d.EnumValues)],
    BuiltIn: d.BuiltIn === true,
    Position: posOf(d),
    src: d,
  });
  const defs: Def[] = [];
  for (const d of cat('Definitions')) {
    if (schema.types.has(d.Name as string)) fail(posOf(d), `Cannot redeclare type ${d.Name as string}.`);
    const c = copyDef(d);
    schema.types.set(c.Name, c);
    defs.push(c);
  }
  for (const ext of cat('Extensions')) {
    const name = ext.Name as string;
    let d = schema.types.get(name);
    if (!d) {
      d = { ...copyDef({ Kind: ext.Kind, Name: name }), Position: posOf(ext), src: undefined };
      schema.types.set(name, d);
      defs.push(d);
    }
    if (d.Kind !== ext.Kind)
      fail(posOf(ext), `Cannot extend type ${name} because the base type is a ${d.Kind}, not ${ext.Kind as string}.`);
    d.Directives.push(...arr<Dir>(ext.Directives));
    d.Interfaces.push(...arr<string>(ext.Interfaces));
    d.Fields.push(...arr<FieldDef>(ext.Fields));
    d.Types.push(...arr<string>(ext.Types));
    d.EnumValues.push(...arr<Def['EnumValues'][number]>(ext.EnumValues));
  }
  const addPossible = (name: string, d: Def | undefined): void => {
    const l = schema.possibleTypes.get(name) ?? [];
    l.push(d as Def);
    schema.possibleTypes.set(name, l);
  };
  for (const d of defs) {
    if (d.Kind === 'UNION') for (const t of d.Types) addPossible(d.Name, schema.types.get(t));
    else if (d.Kind === 'OBJECT' || d.Kind === 'INPUT_OBJECT') {
      for (const i of d.Interfaces) addPossible(i, d);
      addPossible(d.Name, d);
    } else if (d.Kind === 'INTERFACE') for (const i of d.Interfaces) addPossible(i, d);
  }
  for (const dd of cat('Directives')) {
    const name = dd.Name as string;
    if (schema.directives.has(name)) {
      if (BUILTIN_DIRECTIVES.has(name)) continue;
      fail(posOf(dd), `Cannot redeclare directive ${name}.`);
    }
    schema.directives.set(name, {
      Name: name,
      Arguments: arr<ArgDef>(dd.Arguments),
      Locations: arr<string>(dd.Locations),
      IsRepeatable: dd.IsRepeatable === true,
      Position: posOf(dd),
      prelude: preludeDirs.has(dd),
      src: dd,
    });
  }
  const sds = arr<Obj>(doc.Schema);
  if (sds.length > 1) fail(posOf(sds[1]), 'Cannot have multiple schema entry points, consider schema extensions instead.');
  const roots = (sd: Obj): void => {
    for (const ep of arr<Obj>(sd.OperationTypes)) {
      const d = schema.types.get(ep.Type as string);
      if (!d) fail(posOf(ep), `Schema root ${ep.Operation as string} refers to a type ${ep.Type as string} that does not exist.`);
      if (ep.Operation === 'query') schema.query = d;
      else if (ep.Operation === 'mutation') schema.mutation = d;
      else if (ep.Operation === 'subscription') schema.subscription = d;
    }
    validateDirectives(schema, arr<Dir>(sd.Directives), 'SCHEMA');
  };
  if (sds.length === 1) roots(sds[0]);
  for (const ext of arr<Obj>(doc.SchemaExtension)) roots(ext);
  for (const name of [...schema.types.keys()].sort()) validateDefinition(schema, schema.types.get(name)!);
  for (const name of [...schema.directives.keys()].sort()) {
    const dd = schema.directives.get(name)!;
    validateName(dd.Position, dd.Name);
    validateArgs(schema, dd.Arguments ?? [], dd);
  }
  if (!sds.length) {
    schema.query ??= schema.types.get('Query');
    schema.mutation ??= schema.types.get('Mutation');
    schema.subscription ??= schema.types.get('Subscription');
  }
  return schema;
}

function validateName(pos: Pos | null | undefined, name: string): void {
  if (name.startsWith('__')) fail(pos, `Name "${name}" must not begin with "__", which is reserved by GraphQL introspection.`);
}
function validateTypeRef(schema: Schema, t: TypeRef): void {
  if (!schema.types.has(namedOf(t))) fail(t.Position, `Undefined type ${namedOf(t)}.`);
}
const INPUT_KINDS = new Set(['SCALAR', 'ENUM', 'INPUT_OBJECT']);
function validateArgs(schema: Schema, args: ArgDef[], current?: DirDef): void {
  for (const a of args) {
    validateName(a.Position, a.Name);
    validateTypeRef(schema, a.Type);
    const d = schema.types.get(namedOf(a.Type))!;
    if (!INPUT_KINDS.has(d.Kind))
      fail(a.Position, `cannot use ${typeString(a.Type)} as argument ${a.Name} because ${d.Kind} is not a valid input type`);
    validateDirectives(schema, a.Directives ?? [], 'ARGUMENT_DEFINITION', current);
  }
}
function validateDirectives(schema: Schema, dirs: Dir[], location: string, current?: DirDef): void {
  for (const d of dirs) {
    validateName(d.Position, d.Name);
    if (current && d.Name === current.Name) fail(d.Position, `Directive ${current.Name} cannot refer to itself.`);
    const dd = schema.directives.get(d.Name);
    if (!dd) fail(d.Position, `Undefined directive ${d.Name}.`);
    if (!(dd.Locations ?? []).includes(location)) fail(d.Position, `Directive ${d.Name} is not applicable on ${location}.`);
    for (const a of d.Arguments ?? [])
      if (!(dd.Arguments ?? []).some((x) => x.Name === a.Name)) fail(a.Position, `Undefined argument ${a.Name} for directive ${d.Name}.`);
    for (const sa of dd.Arguments ?? []) {
      if (sa.Type.NonNull && sa.DefaultValue === null) {
        const a = (d.Arguments ?? []).find((x) => x.Name === sa.Name);
        if (!a || a.Value?.Kind === VK.Null) fail(d.Position, `Argument ${sa.Name} for directive ${d.Name} cannot be null.`);
      }
    }
  }
}
function isCovariant(schema: Schema, required: TypeRef, actual: TypeRef | null): boolean {
  if (!actual) return false;
  if (required.NonNull && !actual.NonNull) return false;
  if (required.NamedType !== '') {
    if (required.NamedType === actual.NamedType) return true;
    return (schema.possibleTypes.get(required.NamedType) ?? []).some((p) => p?.Name === actual.NamedType);
  }
  if (required.Elem && !actual.Elem) return false;
  return isCovariant(schema, required.Elem!, actual.Elem);
}
const typesEqual = (a: TypeRef | null, b: TypeRef | null): boolean =>
  !a || !b ? a === b : a.NamedType === b.NamedType && a.NonNull === b.NonNull && typesEqual(a.Elem, b.Elem);
function validateImplements(schema: Schema, d: Def, intfName: string): void {
  const intf = schema.types.get(intfName);
  if (!intf) fail(d.Position, `Undefined type ${quote(intfName)}.`);
  if (intf.Kind !== 'INTERFACE') fail(d.Position, `${quote(intfName)} is a non interface type ${intf.Kind}.`);
  for (const rf of intf.Fields) {
    const ff = d.Fields.find((f) => f.Name === rf.Name);
    if (!ff) fail(d.Position, `For ${d.Name} to implement ${intf.Name} it must have a field called ${rf.Name}.`);
    if (!isCovariant(schema, rf.Type, ff.Type))
      fail(ff.Position, `For ${d.Name} to implement ${intf.Name} the field ${rf.Name} must have type ${typeString(rf.Type)}.`);
    for (const ra of rf.Arguments ?? []) {
      const fa = (ff.Arguments ?? []).find((a) => a.Name === ra.Name);
      if (!fa)
        fail(
          ff.Position,
          `For ${d.Name} to implement ${intf.Name} the field ${rf.Name} must have the same arguments but it is missing ${ra.Name}.`,
        );
      if (!typesEqual(ra.Type, fa.Type))
        fail(
          fa.Position,
          `For ${d.Name} to implement ${intf.Name} the field ${rf.Name} must have the same arguments but ${ra.Name} has the wrong type.`,
        );
    }
    for (const fa of ff.Arguments ?? [])
      if (!(rf.Arguments ?? []).some((a) => a.Name === fa.Name) && fa.Type.NonNull && fa.DefaultValue === null)
        fail(
          fa.Position,
          `For ${d.Name} to implement ${intf.Name} any additional arguments on ${ff.Name} must be optional or have a default value but ${fa.Name} is required.`,
        );
  }
  for (const t of intf.Interfaces)
    if (!d.Interfaces.includes(t)) {
      if (t === d.Name) fail(d.Position, `Type ${d.Name} cannot implement ${t} because it would create a circular reference.`);
      fail(d.Position, `Type ${d.Name} must implement ${t} because it is implemented by ${intfName}.`);
    }
}
function validateDefinition(schema: Schema, d: Def): void {
  for (const f of d.Fields) {
    validateName(f.Position, f.Name);
    validateTypeRef(schema, f.Type);
    validateArgs(schema, f.Arguments ?? []);
    validateDirectives(schema, f.Directives ?? [], d.Kind === 'INPUT_OBJECT' ? 'INPUT_FIELD_DEFINITION' : 'FIELD_DEFINITION');
  }
  for (const t of d.Types) {
    const td = schema.types.get(t);
    if (!td) fail(d.Position, `Undefined type ${quote(t)}.`);
    if (td.Kind !== 'OBJECT') fail(d.Position, `${d.Kind} type ${quote(t)} must be OBJECT.`);
  }
  for (const i of d.Interfaces) validateImplements(schema, d, i);
  switch (d.Kind) {
    case 'OBJECT':
    case 'INTERFACE':
      if (!d.Fields.length) fail(d.Position, `${d.Kind} ${d.Name}: must define one or more fields.`);
      for (const f of d.Fields) {
        const t = schema.types.get(namedOf(f.Type));
        if (t && !['SCALAR', 'OBJECT', 'INTERFACE', 'UNION', 'ENUM'].includes(t.Kind))
          fail(f.Position, `${d.Kind} ${d.Name}: field must be one of SCALAR, OBJECT, INTERFACE, UNION, ENUM.`);
      }
      break;
    case 'ENUM':
      if (!d.EnumValues.length) fail(d.Position, `${d.Kind} ${d.Name}: must define one or more unique enum values.`);
      for (const v of d.EnumValues) {
        if (['true', 'false', 'null'].includes(v.Name)) fail(d.Position, `${d.Kind} ${d.Name}: non-enum value ${v.Name}.`);
        validateDirectives(schema, v.Directives ?? [], 'ENUM_VALUE');
      }
      break;
    case 'INPUT_OBJECT':
      if (!d.Fields.length) fail(d.Position, `${d.Kind} ${d.Name}: must define one or more input fields.`);
      for (const f of d.Fields) {
        const t = schema.types.get(namedOf(f.Type));
        if (t && !INPUT_KINDS.has(t.Kind)) fail(f.Position, `${t.Kind} ${f.Name}: field must be one of SCALAR, ENUM, INPUT_OBJECT.`);
      }
      break;
  }
  for (let i = 0; i < d.Fields.length; i++)
    for (const f2 of d.Fields.slice(i + 1))
      if (d.Fields[i].Name === f2.Name) fail(f2.Position, `Field ${d.Name}.${f2.Name} can only be defined once.`);
  if (!d.BuiltIn) validateName(d.Position, d.Name);
  validateDirectives(schema, d.Directives, d.Kind);
}

// ---------------------------------------------------------------------------------------------
// query validation: graphql-js's rules that gqlparser also runs, against the checked schema

/** graphql-js rules gqlparser has no counterpart of (it knows no @stream and runs no defer checks). */
const SKIPPED_RULES = new Set([
  'ExecutableDefinitionsRule',
  'DeferStreamDirectiveOnRootFieldRule',
  'DeferStreamDirectiveOnValidOperationsRule',
  'DeferStreamDirectiveLabelRule',
  'StreamDirectiveOnListFieldRule',
]);
/** Directives graphql-js's schemas carry without being declared. */
const GRAPHQLJS_DIRECTIVES = new Set(['include', 'skip', 'deprecated', 'specifiedBy', 'oneOf']);

function gName(value: string): GQL.NameNode {
  return { kind: gql().Kind.NAME, value };
}
function gType(t: TypeRef): GQL.TypeNode {
  const K = gql().Kind;
  const inner: GQL.NamedTypeNode | GQL.ListTypeNode = t.Elem
    ? { kind: K.LIST_TYPE, type: gType(t.Elem) }
    : { kind: K.NAMED_TYPE, name: gName(t.NamedType) };
  return t.NonNull ? { kind: K.NON_NULL_TYPE, type: inner } : inner;
}
function gValue(v: Obj): GQL.ValueNode {
  const K = gql().Kind;
  const raw = v.Raw as string;
  const children = arr<Obj>(v.Children);
  switch (v.Kind) {
    case VK.Variable:
      return { kind: K.VARIABLE, name: gName(raw) };
    case VK.Int:
      return { kind: K.INT, value: raw };
    case VK.Float:
      return { kind: K.FLOAT, value: raw };
    case VK.String:
      return { kind: K.STRING, value: raw };
    case VK.Block:
      return { kind: K.STRING, value: raw, block: true };
    case VK.Boolean:
      return { kind: K.BOOLEAN, value: raw === 'true' };
    case VK.Null:
      return { kind: K.NULL };
    case VK.Enum:
      return { kind: K.ENUM, value: raw };
    case VK.List:
      return { kind: K.LIST, values: children.map((c) => gValue(c.Value as Obj)) };
    case VK.Object:
      return {
        kind: K.OBJECT,
        fields: children.map((c) => ({ kind: K.OBJECT_FIELD, name: gName(c.Name as string), value: gValue(c.Value as Obj) })),
      };
  }
  throw new GqlError(`unknown value kind ${String(v.Kind)}`);
}
const gDirectives = (ds: unknown): GQL.ConstDirectiveNode[] =>
  arr<Obj>(ds).map((d) => ({
    kind: gql().Kind.DIRECTIVE,
    name: gName(d.Name as string),
    arguments: arr<Obj>(d.Arguments).map((a) => ({
      kind: gql().Kind.ARGUMENT,
      name: gName(a.Name as string),
      value: gValue(a.Value as Obj) as GQL.ConstValueNode,
    })),
  }));
const gArgDefs = (as: unknown): GQL.InputValueDefinitionNode[] =>
  arr<Obj>(as).map((a) => ({
    kind: gql().Kind.INPUT_VALUE_DEFINITION,
    name: gName(a.Name as string),
    type: gType(a.Type as unknown as TypeRef),
    ...(a.DefaultValue ? { defaultValue: gValue(a.DefaultValue as Obj) as GQL.ConstValueNode } : {}),
    directives: gDirectives(a.Directives),
  }));

/** A graphql-js schema for the checked gqlparser schema (graphql-js's own checks skipped: gqlparser's apply). */
function buildSchema(schema: Schema): GQL.GraphQLSchema {
  const G = gql();
  const K = G.Kind;
  const defs: GQL.DefinitionNode[] = [];
  for (const d of schema.types.values()) {
    if (d.BuiltIn) continue;
    const name = gName(d.Name);
    const directives = gDirectives(d.Directives);
    const interfaces = d.Interfaces.map((i) => ({ kind: K.NAMED_TYPE, name: gName(i) }) as GQL.NamedTypeNode);
    const fields = d.Fields.map(
      (f) =>
        ({
          kind: K.FIELD_DEFINITION,
          name: gName(f.Name),
          arguments: gArgDefs(f.Arguments),
          type: gType(f.Type),
          directives: gDirectives(f.Directives),
        }) as GQL.FieldDefinitionNode,
    );
    switch (d.Kind) {
      case 'SCALAR':
        defs.push({ kind: K.SCALAR_TYPE_DEFINITION, name, directives });
        break;
      case 'OBJECT':
        defs.push({ kind: K.OBJECT_TYPE_DEFINITION, name, interfaces, directives, fields });
        break;
      case 'INTERFACE':
        defs.push({ kind: K.INTERFACE_TYPE_DEFINITION, name, interfaces, directives, fields });
        break;
      case 'UNION':
        defs.push({ kind: K.UNION_TYPE_DEFINITION, name, directives, types: d.Types.map((t) => ({ kind: K.NAMED_TYPE, name: gName(t) })) });
        break;
      case 'ENUM':
        defs.push({
          kind: K.ENUM_TYPE_DEFINITION,
          name,
          directives,
          values: d.EnumValues.map((v) => ({ kind: K.ENUM_VALUE_DEFINITION, name: gName(v.Name), directives: gDirectives(v.Directives) })),
        });
        break;
      case 'INPUT_OBJECT':
        defs.push({ kind: K.INPUT_OBJECT_TYPE_DEFINITION, name, directives, fields: gArgDefs(d.Fields) });
        break;
    }
  }
  for (const dd of schema.directives.values()) {
    if (dd.prelude && GRAPHQLJS_DIRECTIVES.has(dd.Name)) continue;
    defs.push({
      kind: K.DIRECTIVE_DEFINITION,
      name: gName(dd.Name),
      arguments: gArgDefs(dd.Arguments),
      repeatable: dd.IsRepeatable,
      locations: (dd.Locations ?? []).map(gName),
    });
  }
  const ops: GQL.OperationTypeDefinitionNode[] = [];
  for (const [op, d] of [
    ['query', schema.query],
    ['mutation', schema.mutation],
    ['subscription', schema.subscription],
  ] as const)
    if (d)
      ops.push({
        kind: K.OPERATION_TYPE_DEFINITION,
        operation: op as GQL.OperationTypeNode,
        type: { kind: K.NAMED_TYPE, name: gName(d.Name) },
      });
  defs.push({ kind: K.SCHEMA_DEFINITION, operationTypes: ops, directives: [] });
  return G.buildASTSchema({ kind: K.DOCUMENT, definitions: defs }, { assumeValid: true, assumeValidSDL: true });
}

/** graphql-js's query AST for a gqlparser QueryDocument (AST objects given as input). */
function gQueryDocument(doc: Obj): GQL.DocumentNode {
  const K = gql().Kind;
  const varDefs = (vs: unknown): GQL.VariableDefinitionNode[] =>
    arr<Obj>(vs).map((v) => ({
      kind: K.VARIABLE_DEFINITION,
      variable: { kind: K.VARIABLE, name: gName(v.Variable as string) },
      type: gType(v.Type as unknown as TypeRef),
      ...(v.DefaultValue ? { defaultValue: gValue(v.DefaultValue as Obj) as GQL.ConstValueNode } : {}),
      directives: gDirectives(v.Directives),
    }));
  const selections = (ss: unknown): GQL.SelectionSetNode => ({
    kind: K.SELECTION_SET,
    selections: arr<Obj>(ss).map((s): GQL.SelectionNode => {
      if ('TypeCondition' in s)
        return {
          kind: K.INLINE_FRAGMENT,
          ...(s.TypeCondition ? { typeCondition: { kind: K.NAMED_TYPE, name: gName(s.TypeCondition as string) } } : {}),
          directives: gDirectives(s.Directives),
          selectionSet: selections(s.SelectionSet),
        };
      if ('Alias' in s)
        return {
          kind: K.FIELD,
          ...(s.Alias && s.Alias !== s.Name ? { alias: gName(s.Alias as string) } : {}),
          name: gName(s.Name as string),
          arguments: arr<Obj>(s.Arguments).map((a) => ({ kind: K.ARGUMENT, name: gName(a.Name as string), value: gValue(a.Value as Obj) })),
          directives: gDirectives(s.Directives),
          ...(arr(s.SelectionSet).length ? { selectionSet: selections(s.SelectionSet) } : {}),
        };
      return { kind: K.FRAGMENT_SPREAD, name: gName(s.Name as string), directives: gDirectives(s.Directives) };
    }),
  });
  const definitions: GQL.DefinitionNode[] = [
    ...arr<Obj>(doc.Operations).map((o): GQL.OperationDefinitionNode => ({
      kind: K.OPERATION_DEFINITION,
      operation: (o.Operation || 'query') as GQL.OperationTypeNode,
      ...(o.Name ? { name: gName(o.Name as string) } : {}),
      variableDefinitions: varDefs(o.VariableDefinitions),
      directives: gDirectives(o.Directives),
      selectionSet: selections(o.SelectionSet),
    })),
    ...arr<Obj>(doc.Fragments).map((f): GQL.FragmentDefinitionNode => ({
      kind: K.FRAGMENT_DEFINITION,
      name: gName(f.Name as string),
      variableDefinitions: varDefs(f.VariableDefinition),
      typeCondition: { kind: K.NAMED_TYPE, name: gName(f.TypeCondition as string) },
      directives: gDirectives(f.Directives),
      selectionSet: selections(f.SelectionSet),
    })),
  ];
  return { kind: K.DOCUMENT, definitions };
}

/** graphql-js's validation messages in gqlparser's words (validator/rules), where they differ. */
function gqlparserMessage(msg: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^Argument "(\w+)\.(\w+)\((\w+):\)" of type "(.+)" is required, but it was not provided\.$/.exec(msg)))
    return `Field "${m[2]}" argument "${m[3]}" of type "${m[4]}" is required, but it was not provided.`;
  if ((m = /^Argument "@(\w+)\((\w+):\)" of type "(.+)" is required, but it was not provided\.$/.exec(msg)))
    return `Directive "@${m[1]}" argument "${m[2]}" of type "${m[3]}" is required, but it was not provided.`;
  if ((m = /^Unknown argument "(\w+)" on field "(\w+)\.(\w+)"\.(.*)$/.exec(msg)))
    return `Unknown argument "${m[1]}" on field "${m[2]}.${m[3]}".${m[4]}`;
  if ((m = /^The (\w+) operation is not supported by the schema\.$/.exec(msg))) return `Schema does not support operation type "${m[1]}"`;
  return msg;
}

/** OPA's validateQuery: the first validation error, or undefined. */
function validateQuery(schema: Schema, doc: Obj, node: GQL.DocumentNode | undefined): GqlError | undefined {
  const G = gql();
  const rules = G.specifiedRules.filter((r) => !SKIPPED_RULES.has(r.name));
  let errors: readonly GQL.GraphQLError[];
  try {
    errors = G.validate(buildSchema(schema), node ?? gQueryDocument(doc), rules);
  } catch (e) {
    return new GqlError(e instanceof Error ? e.message : String(e));
  }
  if (!errors.length) return undefined;
  const at = errors[0].locations?.[0];
  return new GqlError(gqlparserMessage(errors[0].message), at ? { Line: at.line, Column: at.column } : null);
}

// ---------------------------------------------------------------------------------------------
// the builtins

/** OPA's wording of a parse error: `<message> in GraphQL string at location L:C`. */
function parseFailure(e: unknown): never {
  if (!(e instanceof GqlError)) throw e;
  throw new BuiltinError(e.pos ? `${e.message} in GraphQL string at location ${e.pos.Line}:${e.pos.Column}` : e.message);
}
function schemaFailure(e: unknown): never {
  if (!(e instanceof GqlError)) throw e;
  const where = e.pos ? `input:${e.pos.Line}:${e.pos.Column}` : 'input';
  throw new BuiltinError(`Error in gqlparser SchemaDocument to Schema conversion: ${where}: ${e.message}`);
}
function validationFailure(e: GqlError): never {
  const msg = e.message.replace(/\.$/, '');
  throw new BuiltinError(e.pos ? `${msg} in GraphQL string at location ${e.pos.Line}:${e.pos.Column}` : msg);
}

interface QueryIn {
  doc: Obj;
  node?: GQL.DocumentNode;
}
/** Operand `i` as a query document (string or AST object), or null when it is neither. */
function queryOperand(v: Value): QueryIn | null {
  if (typeof v === 'string') {
    const q = parseQuery(v);
    return { doc: q.ast, node: q.node };
  }
  if (v instanceof RObject) return { doc: decode(v, dQueryDocument) };
  return null;
}
function schemaOperand(v: Value): Obj | null {
  if (typeof v === 'string') return parseSchema(v);
  if (v instanceof RObject) return decode(v, dSchemaDocument);
  return null;
}

def('graphql.parse_query', 1, (a) => {
  if (typeof a[0] !== 'string') throw operandErr(1, 'string', typeName(a[0]));
  try {
    return toValue(parseQuery(a[0]).ast);
  } catch (e) {
    parseFailure(e);
  }
});

def('graphql.parse_schema', 1, (a) => {
  if (typeof a[0] !== 'string') throw operandErr(1, 'string', typeName(a[0]));
  try {
    return toValue(parseSchema(a[0]));
  } catch (e) {
    parseFailure(e);
  }
});

def('graphql.parse', 2, (a) => {
  let q: QueryIn | null;
  let s: Obj | null;
  try {
    q = queryOperand(a[0]);
    if (!q) throw operandErr(1, 'one of {string, object}', typeName(a[0]));
    s = schemaOperand(a[1]);
    if (!s) throw operandErr(2, 'one of {string, object}', typeName(a[1]));
  } catch (e) {
    parseFailure(e);
  }
  let schema: Schema;
  try {
    schema = convertSchema(s);
  } catch (e) {
    schemaFailure(e);
  }
  const err = validateQuery(schema, q.doc, q.node);
  if (err) validationFailure(err);
  return [toValue(q.doc), toValue(s)];
});

def('graphql.parse_and_verify', 2, (a) => {
  const unverified: Value = [false, new RObject(), new RObject()];
  try {
    const q = queryOperand(a[0]);
    const s = q && schemaOperand(a[1]);
    if (!q || !s) return unverified;
    if (validateQuery(convertSchema(s), q.doc, q.node)) return unverified;
    return [true, toValue(q.doc), toValue(s)];
  } catch (e) {
    if (e instanceof GqlError) return unverified;
    throw e;
  }
});

def('graphql.is_valid', 2, (a) => {
  try {
    const q = queryOperand(a[0]);
    const s = q && schemaOperand(a[1]);
    if (!q || !s) return false;
    return !validateQuery(convertSchema(s), q.doc, q.node);
  } catch (e) {
    if (e instanceof GqlError) return false;
    throw e;
  }
});

def('graphql.schema_is_valid', 1, (a) => {
  try {
    const s = schemaOperand(a[0]);
    if (!s) return false;
    convertSchema(s);
    return true;
  } catch (e) {
    if (e instanceof GqlError) return false;
    throw e;
  }
});
