/**
 * Strings: `concat contains startswith endswith format_int indexof[_n] lower upper replace split sprintf substring trim* strings.* to_number`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { BuiltinError, operandErr } from '../errors.js';
import * as N from '../numbers.js';
import { isNumber, normBig, RSet, typeName, type Value } from '../value.js';
import { str, num, int, arr, obj, oneOf, members } from './operands.js';
import { sprintf } from '../sprintf.js';
import { renderGoTemplate } from '../gotemplate.js';
import { definer, type BuiltinTable } from './registry.js';

/** The strings builtins, by name. */
export const STRINGS_BUILTINS: BuiltinTable = new Map();
const def = definer(STRINGS_BUILTINS);

// ---------- strings ----------
def('concat', 2, (a) => {
  const sep = str(a, 0);
  const v = a[1];
  if (!Array.isArray(v) && !(v instanceof RSet)) throw operandErr(2, 'one of {array, set}', typeName(v));
  const xs = Array.isArray(v) ? v : v.sorted();
  return xs
    .map((x) => {
      if (typeof x !== 'string') throw operandErr(2, 'array of strings', 'array containing ' + typeName(x));
      return x;
    })
    .join(sep);
});
def('contains', 2, (a) => str(a, 0).includes(str(a, 1)));
def('startswith', 2, (a) => str(a, 0).startsWith(str(a, 1)));
def('endswith', 2, (a) => str(a, 0).endsWith(str(a, 1)));
def('lower', 1, (a) => str(a, 0).toLowerCase());
def('upper', 1, (a) => str(a, 0).toUpperCase());
def('indexof', 2, (a) => {
  const s = [...str(a, 0)];
  const sub = str(a, 1);
  const i = str(a, 0).indexOf(sub);
  if (i < 0) return -1;
  return [...str(a, 0).slice(0, i)].length + (s.length ? 0 : 0);
});
def('indexof_n', 2, (a) => {
  const s = str(a, 0);
  const sub = str(a, 1);
  const out: Value[] = [];
  if (sub === '') return out;
  let i = s.indexOf(sub);
  while (i >= 0) {
    out.push([...s.slice(0, i)].length);
    i = s.indexOf(sub, i + 1);
  }
  return out;
});
def('replace', 3, (a) => str(a, 0).split(str(a, 1)).join(str(a, 2)));
def('split', 2, (a) => {
  const s = str(a, 0);
  const d = str(a, 1);
  if (d === '') return [...s];
  return s.split(d);
});
def('substring', 3, (a) => {
  const s = [...str(a, 0)];
  const start = int(a, 1);
  const len = int(a, 2);
  if (start < 0) throw new BuiltinError('negative offset');
  if (start >= s.length) return '';
  if (len < 0) return s.slice(start).join('');
  return s.slice(start, start + len).join('');
});
function trimSet(s: string, cut: string, left: boolean, right: boolean): string {
  const cs = new Set([...cut]);
  const chars = [...s];
  let i = 0;
  let j = chars.length;
  if (left) while (i < j && cs.has(chars[i])) i++;
  if (right) while (j > i && cs.has(chars[j - 1])) j--;
  return chars.slice(i, j).join('');
}
def('trim', 2, (a) => trimSet(str(a, 0), str(a, 1), true, true));
def('trim_left', 2, (a) => trimSet(str(a, 0), str(a, 1), true, false));
def('trim_right', 2, (a) => trimSet(str(a, 0), str(a, 1), false, true));
def('trim_prefix', 2, (a) => {
  const s = str(a, 0);
  const p = str(a, 1);
  return s.startsWith(p) ? s.slice(p.length) : s;
});
def('trim_suffix', 2, (a) => {
  const s = str(a, 0);
  const p = str(a, 1);
  return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
});
def('trim_space', 1, (a) => str(a, 0).replace(/^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/gu, ''));
def('strings.reverse', 1, (a) => [...str(a, 0)].reverse().join(''));
def('strings.count', 2, (a) => {
  const s = str(a, 0);
  const sub = str(a, 1);
  if (sub === '') return [...s].length + 1;
  return s.split(sub).length - 1;
});
def('strings.replace_n', 2, (a) => {
  const o = obj(a, 0);
  let s = str(a, 1);
  const pairs: [string, string][] = [];
  for (const [k, v] of o.sortedEntries()) {
    if (typeof k !== 'string') throw new BuiltinError('operand 1 non-string key found in pattern object', 'eval_type_error');
    if (typeof v !== 'string') throw new BuiltinError('operand 1 non-string value found in pattern object', 'eval_type_error');
    pairs.push([k, v]);
  }
  // Go strings.NewReplacer: at each position, the first matching old string (in argument order)
  let out = '';
  let i = 0;
  outer: while (i < s.length) {
    for (const [k, v] of pairs) {
      if (k !== '' && s.startsWith(k, i)) {
        out += v;
        i += k.length;
        continue outer;
      }
    }
    out += s[i];
    i++;
  }
  s = out;
  return s;
});
function strList(a: Value[], i: number): string[] {
  const v = a[i];
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v) && !(v instanceof RSet)) throw operandErr(i + 1, 'one of {string, set, array}', typeName(v));
  return members(v).map((x) => {
    if (typeof x !== 'string') throw operandErr(i + 1, 'array of strings', 'array containing ' + typeName(x));
    return x;
  });
}
def('strings.any_prefix_match', 2, (a) => {
  const ss = strList(a, 0);
  const ps = strList(a, 1);
  return ss.some((s) => ps.some((p) => s.startsWith(p)));
});
def('strings.any_suffix_match', 2, (a) => {
  const ss = strList(a, 0);
  const ps = strList(a, 1);
  return ss.some((s) => ps.some((p) => s.endsWith(p)));
});
def('format_int', 2, (a) => {
  const n = num(a, 0);
  const base = int(a, 1);
  if (![2, 8, 10, 16].includes(base)) throw new BuiltinError('operand 2 must be one of {2, 8, 10, 16}', 'eval_type_error');
  const i = N.isInt(n) ? N.toBig(n) : BigInt(Math.trunc(n as number));
  return i.toString(base);
});
def('to_number', 1, (a) => {
  const v = oneOf(a, 0, ['null', 'boolean', 'number', 'string']);
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isNumber(v)) return v;
  const s = v as string;
  if (/^[+-]?(inf|infinity|nan)$/i.test(s)) throw new BuiltinError(`operand 1 must be valid number string, got ${s}`, 'eval_type_error');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s))
    throw new BuiltinError(`strconv.ParseFloat: parsing ${JSON.stringify(s)}: invalid syntax`);
  if (/^[+-]?\d+$/.test(s)) return normBig(BigInt(s));
  return Number(s);
});
def('sprintf', 2, (a) => sprintf(str(a, 0), arr(a, 1)));

// strings.render_template(template, vars): Go text/template over the object (OPA topdown/template.go)
def('strings.render_template', 2, (a) => {
  const template = str(a, 0);
  const vars = obj(a, 1);
  try {
    return renderGoTemplate(template, vars);
  } catch (e) {
    throw new BuiltinError((e as Error).message);
  }
});
