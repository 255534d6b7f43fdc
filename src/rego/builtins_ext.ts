/**
 * More Rego builtins used by policy gates: net.cidr_* (IPv4/IPv6), semver.*, time.* (UTC and IANA
 * zones through Intl), json.filter / json.remove / json.patch (RFC 6902), walk, graph.reachable,
 * uuid.*. Semantics and error wording follow OPA's topdown implementations.
 */
import { randomUUID } from 'node:crypto';
import { BuiltinError, operandErr } from './errors.js';
import { defineBuiltin as def, index } from './builtins.js';
import { compare, equal, isNumber, normBig, RObject, RSet, typeName, type Value } from './value.js';

const str = (a: Value[], i: number): string => {
  const v = a[i];
  if (typeof v !== 'string') throw operandErr(i + 1, 'string', typeName(v));
  return v;
};

// ---------------- net ----------------
interface Cidr {
  v6: boolean;
  addr: bigint;
  bits: number;
  prefix: number;
}

function parseIPv4(s: string): bigint | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  let v = 0n;
  for (let i = 1; i <= 4; i++) {
    if (m[i].length > 1 && m[i].startsWith('0')) return undefined;
    const n = Number(m[i]);
    if (n > 255) return undefined;
    v = (v << 8n) | BigInt(n);
  }
  return v;
}

function parseIPv6(s: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return undefined;
  let tail4: bigint | undefined;
  let t = s;
  const lastColon = s.lastIndexOf(':');
  if (s.includes('.')) {
    tail4 = parseIPv4(s.slice(lastColon + 1));
    if (tail4 === undefined) return undefined;
    t = s.slice(0, lastColon + 1) + '0:0';
  }
  const halves = t.split('::');
  if (halves.length > 2) return undefined;
  const left = halves[0] ? halves[0].split(':') : [];
  const right = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  if (halves.length === 1 && left.length !== 8) return undefined;
  if (left.length + right.length > (halves.length === 2 ? 7 : 8)) return undefined;
  const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  let v = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  if (tail4 !== undefined) v = (v & ~0xffffffffn) | tail4;
  return v;
}

function parseIP(s: string): { v6: boolean; addr: bigint } | undefined {
  const a4 = parseIPv4(s);
  if (a4 !== undefined) return { v6: false, addr: a4 };
  const a6 = parseIPv6(s);
  if (a6 !== undefined) {
    // IPv4-mapped IPv6 (::ffff:a.b.c.d) is treated as IPv4 by Go's net package
    if (a6 >> 32n === 0xffffn) return { v6: false, addr: a6 & 0xffffffffn };
    return { v6: true, addr: a6 };
  }
  return undefined;
}

function parseCidr(s: string, fname: string, strict = true): Cidr {
  const i = s.indexOf('/');
  if (i < 0) throw new BuiltinError(`invalid CIDR address: ${s}`);
  const ip = parseIP(s.slice(0, i));
  const ps = s.slice(i + 1);
  const bits = ip?.v6 ? 128 : 32;
  if (!ip || !/^\d+$/.test(ps) || Number(ps) > bits) throw new BuiltinError(`invalid CIDR address: ${s}`);
  void fname;
  void strict;
  return { v6: ip.v6, addr: ip.addr, bits, prefix: Number(ps) };
}

function maskOf(c: { bits: number; prefix: number }): bigint {
  const all = (1n << BigInt(c.bits)) - 1n;
  return all ^ ((1n << BigInt(c.bits - c.prefix)) - 1n);
}

function network(c: Cidr): bigint {
  return c.addr & maskOf(c);
}

/** A CIDR or a bare IP (as a /32 or /128). */
function cidrOrIP(s: string): Cidr {
  if (s.includes('/')) return parseCidr(s, '');
  const ip = parseIP(s);
  if (!ip) throw new BuiltinError(`invalid CIDR address: ${s}`);
  const bits = ip.v6 ? 128 : 32;
  return { v6: ip.v6, addr: ip.addr, bits, prefix: bits };
}

function contains(outer: Cidr, inner: Cidr): boolean {
  if (outer.v6 !== inner.v6) return false;
  if (inner.prefix < outer.prefix) return false;
  return (inner.addr & maskOf(outer)) === network(outer);
}

function ipText(v6: boolean, a: bigint): string {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => String((a >> s) & 255n)).join('.');
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((a >> BigInt(i * 16)) & 0xffffn));
  // Go: the longest run (>= 2) of zero groups becomes ::
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLen).join(':');
}

