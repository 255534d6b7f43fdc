// src/core/json.ts: duplicate member names (RFC 7493 2.3) are found wherever they are, with a path;
// strings that merely contain braces, quotes or escapes are not mistaken for structure.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDuplicateKey, parseJsonStrict } from '../../src/core/json.js';

describe('findDuplicateKey', () => {
  it.each([
    ['{"a":1,"a":2}', 'a'],
    ['{"keys":[{"kty":"x","kty":"y"}]}', 'keys[0].kty'],
    ['[{"x":"\\"a"},{"x":1,"y":[1,{"z":1,"z":2}]}]', '[1].y[1].z'],
    ['{"a\\u0062":1,"ab":2}', 'ab'],
    ['{"\\\\":1,"\\\\":2}', '\\'],
    [`{${Array.from({ length: 40 }, (_, i) => `"k${i}":${i}`).join(',')},"k7":0}`, 'k7'],
    ['{"__proto__":1,"__proto__":2}', '__proto__'],
  ])('%s → %s', (text, path) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findDuplicateKey(text)).toBe(path);
  });

  it.each([
    ['{"a":{"b":1},"b":{"b":2}}'],
    ['{"s":"{\\"a\\":1,\\"a\\":2}"}'],
    ['{"a":"\\\\","b":"\\\\\\""}'],
    ['[1,2,{"a":[{"a":1}]}]'],
    ['"x"'],
    ['null'],
  ])('no duplicate in %s', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findDuplicateKey(text)).toBeUndefined();
  });

  it('canonical (sorted) texts, unsorted ones and ones with escaped names agree with a reference on random trees', () => {
    // a JSON tree written from member lists that may repeat a name (also spelled with an escape):
    // the reference knows which objects hold a name twice
    type Node = { obj: [string, Node][] } | { arr: Node[] } | { str: string } | { num: number };
    const name = fc.oneof(fc.constantFrom('a', 'b', 'ab', 'é', '', 'A', '\u{1F600}', '"', '\\'), fc.string({ maxLength: 3 }));
    const tree = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.record({ str: fc.string({ maxLength: 4 }) }),
        fc.record({ num: fc.integer() }),
        fc.record({ arr: fc.array(tie('node'), { maxLength: 4 }) }),
        fc.record({ obj: fc.array(fc.tuple(name, tie('node')), { maxLength: 5 }) }),
      ),
    })).node;
    const esc = (k: string, escaped: boolean) =>
      escaped && k.length
        ? `"\\u${k.charCodeAt(0).toString(16).padStart(4, '0')}${JSON.stringify(k.slice(1)).slice(1)}`
        : JSON.stringify(k);
    const write = (t: Node, mode: 'as-is' | 'sorted' | 'escaped'): string => {
      if ('str' in t) return JSON.stringify(t.str);
      if ('num' in t) return String(t.num);
      if ('arr' in t) return `[${t.arr.map((x) => write(x, mode)).join(',')}]`;
      const members = mode === 'sorted' ? [...t.obj].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : t.obj;
      return `{${members.map(([k, v], i) => `${esc(k, mode === 'escaped' && i % 2 === 1)}:${write(v, mode)}`).join(',')}}`;
    };
    const hasDup = (t: Node): boolean =>
      'arr' in t
        ? t.arr.some(hasDup)
        : 'obj' in t
          ? new Set(t.obj.map(([k]) => k)).size !== t.obj.length || t.obj.some(([, v]) => hasDup(v))
          : false;
    fc.assert(
      fc.property(tree, (t) => {
        for (const mode of ['as-is', 'sorted', 'escaped'] as const) {
          const text = write(t, mode);
          expect(() => JSON.parse(text)).not.toThrow();
          expect(findDuplicateKey(text) !== undefined, `${mode}: ${text}`).toBe(hasDup(t));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('parseJsonStrict names the source and the duplicate', () => {
    expect(() => parseJsonStrict('{"a":1,"a":2}', 'f.json', 'a thing')).toThrow(
      /f\.json: expected a thing without duplicate member names .*a second 'a'/,
    );
    expect(() => parseJsonStrict('{"a":', 'f.json', 'a thing')).toThrow(/f\.json: expected a thing as JSON/);
  });
});
