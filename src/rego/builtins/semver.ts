/**
 * `semver.is_valid`, `semver.compare` (https://semver.org, 2.0.0).
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { BuiltinError } from '../errors.js';
import { str } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The semver builtins, by name. */
export const SEMVER_BUILTINS: BuiltinTable = new Map();
const def = definer(SEMVER_BUILTINS);

// ---------------- semver (https://semver.org, 2.0.0) ----------------
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function semverCmp(x: string, y: string): number {
  const a = SEMVER.exec(x)!;
  const b = SEMVER.exec(y)!;
  for (let i = 1; i <= 3; i++) {
    const d = BigInt(a[i]) - BigInt(b[i]);
    if (d !== 0n) return d < 0n ? -1 : 1;
  }
  const pa = a[4];
  const pb = b[4];
  if (pa === undefined && pb === undefined) return 0;
  if (pa === undefined) return 1;
  if (pb === undefined) return -1;
  const xa = pa.split('.');
  const xb = pb.split('.');
  for (let i = 0; i < Math.min(xa.length, xb.length); i++) {
    const na = /^\d+$/.test(xa[i]);
    const nb = /^\d+$/.test(xb[i]);
    if (na && nb) {
      const d = BigInt(xa[i]) - BigInt(xb[i]);
      if (d !== 0n) return d < 0n ? -1 : 1;
    } else if (na !== nb) return na ? -1 : 1;
    else if (xa[i] !== xb[i]) return xa[i] < xb[i] ? -1 : 1;
  }
  return Math.sign(xa.length - xb.length);
}
def('semver.is_valid', 1, (a) => typeof a[0] === 'string' && SEMVER.test(a[0]));
def('semver.compare', 2, (a) => {
  const x = str(a, 0);
  const y = str(a, 1);
  if (!SEMVER.test(x)) throw new BuiltinError(`operand 1: string ${JSON.stringify(x)} is not a valid SemVer`);
  if (!SEMVER.test(y)) throw new BuiltinError(`operand 2: string ${JSON.stringify(y)} is not a valid SemVer`);
  return semverCmp(x, y);
});
