// The atomic writers in core/fsx (async and sync): contents land whole, evidence is never
// overwritten with noClobber, a failed rename leaves no temporary file behind, modes are honoured.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../src/core/fsx.js';
import { InputError } from '../../src/core/errors.js';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'mc-atomic-'));

const writers = {
  async: (p: string, d: string | Uint8Array, o?: { noClobber?: boolean; mode?: number }) => writeFileAtomic(p, d, o),
  sync: async (p: string, d: string | Uint8Array, o?: { noClobber?: boolean; mode?: number }) => writeFileAtomicSync(p, d, o),
};

describe.each(Object.entries(writers))('writeFileAtomic (%s)', (_name, write) => {
  it('writes the whole contents, creating the parent directory', async () => {
    const dir = fresh();
    const big = Buffer.alloc(3 * 1024 * 1024, 7);
    await write(join(dir, 'a/b/out.bin'), big);
    expect(readFileSync(join(dir, 'a/b/out.bin')).equals(big)).toBe(true);
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['out.bin']);
  });

  it('refuses to overwrite with noClobber and keeps the old bytes', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'evidence.json'), 'old');
    await expect(write(join(dir, 'evidence.json'), 'new', { noClobber: true })).rejects.toBeInstanceOf(InputError);
    expect(readFileSync(join(dir, 'evidence.json'), 'utf8')).toBe('old');
  });

  it('replaces the target atomically without noClobber', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'f'), 'old');
    await write(join(dir, 'f'), 'new');
    expect(readFileSync(join(dir, 'f'), 'utf8')).toBe('new');
  });

  it('leaves no temporary file when the rename fails (the target is a directory)', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'target'));
    writeFileSync(join(dir, 'target', 'keep'), 'x');
    await expect(write(join(dir, 'target'), 'data')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['target']);
  });

  it('honours the mode (private files 0600)', async () => {
    const dir = fresh();
    await write(join(dir, 'key'), 'secret', { mode: 0o600 });
    expect(statSync(join(dir, 'key')).mode & 0o777).toBe(0o600);
  });
});

describe('writeFileAtomicSync chunks', () => {
  it('writes string and byte chunks in order', () => {
    const dir = fresh();
    writeFileAtomicSync(join(dir, 'c'), ['head\n', Buffer.from('body'), '']);
    expect(readFileSync(join(dir, 'c'), 'utf8')).toBe('head\nbody');
  });
});
