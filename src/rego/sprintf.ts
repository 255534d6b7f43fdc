/**
 * Go's fmt.Sprintf over Rego values, as OPA's `sprintf` passes them.
 */
import * as N from './numbers.js';
import { isNumber, numText, stringifyValue, type Value } from './value.js';

/** Go's %v of a float64 (shortest repr; exponent when exp < -4 || exp >= 21). */
export function goFloat(f: number): string {
  if (Number.isInteger(f) && Math.abs(f) < 1e21) return String(f);
  const s = f.toExponential();
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s)!;
  const exp = Number(m[2]);
  if (exp < -4 || exp >= 21) {
    const e = Math.abs(exp) < 10 ? `${exp < 0 ? '-' : '+'}0${Math.abs(exp)}` : `${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
    return m[1] + 'e' + e;
  }
  return String(f);
}

/** Go fmt.Sprintf over Rego values, as OPA's sprintf passes them (numbers as big.Int or float64, strings as string, others as their Rego text). */
export function sprintf(format: string, args: Value[]): string {
  let ai = 0;
  return (
    format.replace(
      /%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g,
      (all, flags: string, width: string | undefined, prec: string | undefined, verb: string) => {
        if (verb === '%') return '%';
        if (ai >= args.length) return `%!${verb}(MISSING)`;
        const v = args[ai++];
        let s: string;
        const isIntNum = isNumber(v) && N.isInt(v);
        switch (verb) {
          case 'v':
            s = typeof v === 'string' ? v : isNumber(v) ? (isIntNum ? bigText(v) : goFloat(v as number)) : stringifyValue(v);
            break;
          case 's':
            if (typeof v === 'string') s = v;
            else if (isIntNum) s = numText(v as N.Num);
            else if (isNumber(v)) s = `%!s(float64=${goFloat(v as number)})`;
            else s = stringifyValue(v);
            break;
          case 'q':
            s = typeof v === 'string' ? JSON.stringify(v) : stringifyValue(v);
            break;
          case 'd':
            if (isIntNum) s = numText(v as N.Num);
            else if (isNumber(v)) s = `%!d(float64=${goFloat(v as number)})`;
            else s = `%!d(string=${stringifyValue(v)})`;
            if (flags.includes('+') && isIntNum && !s.startsWith('-')) s = '+' + s;
            break;
          case 'f':
          case 'F':
            if (isNumber(v)) {
              s = Number(v).toFixed(prec !== undefined ? Number(prec) : 6);
              if (flags.includes('+') && !s.startsWith('-')) s = '+' + s;
            } else s = `%!f(string=${stringifyValue(v)})`;
            break;
          case 'e':
            s = isNumber(v)
              ? Number(v)
                  .toExponential(prec !== undefined ? Number(prec) : 6)
                  .replace(/e([+-])(\d)$/, 'e$10$2')
              : `%!e(${stringifyValue(v)})`;
            break;
          case 'g':
            s = isNumber(v) ? goFloat(Number(v)) : stringifyValue(v);
            break;
          case 'x':
          case 'X': {
            if (isIntNum) s = N.toBig(v as N.Num).toString(16);
            else if (typeof v === 'string') s = Buffer.from(v, 'utf8').toString('hex');
            else s = stringifyValue(v);
            if (verb === 'X') s = s.toUpperCase();
            break;
          }
          case 'o':
            s = isIntNum ? N.toBig(v as N.Num).toString(8) : stringifyValue(v);
            break;
          case 'b':
            s = isIntNum ? N.toBig(v as N.Num).toString(2) : stringifyValue(v);
            break;
          case 't':
            s = typeof v === 'boolean' ? String(v) : `%!t(${stringifyValue(v)})`;
            break;
          case 'T':
            s = typeof v === 'string' ? 'string' : isIntNum ? '*big.Int' : isNumber(v) ? 'float64' : 'string';
            break;
          default:
            s = `%!${verb}(${stringifyValue(v)})`;
        }
        if (verb === 's' && prec !== undefined) s = [...s].slice(0, Number(prec)).join('');
        if (width) {
          const w = Number(width);
          const len = [...s].length;
          if (len < w) {
            if (flags.includes('-')) s = s + ' '.repeat(w - len);
            else if (flags.includes('0') && 'dfeFxXob'.includes(verb)) {
              const neg = s.startsWith('-') || s.startsWith('+');
              s = neg ? s[0] + '0'.repeat(w - len) + s.slice(1) : '0'.repeat(w - len) + s;
            } else s = ' '.repeat(w - len) + s;
          }
        }
        void all;
        return s;
      },
    ) + (ai < args.length ? `%!(EXTRA ${args.slice(ai).map(extraText).join(', ')})` : '')
  );
}

/**
 * `%v` of an integer. OPA hands sprintf a number it cannot read as big.Int or float64 as its source
 * text (topdown/strings.go builtinSprintf): an integer beyond float64's range written with an exponent
 * (`2e308`) prints as written. This engine keeps a number's value, not its spelling, so such an integer
 * (beyond float64, 20 or more trailing zeros) prints in that exponent form; others print their digits.
 */
function bigText(v: N.Num): string {
  const t = numText(v);
  if (typeof v !== 'bigint' || Number.isFinite(Number(v))) return t;
  const m = /^(-?\d*?[1-9])(0{20,})$/.exec(t);
  return m ? `${m[1]}e${m[2].length}` : t;
}

/** Go's `%!(EXTRA type=value)` text of an operand sprintf did not consume. */
function extraText(v: Value): string {
  if (typeof v === 'string') return 'string=' + v;
  if (isNumber(v)) return (N.isInt(v) ? '*big.Int=' : 'float64=') + numText(v);
  return 'string=' + stringifyValue(v);
}