def('net.cidr_contains', 2, (a) => contains(parseCidr(str(a, 0), 'net.cidr_contains'), cidrOrIP(str(a, 1))));
def('net.cidr_intersects', 2, (a) => {
  const x = parseCidr(str(a, 0), '');
  const y = parseCidr(str(a, 1), '');
  if (x.v6 !== y.v6) return false;
  return contains(x, { ...y, addr: network(y) }) || contains(y, { ...x, addr: network(x) });
});
def('net.cidr_is_valid', 1, (a) => {
  if (typeof a[0] !== 'string') return false;
  try {
    parseCidr(a[0], '');
    return true;
  } catch {
    return false;
  }
});
def('net.cidr_expand', 1, (a) => {
  const c = parseCidr(str(a, 0), '');
  const n = 1n << BigInt(c.bits - c.prefix);
  if (n > 65536n * 16n) throw new BuiltinError('CIDR too large to expand');
  const out = new RSet();
  const base = network(c);
  for (let i = 0n; i < n; i++) out.add(ipText(c.v6, base + i));
  return out;
});
function cidrItems(v: Value, pos: number): [Value, string][] {
  if (typeof v === 'string') return [[v, v]];
  const items: [Value, Value][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : v instanceof RSet ? v.sorted().map((x) => [x, x]) : v instanceof RObject ? v.sortedEntries() : [];
  if (!Array.isArray(v) && !(v instanceof RSet) && !(v instanceof RObject)) throw operandErr(pos, 'one of {string, array, set, object}', typeName(v));
  return items.map(([k, x]) => {
    if (typeof x === 'string') return [k, x];
    if (Array.isArray(x) && x.length > 0 && typeof x[0] === 'string') return [k, x[0]];
    throw new BuiltinError(`operand ${pos}: element must be string or non-empty array`);
  });
}
def('net.cidr_contains_matches', 2, (a) => {
  const cs = cidrItems(a[0], 1);
  const xs = cidrItems(a[1], 2);
  const out = new RSet();
  for (const [ck, c] of cs) {
    const cc = parseCidr(c, '');
    for (const [xk, x] of xs) if (contains(cc, cidrOrIP(x))) out.add([ck, xk]);
  }
  return out;
});
def('net.cidr_merge', 1, (a) => {
  const v = a[0];
  if (!Array.isArray(v) && !(v instanceof RSet)) throw operandErr(1, 'one of {array, set}', typeName(v));
  const items = Array.isArray(v) ? v : v.sorted();
  const nets: Cidr[] = [];
  for (const x of items) {
    if (typeof x !== 'string') throw operandErr(1, 'one of {array, set} of strings', typeName(x));
    if (x.includes('/')) nets.push(parseCidr(x, ''));
    else {
      const ip = parseIP(x);
      if (!ip) throw new BuiltinError(`invalid CIDR address: ${x}`);
      if (ip.v6) throw new BuiltinError('IPv6 invalid: needs prefix length');
      // a bare IPv4 address takes its classful default mask (Go net.IP.DefaultMask)
      const first = Number(ip.addr >> 24n);
      nets.push({ v6: false, addr: ip.addr, bits: 32, prefix: first < 128 ? 8 : first < 192 ? 16 : 24 });
    }
  }
  const out = new RSet();
  for (const v6 of [false, true]) {
    // merge as address ranges, then split ranges into maximal CIDR blocks
    const ranges = nets
      .filter((c) => c.v6 === v6)
      .map((c) => [network(c), network(c) + (1n << BigInt(c.bits - c.prefix)) - 1n] as [bigint, bigint])
      .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const merged: [bigint, bigint][] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1] + 1n) {
        if (r[1] > last[1]) last[1] = r[1];
      } else merged.push([r[0], r[1]]);
    }
    const bits = v6 ? 128 : 32;
    for (const [lo0, hi] of merged) {
      let lo = lo0;
      while (lo <= hi) {
        let size = 0;
        while (size < bits && (lo & ((1n << BigInt(size + 1)) - 1n)) === 0n && lo + (1n << BigInt(size + 1)) - 1n <= hi) size++;
        out.add(`${ipText(v6, lo)}/${bits - size}`);
        lo += 1n << BigInt(size);
      }
    }
  }
  return out;
});

