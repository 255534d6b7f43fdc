/**
 * Type check of literal operands of common builtins (OPA's builtin signatures, ast/builtins.go),
 * reported as OPA's type checker does (`rego_type_error`).
 */
import type { Term } from './ast.js';
import { errAt, RegoErrors } from './errors.js';
import { typeName } from './value.js';

/**
 * Operand types of common builtins (OPA's builtin signatures, ast/builtins.go), checked at compile
 * time against literal arguments: a call such as `1 + "a"` or `count(5)` is a rego_type_error,
 * as OPA's type checker reports it. Arguments whose type is only known at run time are not checked.
 */
const SIGS: Record<string, string[][]> = {
  plus: [['number'], ['number']],
  minus: [
    ['number', 'set'],
    ['number', 'set'],
  ],
  mul: [['number'], ['number']],
  div: [['number'], ['number']],
  rem: [['number'], ['number']],
  abs: [['number']],
  round: [['number']],
  ceil: [['number']],
  floor: [['number']],
  count: [['array', 'object', 'set', 'string']],
  sum: [['array', 'set']],
  product: [['array', 'set']],
  max: [['array', 'set']],
  min: [['array', 'set']],
  sort: [['array', 'set']],
  and: [['set'], ['set']],
  or: [['set'], ['set']],
  concat: [['string'], ['array', 'set']],
  contains: [['string'], ['string']],
  startswith: [['string'], ['string']],
  endswith: [['string'], ['string']],
  lower: [['string']],
  upper: [['string']],
  split: [['string'], ['string']],
  replace: [['string'], ['string'], ['string']],
  sprintf: [['string'], ['array']],
  substring: [['string'], ['number'], ['number']],
  trim: [['string'], ['string']],
  trim_space: [['string']],
  indexof: [['string'], ['string']],
  'regex.match': [['string'], ['string']],
  'glob.match': [['string'], ['array', 'null'], ['string']],
  'object.get': [['object']],
  'object.keys': [['object']],
  'array.concat': [['array'], ['array']],
  'array.slice': [['array'], ['number'], ['number']],
  'json.unmarshal': [['string']],
  'base64.decode': [['string']],
  'base64.encode': [['string']],
};

function literalType(t: Term): string | undefined {
  switch (t.t) {
    case 'scalar':
      return typeName(t.v);
    case 'array':
    case 'acompr':
      return 'array';
    case 'set':
    case 'scompr':
      return 'set';
    case 'object':
    case 'ocompr':
      return 'object';
    default:
      return undefined;
  }
}

export function checkCallTypes(op: string, args: Term[], loc: Term['loc']): void {
  const sig = SIGS[op];
  if (!sig) return;
  const have = args.slice(0, sig.length).map((a) => literalType(a));
  const bad = have.findIndex((t, i) => t !== undefined && !sig[i].includes(t));
  if (bad < 0) return;
  const fmt = (ts: string[]): string => (ts.length === 1 ? ts[0] : `any<${ts.join(', ')}>`);
  throw new RegoErrors([
    errAt(
      'rego_type_error',
      `${op}: invalid argument(s)\n\thave: (${have.map((t) => t ?? 'any').join(', ')})\n\twant: (${sig.map(fmt).join(', ')})`,
      args[bad].loc ?? loc,
    ),
  ]);
}
