/**
 * Reading link files (src/intoto/verify.ts readOptional: open, fstat and one read in libuv's thread pool,
 * while earlier links are scanned): a link that cannot be read is skipped, as the reference skips an
 * IOError (a directory in its place, or a file of 2 GiB, counts as missing), an empty file is malformed, and the links read
 * give the same verdict as when read whole by readFileSync before verification.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dumpMetablock,
  generateKey,
  keyFiles,
  linkFileName,
  parseMetadata,
  readLayout,
  signMetablock,
  verifyLayout,
  type Link,
} from '../../src/intoto/index.js';
import { parsePublicKeyFile } from '../../src/intoto/sslib-keys.js';

const root = mkdtempSync(join(tmpdir(), 'mc-intoto-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function chain(dir: string) {
  mkdirSync(dir, { recursive: true });
  const owner = await generateKey('ed25519');
  const func = await generateKey('ed25519');
  // a link larger than one read chunk, and one artifact list repeated across the two links
  const arts = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`src/f_${i}`, { sha256: (i + 4096).toString(16) }]));
  const link = (name: string, materials: Link['materials'], products: Link['products']): Link => ({
    _type: 'link',
    name,
    materials,
    products,
    byproducts: {},
    command: [],
    environment: {},
  });
  const links = [link('a', {}, arts), link('b', arts, {})];
  for (const l of links) writeFileSync(join(dir, linkFileName(l.name, func.keyid)), dumpMetablock(l, signMetablock(l, [func])));
  const step = (name: string, m: string[][], p: string[][]) => ({
    _type: 'step',
    name,
    pubkeys: [func.keyid],
    threshold: 1,
    expected_command: [],
    expected_materials: m,
    expected_products: p,
  });
  const layout = readLayout(
    {
      _type: 'layout',
      expires: '2099-01-01T00:00:00Z',
      readme: '',
      keys: {
        [func.keyid]: {
          keyid: func.keyid,
          keytype: 'ed25519',
          scheme: 'ed25519',
          keyid_hash_algorithms: ['sha256', 'sha512'],
          keyval: { public: func.public },
        },
      },
      steps: [step('a', [], [['CREATE', '*']]), step('b', [['MATCH', '*', 'WITH', 'PRODUCTS', 'FROM', 'a']], [])],
      inspect: [],
    },
    'root.layout',
  );
  const md = parseMetadata(dumpMetablock(layout, signMetablock(layout, [owner])), 'root.layout');
  const keys = [parsePublicKeyFile(keyFiles(owner).public, 'ed25519', 'owner.pub')];
  return { md, keys, file: (name: string) => join(dir, linkFileName(name, func.keyid)) };
}

describe('link files are read in the thread pool', () => {
  it('a chain of large links passes; a directory in a link file place is a missing link; an empty link file is malformed', async () => {
    const dir = join(root, 'c1');
    const { md, keys, file } = await chain(dir);
    const opts = { layoutKeys: keys, linkDir: dir, workDir: dir };
    expect(readFileSync(file('a')).length).toBeGreaterThan(64 * 1024);
    expect((await verifyLayout(md, opts)).passed).toBe(true);

    const saved = readFileSync(file('b'));
    rmSync(file('b'));
    mkdirSync(file('b'));
    const asDir = await verifyLayout(md, opts);
    expect(asDir.failure?.check).toBe('links-missing');
    expect(asDir.failure?.step).toBe('b');

    rmSync(file('b'), { recursive: true });
    writeFileSync(file('b'), '');
    const empty = await verifyLayout(md, opts);
    expect(empty.failure?.check).toBe('link-format');

    // a changed byte of the repeated artifact list is a bad signature, not a memo hit
    // (the last artifact's digest, 2999 + 4096 in hex: the same head, the same length)
    const edited = Buffer.from(saved.toString().replace('"1bb7"', '"1bb8"'));
    expect(edited.equals(saved)).toBe(false);
    writeFileSync(file('b'), edited);
    const tampered = await verifyLayout(md, opts);
    expect(tampered.failure?.check).toBe('threshold');

    // a file of 2 GiB (sparse) is not read, as readFileSync refuses it: a missing link
    writeFileSync(file('b'), '');
    truncateSync(file('b'), 2 ** 31);
    const huge = await verifyLayout(md, opts);
    expect(huge.failure?.check).toBe('links-missing');

    writeFileSync(file('b'), saved);
    expect((await verifyLayout(md, opts)).passed).toBe(true);
  });
});