// ---------------- semver (https://semver.org, 2.0.0) ----------------
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
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
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) throw new BuiltinError(`parsing time ${JSON.stringify(s)}: value out of range`);
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
const UNITS: Record<string, bigint> = { ns: 1n, us: 1000n, 'µs': 1000n, 'μs': 1000n, ms: NS, s: 1000000000n, m: 60000000000n, h: 3600000000000n };
def('time.parse_duration_ns', 1, (a) => {
  const s = str(a, 0);
  const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.exec(s);
  if (s === '0') return 0;
  if (!m) throw new BuiltinError(`time: invalid duration ${JSON.stringify(s)}`);
  let total = 0;
  for (const part of s.replace(/^[+-]/, '').matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(part[1]) * Number(UNITS[part[2]]);
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
  const r = Date.UTC(dt.getUTCFullYear() + y, dt.getUTCMonth() + mo, dt.getUTCDate() + d, dt.getUTCHours(), dt.getUTCMinutes(), dt.getUTCSeconds(), dt.getUTCMilliseconds());
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

// ---------------- json.filter / json.remove / json.patch ----------------
function pathsArg(v: Value, fname: string): Value[][] {
  if (!Array.isArray(v) && !(v instanceof RSet)) throw operandErr(2, 'one of {set, array}', typeName(v));
  const items = Array.isArray(v) ? v : v.sorted();
  return items.map((p) => {
    if (typeof p === 'string') return p.replace(/^\//, '').split('/').filter((x, i, all) => !(x === '' && all.length === 1)).map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (Array.isArray(p)) return p;
    throw new BuiltinError(`operand 2 must be one of {set, array} containing string paths or array of path segments but got ${typeName(p)}`, 'eval_type_error');
  });
  void fname;
}
function keyMatch(container: Value, seg: Value): Value | undefined {
  if (container instanceof RObject) return container.has(seg) ? seg : undefined;
  if (Array.isArray(container)) {
    const n = typeof seg === 'string' && /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : seg;
    return typeof n === 'number' && n >= 0 && n < container.length ? n : undefined;
  }
  if (container instanceof RSet) return container.has(seg) ? seg : undefined;
  return undefined;
}
function filterTree(v: Value, paths: Value[][]): Value {
  if (paths.some((p) => p.length === 0)) return v;
  if (v instanceof RObject) {
    const out = new RObject();
    for (const [k, x] of v.entries()) {
      const sub = paths.filter((p) => equal(p[0], k)).map((p) => p.slice(1));
      if (sub.length) out.set(k, filterTree(x, sub));
    }
    return out;
  }
  if (Array.isArray(v)) {
    const out: Value[] = [];
    v.forEach((x, i) => {
      const sub = paths.filter((p) => equal(keyMatch(v, p[0]) ?? null, i)).map((p) => p.slice(1));
      if (sub.length) out.push(filterTree(x, sub));
    });
    return out;
  }
  if (v instanceof RSet) {
    const out = new RSet();
    for (const x of v.values()) if (paths.some((p) => equal(p[0], x))) out.add(x);
    return out;
  }
  return v;
}
def('json.filter', 2, (a) => {
  if (!(a[0] instanceof RObject)) throw operandErr(1, 'object', typeName(a[0]));
  return filterTree(a[0], pathsArg(a[1], 'json.filter'));
});
function removeTree(v: Value, paths: Value[][]): Value {
  if (v instanceof RObject) {
    const out = new RObject();
    for (const [k, x] of v.entries()) {
      const hits = paths.filter((p) => equal(p[0], k));
      if (hits.some((p) => p.length === 1)) continue;
      out.set(k, hits.length ? removeTree(x, hits.map((p) => p.slice(1))) : x);
    }
    return out;
  }
  if (Array.isArray(v)) {
    const out: Value[] = [];
    v.forEach((x, i) => {
      const hits = paths.filter((p) => equal(keyMatch(v, p[0]) ?? null, i));
      if (hits.some((p) => p.length === 1)) return;
      out.push(hits.length ? removeTree(x, hits.map((p) => p.slice(1))) : x);
    });
    return out;
  }
  if (v instanceof RSet) {
    const out = new RSet();
    for (const x of v.values()) if (!paths.some((p) => p.length === 1 && equal(p[0], x))) out.add(x);
    return out;
  }
  return v;
}
def('json.remove', 2, (a) => {
  if (!(a[0] instanceof RObject)) throw operandErr(1, 'object', typeName(a[0]));
  return removeTree(a[0], pathsArg(a[1], 'json.remove'));
});
function ptr(p: Value): Value[] {
  if (Array.isArray(p)) return p;
  if (typeof p !== 'string') throw new BuiltinError('path must be a string or array');
  if (p === '') return [];
  return p.replace(/^\//, '').split('/').map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function getAt(v: Value, path: Value[]): Value | undefined {
  let cur: Value | undefined = v;
  for (const seg of path) {
    if (cur === undefined) return undefined;
    const k = keyMatch(cur, seg);
    if (k === undefined) return undefined;
    cur = index(cur, k);
  }
  return cur;
}
function setAt(v: Value, path: Value[], x: Value, mode: 'add' | 'replace' | 'remove'): Value | undefined {
  if (path.length === 0) return mode === 'remove' ? undefined : x;
  const [seg, ...rest] = path;
  if (v instanceof RObject) {
    const o = RObject.from(v.entries());
    if (rest.length === 0) {
      if (mode === 'remove') {
        if (!o.has(seg)) return undefined;
        o.delete(seg);
      } else {
        if (mode === 'replace' && !o.has(seg)) return undefined;
        o.set(seg, x);
      }
      return o;
    }
    const child = o.get(seg);
    if (child === undefined) return undefined;
    const nc = setAt(child, rest, x, mode);
    if (nc === undefined) return undefined;
    o.set(seg, nc);
    return o;
  }
  if (Array.isArray(v)) {
    const arr = [...v];
    if (rest.length === 0) {
      if (mode === 'add' && seg === '-') return [...arr, x];
      const i = typeof seg === 'string' && /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : typeof seg === 'number' ? seg : -1;
      if (mode === 'add') {
        if (i < 0 || i > arr.length) return undefined;
        arr.splice(i, 0, x);
        return arr;
      }
      if (i < 0 || i >= arr.length) return undefined;
      if (mode === 'remove') arr.splice(i, 1);
      else arr[i] = x;
      return arr;
    }
    const k = keyMatch(v, seg);
    if (k === undefined) return undefined;
    const nc = setAt(arr[k as number], rest, x, mode);
    if (nc === undefined) return undefined;
    arr[k as number] = nc;
    return arr;
  }
  if (v instanceof RSet) {
    const without = (set: RSet, el: Value): RSet => RSet.from([...set.values()].filter((y) => !equal(y, el)));
    if (rest.length === 0) {
      if (mode === 'remove') return v.has(seg) ? without(v, seg) : undefined;
      if (!equal(seg, x)) return undefined; // a set member's key is the member itself
      if (mode === 'replace' && !v.has(seg)) return undefined;
      const out = RSet.from(v.values());
      out.add(x);
      return out;
    }
    if (!v.has(seg)) return undefined;
    const nc = setAt(seg, rest, x, mode);
    if (nc === undefined) return undefined;
    const out = without(v, seg);
    out.add(nc);
    return out;
  }
  return undefined;
}
def('json.patch', 2, (a) => {
  let doc: Value = a[0];
  const ops = a[1];
  if (!Array.isArray(ops)) throw operandErr(2, 'array', typeName(ops));
  for (const op of ops) {
    if (!(op instanceof RObject)) throw new BuiltinError('patch must be an array of objects');
    const kind = op.get('op');
    const rawPath = op.get('path');
    if (typeof rawPath !== 'string' && !Array.isArray(rawPath)) return undefined; // RFC 6902 4: "path" is required
    const path = ptr(rawPath);
    let next: Value | undefined;
    switch (kind) {
      case 'add':
      case 'replace':
        if (!op.has('value')) return undefined;
        next = setAt(doc, path, op.get('value')!, kind);
        break;
      case 'remove':
        next = setAt(doc, path, null, 'remove');
        break;
      case 'move':
      case 'copy': {
        const rawFrom = op.get('from');
        if (typeof rawFrom !== 'string' && !Array.isArray(rawFrom)) return undefined;
        const from = ptr(rawFrom);
        const v = getAt(doc, from);
        if (v === undefined) return undefined;
        const base = kind === 'move' ? setAt(doc, from, null, 'remove') : doc;
        next = base === undefined ? undefined : setAt(base, path, v, 'add');
        break;
      }
      case 'test': {
        if (!op.has('value')) return undefined;
        const v = getAt(doc, path);
        next = v !== undefined && equal(v, op.get('value') ?? null) ? doc : undefined;
        break;
      }
      default:
        throw new BuiltinError(`invalid patch operation ${String(kind)}`);
    }
    if (next === undefined) return undefined;
    doc = next;
  }
  return doc;
});

// ---------------- walk (a relation: one output per node) ----------------
def(
  'walk',
  1,
  (a) => {
    const out: Value[] = [];
    const go = (v: Value, path: Value[]): void => {
      out.push([path, v]);
      if (Array.isArray(v)) v.forEach((x, i) => go(x, [...path, i]));
      else if (v instanceof RObject) for (const [k, x] of v.sortedEntries()) go(x, [...path, k]);
      else if (v instanceof RSet) for (const x of v.sorted()) go(x, [...path, x]);
    };
    go(a[0], []);
    return out;
  },
  true,
);

// ---------------- graph ----------------
function neighbours(g: RObject, n: Value): Value[] {
  const e = g.get(n);
  if (e === undefined || e === null) return [];
  if (Array.isArray(e)) return e;
  if (e instanceof RSet) return e.sorted();
  return [];
}
def('graph.reachable', 2, (a) => {
  if (!(a[0] instanceof RObject)) throw operandErr(1, 'object', typeName(a[0]));
  const g = a[0];
  const init = a[1];
  if (!Array.isArray(init) && !(init instanceof RSet)) throw operandErr(2, 'one of {set, array}', typeName(init));
  const seen = new RSet();
  const queue = [...(Array.isArray(init) ? init : init.sorted())];
  while (queue.length) {
    const n = queue.shift()!;
    if (seen.has(n) || !g.has(n)) continue;
    seen.add(n);
    queue.push(...neighbours(g, n));
  }
  return seen;
});
def('graph.reachable_paths', 2, (a) => {
  if (!(a[0] instanceof RObject)) throw operandErr(1, 'object', typeName(a[0]));
  const g = a[0];
  const init = a[1];
  if (!Array.isArray(init) && !(init instanceof RSet)) throw operandErr(2, 'one of {set, array}', typeName(init));
  // as OPA's pathBuilder: depth first, a node already expanded ends the current path
  const out = new RSet();
  const reached = new RSet();
  const build = (root: Value, path: Value[]): void => {
    if (!g.has(root)) {
      if (path.length) out.add(path);
      return;
    }
    const next = neighbours(g, root);
    const p2 = [...path, root];
    if (next.length === 0) {
      out.add(p2);
      return;
    }
    for (const n of next) {
      if (!g.has(n) || reached.has(n)) out.add(p2);
      else {
        reached.add(root);
        build(n, p2);
      }
    }
  };
  for (const n of Array.isArray(init) ? init : init.sorted()) build(n, []);
  return out;
});

// ---------------- uuid ----------------
const uuidMemo = new WeakMap<object, Map<string, string>>();
def('uuid.rfc4122', 1, (a, ctx) => {
  const k = str(a, 0);
  let m = uuidMemo.get(ctx);
  if (!m) uuidMemo.set(ctx, (m = new Map()));
  if (!m.has(k)) m.set(k, randomUUID());
  return m.get(k)!;
});
def('uuid.parse', 1, (a) => {
  const s = str(a, 0).toLowerCase().replace(/^urn:uuid:/, '').replace(/^\{(.*)\}$/, '$1');
  const hex = s.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(hex) || !(s.length === 32 || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s))) return undefined;
  const version = parseInt(hex[12], 16);
  const vbits = parseInt(hex[16], 16);
  const variant = (vbits & 0x8) === 0 ? 'Reserved, NCS backward compatibility' : (vbits & 0xc) === 0x8 ? 'RFC4122' : (vbits & 0xe) === 0xc ? 'Reserved, Microsoft Corporation backward compatibility' : 'Reserved, reserved for future definition';
  const o = new RObject();
  o.set('version', version);
  o.set('variant', variant);
  if (version === 1 || version === 2) {
    const timeHex = hex.slice(13, 16) + hex.slice(8, 12) + hex.slice(0, 8);
    const t100 = BigInt('0x' + timeHex) - 122192928000000000n;
    o.set('time', normBig(t100 * 100n));
    o.set('clocksequence', parseInt(hex.slice(16, 20), 16) & 0x3fff);
    o.set('nodeid', hex.slice(20).match(/../g)!.join('-'));
    o.set('macvariables', (parseInt(hex.slice(20, 22), 16) & 2 ? 'local' : 'global') + ':' + (parseInt(hex.slice(20, 22), 16) & 1 ? 'multicast' : 'unicast'));
    if (version === 2) {
      o.set('id', parseInt(hex.slice(0, 8), 16));
      o.set('domain', ['Person', 'Group', 'Org'][parseInt(hex.slice(18, 20), 16)] ?? 'Unknown');
    }
  }
  return o;
});

// opa.runtime(): no environment or configuration is exposed to policies here (an empty object)
def('opa.runtime', 0, () => new RObject());

// rego.metadata.*: replaced by constants at compile time inside rules; empty in a bare query
def('rego.metadata.rule', 0, () => new RObject());
def('rego.metadata.chain', 0, () => []);

void compare;

// ---------------- regex.globs_match ----------------
/**
 * regex.globs_match(a, b): whether the languages of two glob-like regular expressions intersect
 * (OPA uses github.com/yashtewari/glob-intersection: `.`, `[...]` classes, literals, escapes,
 * and the quantifiers `*`, `+`, `?`). Decided by a search over pairs of pattern positions.
 */
type CharSet = { neg: boolean; ranges: [number, number][] };
interface GTok {
  set: CharSet;
  q: '' | '*' | '?';
}

function globTokens(p: string): GTok[] {
  const out: GTok[] = [];
  const chars = [...p];
  let i = 0;
  const invalid = (pos: number, msg: string): never => {
    throw new BuiltinError(`input:${p}, pos:${pos}, ${msg}: the input provided is invalid`);
  };
  while (i < chars.length) {
    const c = chars[i];
    let set: CharSet;
    if (c === '.') {
      set = { neg: true, ranges: [] };
      i++;
    } else if (c === '\\') {
      if (i + 1 >= chars.length) invalid(i, 'escape at end of input');
      const x = chars[i + 1].codePointAt(0)!;
      set = { neg: false, ranges: [[x, x]] };
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      const neg = chars[j] === '^';
      if (neg) j++;
      const ranges: [number, number][] = [];
      while (j < chars.length && chars[j] !== ']') {
        let a = chars[j];
        if (a === '\\') a = chars[++j] ?? invalid(j, 'escape at end of input');
        const lo = a.codePointAt(0)!;
        if (chars[j + 1] === '-' && chars[j + 2] !== undefined && chars[j + 2] !== ']') {
          let b = chars[j + 2];
          let step = 3;
          if (b === '\\') {
            b = chars[j + 3] ?? invalid(j, 'escape at end of input');
            step = 4;
          }
          ranges.push([lo, b.codePointAt(0)!]);
          j += step;
        } else {
          ranges.push([lo, lo]);
          j++;
        }
      }
      if (j >= chars.length) invalid(i, "set-open '[' with no closing ']'");
      set = { neg, ranges };
      i = j + 1;
    } else if (c === ']') {
      return invalid(i + 1, "set-close ']' with no preceding '['");
    } else if (c === '*' || c === '+' || c === '?') {
      return invalid(i, `quantifier '${c}' with nothing to repeat`);
    } else {
      const x = c.codePointAt(0)!;
      set = { neg: false, ranges: [[x, x]] };
      i++;
    }
    const q = chars[i];
    if (q === '*' || q === '?') {
      out.push({ set, q });
      i++;
    } else if (q === '+') {
      out.push({ set, q: '' }, { set, q: '*' });
      i++;
    } else out.push({ set, q: '' });
  }
  return out;
}

function setsIntersect(a: CharSet, b: CharSet): boolean {
  const MAX = 0x10ffff;
  const norm = (s: CharSet): [number, number][] => {
    const rs = [...s.ranges].sort((x, y) => x[0] - y[0]);
    if (!s.neg) return rs;
    const out: [number, number][] = [];
    let lo = 0;
    for (const [x, y] of rs) {
      if (x > lo) out.push([lo, x - 1]);
      lo = Math.max(lo, y + 1);
    }
    if (lo <= MAX) out.push([lo, MAX]);
    return out;
  };
  const ra = norm(a);
  const rb = norm(b);
  return ra.some(([x, y]) => rb.some(([u, v]) => x <= v && u <= y));
}

function globsIntersect(a: GTok[], b: GTok[]): boolean {
  const seen = new Set<string>();
  const stack: [number, number][] = [[0, 0]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    const key = i + ',' + j;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i === a.length && j === b.length) return true;
    if (i < a.length && a[i].q !== '') stack.push([i + 1, j]);
    if (j < b.length && b[j].q !== '') stack.push([i, j + 1]);
    if (i < a.length && j < b.length && setsIntersect(a[i].set, b[j].set)) {
      stack.push([a[i].q === '*' ? i : i + 1, b[j].q === '*' ? j : j + 1]);
    }
  }
  return false;
}

def('regex.globs_match', 2, (a) => globsIntersect(globTokens(str(a, 0)), globTokens(str(a, 1))));
