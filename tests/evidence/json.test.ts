// src/core/json.ts: duplicate member names (RFC 7493 2.3) are found wherever they are, with a path;
// strings that merely contain braces, quotes or escapes are not mistaken for structure.
import { describe, expect, it } from 'vitest';
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

  it('parseJsonStrict names the source and the duplicate', () => {
    expect(() => parseJsonStrict('{"a":1,"a":2}', 'f.json', 'a thing')).toThrow(
      /f\.json: expected a thing without duplicate member names .*a second 'a'/,
    );
    expect(() => parseJsonStrict('{"a":', 'f.json', 'a thing')).toThrow(/f\.json: expected a thing as JSON/);
  });
});
