/**
 * Time: `time.*` (UTC and IANA zones through Intl), following OPA's topdown/time.go.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { BuiltinError, operandErr } from '../errors.js';
import { isNumber, normBig, typeName, type Value } from '../value.js';
import { str } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The time builtins, by name. */
export const TIME_BUILTINS: BuiltinTable = new Map();
const def = definer(TIME_BUILTINS);

// ---------- time (minimal) ----------
def('time.now_ns', 0, (_a, ctx) => normBig(ctx.nowNs));

// ---------------- time ----------------
const NS = 1000000n;
const MIN_NS = -9223372036854775808n;
const MAX_NS = 9223372036854775807n;
function nsArg(v: Value, fname: string): bigint {
  if (!isNumber(v)) throw operandErr(1, 'number', typeName(v));
  if (typeof v === 'number' && !Number.isInteger(v)) v = Math.trunc(v);
  const b = BigInt(v as number | bigint);
  if (b < MIN_NS || b > MAX_NS) throw new BuiltinError('timestamp too big');
  void fname;
  return b;
}
interface Civil {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  nanos: number;
  offsetMin: number;
  weekday: number;
  yday: number;
}
function civil(ns: bigint, tz: string): Civil {
  const ms = Number(ns / NS) - (ns % NS < 0n ? 1 : 0);
  const nanos = Number(((ns % 1000000000n) + 1000000000n) % 1000000000n);
  let offsetMin = 0;
  if (tz && tz !== 'UTC' && tz !== '') {
    let fmt: Intl.DateTimeFormat;
    try {
      fmt = new Intl.DateTimeFormat('en-US', { timeZone: tz === 'Local' ? undefined : tz, timeZoneName: 'longOffset' });
    } catch {
      throw new BuiltinError(`unknown time zone ${tz}`);
    }
    const part = fmt.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
    if (m) offsetMin = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  }
  const d = new Date(ms + offsetMin * 60000);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    nanos,
    offsetMin,
    weekday: d.getUTCDay(),
    yday: Math.floor((d.getTime() - start) / 86400000) + 1,
  };
}
function tsArgs(v: Value, fname: string): { ns: bigint; tz: string; layout?: string } {
  if (Array.isArray(v)) {
    if (v.length < 1 || v.length > 3) throw new BuiltinError('array must have 1 to 3 elements');
    const tz = v.length > 1 ? v[1] : 'UTC';
    if (typeof tz !== 'string') throw new BuiltinError('timezone must be a string');
    const layout = v[2];
    if (layout !== undefined && typeof layout !== 'string') throw new BuiltinError('layout must be a string');
    return { ns: nsArg(v[0], fname), tz, layout };
  }
  return { ns: nsArg(v, fname), tz: 'UTC' };
}
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
def('time.date', 1, (a) => {
  const { ns, tz } = tsArgs(a[0], 'time.date');
  const c = civil(ns, tz);
  return [c.y, c.mo, c.d];
});
def('time.clock', 1, (a) => {
  const { ns, tz } = tsArgs(a[0], 'time.clock');
  const c = civil(ns, tz);
  return [c.h, c.mi, c.s];
});
def('time.weekday', 1, (a) => {
  const { ns, tz } = tsArgs(a[0], 'time.weekday');
  return WEEKDAYS[civil(ns, tz).weekday];
});
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
function offsetText(min: number, colon: boolean, zForUTC: boolean): string {
  if (min === 0 && zForUTC) return 'Z';
  const sign = min < 0 ? '-' : '+';
  const m = Math.abs(min);
  return sign + pad(Math.floor(m / 60)) + (colon ? ':' : '') + pad(m % 60);
}
const LAYOUTS: Record<string, string> = {
  ANSIC: 'Mon Jan _2 15:04:05 2006',
  UnixDate: 'Mon Jan _2 15:04:05 MST 2006',
  RubyDate: 'Mon Jan 02 15:04:05 -0700 2006',
  RFC822: '02 Jan 06 15:04 MST',
  RFC822Z: '02 Jan 06 15:04 -0700',
  RFC850: 'Monday, 02-Jan-06 15:04:05 MST',
  RFC1123: 'Mon, 02 Jan 2006 15:04:05 MST',
  RFC1123Z: 'Mon, 02 Jan 2006 15:04:05 -0700',
  RFC3339: '2006-01-02T15:04:05Z07:00',
  RFC3339Nano: '2006-01-02T15:04:05.999999999Z07:00',
  Kitchen: '3:04PM',
  Stamp: 'Jan _2 15:04:05',
  DateTime: '2006-01-02 15:04:05',
  DateOnly: '2006-01-02',
  TimeOnly: '15:04:05',
};
/** Go time.Format for the common layout elements. */
function goFormat(c: Civil, layout: string, tzName: string): string {
  const tokens: [string, () => string][] = [
    ['January', () => MONTHS[c.mo - 1]],
    ['Monday', () => WEEKDAYS[c.weekday]],
    ['2006', () => pad(c.y, 4)],
    ['Z07:00', () => offsetText(c.offsetMin, true, true)],
    ['-07:00', () => offsetText(c.offsetMin, true, false)],
    ['Z0700', () => offsetText(c.offsetMin, false, true)],
    ['-0700', () => offsetText(c.offsetMin, false, false)],
    ['Jan', () => MONTHS[c.mo - 1].slice(0, 3)],
    ['Mon', () => WEEKDAYS[c.weekday].slice(0, 3)],
    ['MST', () => (c.offsetMin === 0 ? 'UTC' : tzName)],
    ['.999999999', () => frac(c.nanos, 9, true)],
    ['.000000000', () => frac(c.nanos, 9, false)],
    ['.999999', () => frac(c.nanos, 6, true)],
    ['.000000', () => frac(c.nanos, 6, false)],
    ['.999', () => frac(c.nanos, 3, true)],
    ['.000', () => frac(c.nanos, 3, false)],
    ['01', () => pad(c.mo)],
    ['02', () => pad(c.d)],
    ['_2', () => String(c.d).padStart(2, ' ')],
    ['15', () => pad(c.h)],
    ['03', () => pad(c.h % 12 === 0 ? 12 : c.h % 12)],
    ['04', () => pad(c.mi)],
    ['05', () => pad(c.s)],
    ['06', () => pad(c.y % 100)],
    ['PM', () => (c.h >= 12 ? 'PM' : 'AM')],
    ['3', () => String(c.h % 12 === 0 ? 12 : c.h % 12)],
    ['1', () => String(c.mo)],
    ['2', () => String(c.d)],
  ];
  let out = '';
  let i = 0;
  outer: while (i < layout.length) {
    for (const [t, f] of tokens) {
      if (layout.startsWith(t, i)) {
        out += f();
        i += t.length;
        continue outer;
      }
    }
    out += layout[i++];
  }
  return out;
}
function frac(nanos: number, digits: number, trim: boolean): string {
  let s = String(nanos).padStart(9, '0').slice(0, digits);
  if (trim) s = s.replace(/0+$/, '');
  return s ? '.' + s : '';
}
def('time.format', 1, (a) => {
  const { ns, tz, layout } = tsArgs(a[0], 'time.format');
  const c = civil(ns, tz);
  const l = layout === undefined ? LAYOUTS.RFC3339Nano : (LAYOUTS[layout] ?? layout);
  return goFormat(c, l, tz);
});
function parseRFC3339(s: string): bigint {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/.exec(s);
  if (!m) throw new BuiltinError(`parsing time ${JSON.stringify(s)} as "2006-01-02T15:04:05Z07:00": cannot parse`);
  const [y, mo, d, h, mi, se] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59)
    throw new BuiltinError(`parsing time ${JSON.stringify(s)}: value out of range`);
  let ms = Date.UTC(y, mo - 1, d, h, mi, se);
  if (y < 100) {
    const dt = new Date(ms);
    dt.setUTCFullYear(y);
    ms = dt.getTime();
  }
  if (m[9]) ms -= (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60000;
  const ns = BigInt(ms) * NS + BigInt((m[7] ?? '').padEnd(9, '0') || '0');
  if (ns < MIN_NS || ns > MAX_NS) throw new BuiltinError('time outside of valid range');
  return ns;
}
def('time.parse_rfc3339_ns', 1, (a) => normBig(parseRFC3339(str(a, 0))));
def('time.parse_ns', 2, (a) => {
  const layout = str(a, 0);
  const value = str(a, 1);
  const l = LAYOUTS[layout] ?? layout;
  if (l === LAYOUTS.RFC3339 || l === LAYOUTS.RFC3339Nano) return normBig(parseRFC3339(value));
  return normBig(parseLayout(l, value));
});

