/**
 * Networks: `net.cidr_*` (IPv4 and IPv6).
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { BuiltinError, operandErr } from '../errors.js';
import { RObject, RSet, typeName, type Value } from '../value.js';
import { str } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The net builtins, by name. */
export const NET_BUILTINS: BuiltinTable = new Map();
const def = definer(NET_BUILTINS);

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
  for (let i = 0; i < 8;) {
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
  const items: [Value, Value][] = Array.isArray(v)
    ? v.map((x, i) => [i, x])
    : v instanceof RSet
      ? v.sorted().map((x) => [x, x])
      : v instanceof RObject
        ? v.sortedEntries()
        : [];
  if (!Array.isArray(v) && !(v instanceof RSet) && !(v instanceof RObject))
    throw operandErr(pos, 'one of {string, array, set, object}', typeName(v));
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
