/**
 * `glob.match` (gobwas/glob patterns translated to RE2), `glob.quote_meta`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { operandErr } from '../errors.js';
import { typeName } from '../value.js';
import { str, arr } from './operands.js';
import { re } from './regex.js';
import { globToRegex } from '../globregex.js';
import { definer, type BuiltinTable } from './registry.js';

/** The glob builtins, by name. */
export const GLOB_BUILTINS: BuiltinTable = new Map();
const def = definer(GLOB_BUILTINS);

const globCache = new Map<string, string>();
def('glob.match', 3, (a) => {
  const p = str(a, 0);
  let delims: string[] | null;
  if (a[1] === null) delims = null;
  else {
    const d = arr(a, 1);
    delims = d.map((x) => {
      if (typeof x !== 'string') throw operandErr(2, 'array of strings', 'array containing ' + typeName(x));
      return x;
    });
    if (delims.length === 0) delims = ['.'];
  }
  const s = str(a, 2);
  const key = JSON.stringify([p, delims]);
  let rx = globCache.get(key);
  if (rx === undefined) {
    rx = globToRegex(p, delims);
    if (globCache.size > 1000) globCache.clear();
    globCache.set(key, rx);
  }
  return re(rx).matcher(s).find();
});
def('glob.quote_meta', 1, (a) => str(a, 0).replace(/[*?\\[\]{}]/g, '\\$&'));