/** Go time.Parse for the common layout elements (a regex built from the layout). */
function parseLayout(layout: string, value: string): bigint {
  const toks: [string, string, string][] = [
    ['January', '(' + MONTHS.join('|') + ')', 'month'],
    ['Monday', '(?:' + WEEKDAYS.join('|') + ')', ''],
    ['2006', '(\\d{4})', 'year'],
    ['Z07:00', '(Z|[+-]\\d{2}:\\d{2})', 'zone'],
    ['-07:00', '([+-]\\d{2}:\\d{2})', 'zone'],
    ['Z0700', '(Z|[+-]\\d{4})', 'zone'],
    ['-0700', '([+-]\\d{4})', 'zone'],
    ['Jan', '(' + MONTHS.map((m) => m.slice(0, 3)).join('|') + ')', 'mon'],
    ['Mon', '(?:' + WEEKDAYS.map((m) => m.slice(0, 3)).join('|') + ')', ''],
    ['MST', '([A-Z]{3,4})', 'abbr'],
    ['.999999999', '(?:\\.(\\d{1,9}))?', 'frac'],
    ['.000000000', '\\.(\\d{9})', 'frac'],
    ['.999999', '(?:\\.(\\d{1,6}))?', 'frac'],
    ['.000000', '\\.(\\d{6})', 'frac'],
    ['.999', '(?:\\.(\\d{1,3}))?', 'frac'],
    ['.000', '\\.(\\d{3})', 'frac'],
    ['01', '(\\d{2})', 'mo'],
    ['02', '(\\d{2})', 'day'],
    ['_2', ' ?(\\d{1,2})', 'day'],
    ['15', '(\\d{2})', 'hour'],
    ['03', '(\\d{2})', 'hour12'],
    ['04', '(\\d{2})', 'min'],
    ['05', '(\\d{2})', 'sec'],
    ['06', '(\\d{2})', 'yy'],
    ['PM', '(AM|PM)', 'ampm'],
    ['3', '(\\d{1,2})', 'hour12'],
    ['1', '(\\d{1,2})', 'mo'],
    ['2', '(\\d{1,2})', 'day'],
  ];
  let rx = '^';
  const fields: string[] = [];
  let i = 0;
  outer: while (i < layout.length) {
    for (const [t, r, name] of toks) {
      if (layout.startsWith(t, i)) {
        rx += r;
        if (name) fields.push(name);
        i += t.length;
        continue outer;
      }
    }
    rx += layout[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    i++;
  }
  const m = new RegExp(rx + '$').exec(value);
  if (!m) throw new BuiltinError(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse`);
  let y = 1970;
  let mo = 1;
  let d = 1;
  let h = 0;
  let mi = 0;
  let se = 0;
  let nanos = 0;
  let offMin = 0;
  let pm: boolean | undefined;
  fields.forEach((name, j) => {
    const v = m[j + 1];
    if (v === undefined) return;
    switch (name) {
      case 'year':
        y = Number(v);
        break;
      case 'yy':
        y = Number(v) + (Number(v) >= 69 ? 1900 : 2000);
        break;
      case 'month':
        mo = MONTHS.indexOf(v) + 1;
        break;
      case 'mon':
        mo = MONTHS.findIndex((x) => x.startsWith(v)) + 1;
        break;
      case 'mo':
        mo = Number(v);
        break;
      case 'day':
        d = Number(v);
        break;
      case 'hour':
      case 'hour12':
        h = Number(v);
        break;
      case 'min':
        mi = Number(v);
        break;
      case 'sec':
        se = Number(v);
        break;
      case 'frac':
        nanos = Number(v.padEnd(9, '0'));
        break;
      case 'ampm':
        pm = v === 'PM';
        break;
      case 'zone':
        if (v !== 'Z') offMin = (v[0] === '-' ? -1 : 1) * (Number(v.slice(1, 3)) * 60 + Number(v.slice(-2)));
        break;
    }
  });
  if (pm !== undefined) h = (h % 12) + (pm ? 12 : 0);
  const ms = Date.UTC(y, mo - 1, d, h, mi, se) - offMin * 60000;
  const ns = BigInt(ms) * NS + BigInt(nanos);
  if (ns < MIN_NS || ns > MAX_NS) throw new BuiltinError('time outside of valid range');
  return ns;
}
const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n,
  μs: 1000n,
  ms: NS,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n,
};
def('time.parse_duration_ns', 1, (a) => {
  const s = str(a, 0);
  const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.exec(s);
  if (s === '0') return 0;
  if (!m) throw new BuiltinError(`time: invalid duration ${JSON.stringify(s)}`);
  let total = 0;
  for (const part of s.replace(/^[+-]/, '').matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g))
    total += Number(part[1]) * Number(UNITS[part[2]]);
  return normBig(BigInt(Math.round(total)) * (m[1] === '-' ? -1n : 1n));
});
def('time.add_date', 4, (a) => {
  const ns = nsArg(a[0], 'time.add_date');
  const [y, mo, d] = [1, 2, 3].map((i) => {
    const v = a[i];
    if (!isNumber(v)) throw operandErr(i + 1, 'number', typeName(v));
    return Number(v);
  });
  const ms = Number(ns / NS);
  const sub = ns % NS;
  const dt = new Date(ms);
  const r = Date.UTC(
    dt.getUTCFullYear() + y,
    dt.getUTCMonth() + mo,
    dt.getUTCDate() + d,
    dt.getUTCHours(),
    dt.getUTCMinutes(),
    dt.getUTCSeconds(),
    dt.getUTCMilliseconds(),
  );
  const out = BigInt(r) * NS + sub;
  if (out < MIN_NS || out > MAX_NS) throw new BuiltinError('time outside of valid range');
  return normBig(out);
});
def('time.diff', 2, (a) => {
  const x = tsArgs(a[0], 'time.diff');
  const y = tsArgs(a[1], 'time.diff');
  // both in the first argument's zone (github.com/icza/gox timex.Diff, as OPA)
  let [t1, t2] = [x.ns, y.ns];
  if (t1 > t2) [t1, t2] = [t2, t1];
  const c1 = civil(t1, x.tz);
  const c2 = civil(t2, x.tz);
  let [yy, mo, d, h, mi, s] = [c2.y - c1.y, c2.mo - c1.mo, c2.d - c1.d, c2.h - c1.h, c2.mi - c1.mi, c2.s - c1.s];
  if (s < 0) {
    s += 60;
    mi--;
  }
  if (mi < 0) {
    mi += 60;
    h--;
  }
  if (h < 0) {
    h += 24;
    d--;
  }
  if (d < 0) {
    d += 32 - new Date(Date.UTC(c1.y, c1.mo - 1, 32)).getUTCDate();
    mo--;
  }
  if (mo < 0) {
    mo += 12;
    yy--;
  }
  return [yy, mo, d, h, mi, s];
});
