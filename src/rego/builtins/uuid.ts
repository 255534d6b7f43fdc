/**
 * `uuid.rfc4122`, `uuid.parse`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { randomUUID } from 'node:crypto';
import { normBig, RObject } from '../value.js';
import { str } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The uuid builtins, by name. */
export const UUID_BUILTINS: BuiltinTable = new Map();
const def = definer(UUID_BUILTINS);

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
  const s = str(a, 0)
    .toLowerCase()
    .replace(/^urn:uuid:/, '')
    .replace(/^\{(.*)\}$/, '$1');
  const hex = s.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(hex) || !(s.length === 32 || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s)))
    return undefined;
  const version = parseInt(hex[12], 16);
  const vbits = parseInt(hex[16], 16);
  const variant =
    (vbits & 0x8) === 0
      ? 'Reserved, NCS backward compatibility'
      : (vbits & 0xc) === 0x8
        ? 'RFC4122'
        : (vbits & 0xe) === 0xc
          ? 'Reserved, Microsoft Corporation backward compatibility'
          : 'Reserved, reserved for future definition';
  const o = new RObject();
  o.set('version', version);
  o.set('variant', variant);
  if (version === 1 || version === 2) {
    const timeHex = hex.slice(13, 16) + hex.slice(8, 12) + hex.slice(0, 8);
    const t100 = BigInt('0x' + timeHex) - 122192928000000000n;
    o.set('time', normBig(t100 * 100n));
    o.set('clocksequence', parseInt(hex.slice(16, 20), 16) & 0x3fff);
    o.set('nodeid', hex.slice(20).match(/../g)!.join('-'));
    o.set(
      'macvariables',
      (parseInt(hex.slice(20, 22), 16) & 2 ? 'local' : 'global') + ':' + (parseInt(hex.slice(20, 22), 16) & 1 ? 'multicast' : 'unicast'),
    );
    if (version === 2) {
      o.set('id', parseInt(hex.slice(0, 8), 16));
      o.set('domain', ['Person', 'Group', 'Org'][parseInt(hex.slice(18, 20), 16)] ?? 'Unknown');
    }
  }
  return o;
});
