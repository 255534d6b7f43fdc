// src/core/fsx.ts confinement (the shared core every gate globs and reads through): component-wise
// checks, the symlink modes of expandPaths, bounded reads of regular files only.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInside, expandPaths, readFileInside, readText, unsafeRelativePath, writeFileAtomic } from '../../src/core/fsx.js';
import { sha256File } from '../../src/core/digest.js';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'mc-fsx-'));
  const outside = mkdtempSync(join(tmpdir(), 'mc-fsx-out-'));
  mkdirSync(join(outside, 'sub'));
  writeFileSync(join(outside, 'sub/secret.txt'), 'secret\n');
  mkdirSync(join(root, 'real/dir'), { recursive: true });
  writeFileSync(join(root, 'real/dir/a.txt'), 'a\n');
  symlinkSync(outside, join(root, 'real/link'));
  execFileSync('mkfifo', [join(root, 'real/dir/pipe')]);
  return root;
}

describe('unsafeRelativePath', () => {
  it.each([
    ['a/b.txt', undefined],
    ['../x', 'a .. segment'],
    ['a/../b', 'a .. segment'],
    ['/etc/passwd', 'an absolute path'],
    ['C:/x', 'an absolute path'],
    ['a\\..\\b', 'a backslash'],
    ['a//b', 'an empty or . segment'],
    ['./a', 'an empty or . segment'],
    ['', 'an empty or non-string path'],
    ['a\0b', 'a NUL byte'],
  ])('%j → %s', (p, why) => {
    expect(unsafeRelativePath(p)).toBe(why);
  });
});

describe('checkInside and expandPaths', () => {
  it('a symbolic link in the middle of a glob base or a literal path is named, never followed', async () => {
    const root = tree();
    await expect(expandPaths(['real/link/sub/*.txt'], { root })).rejects.toThrow(/real\/link is a symbolic link/);
    await expect(expandPaths(['real/link/sub/secret.txt'], { root })).rejects.toThrow(/real\/link is a symbolic link/);
    await expect(checkInside(root, 'real/link/sub/secret.txt')).rejects.toThrow(/real\/link is a symbolic link/);
    expect(await checkInside(root, 'real/dir/a.txt')).toBe(join(root, 'real/dir/a.txt'));
  });

  it('skip leaves links out; list reports them (for unexpected files), never what is behind them', async () => {
    const root = tree();
    expect(await expandPaths(['real/**'], { root, symlinks: 'skip' })).toEqual(['real/dir/a.txt']);
    expect(await expandPaths(['real/**'], { root, symlinks: 'list' })).toEqual(['real/dir/a.txt', 'real/link']);
    expect(await expandPaths(['real/link/**'], { root, symlinks: 'list' })).toEqual(['real/link']);
    expect(await expandPaths(['real/link/**'], { root, symlinks: 'skip' })).toEqual([]);
  });

  it('regular files only: a literal FIFO is refused, a glob leaves it out', async () => {
    const root = tree();
    await expect(expandPaths(['real/dir/pipe'], { root })).rejects.toThrow(/regular file/);
    expect(await expandPaths(['real/dir/*'], { root })).toEqual(['real/dir/a.txt']);
  });
});

describe('a walk that cannot read a directory fails', () => {
  it('a subdirectory readdir refuses (here: its path is longer than PATH_MAX) is an InputError naming it, never a silently shorter list', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mc-fsx-deep-'));
    try {
      // 25 nested 200-character names (made relative to each other: the shell never names the whole path)
      execFileSync(
        'bash',
        [
          '-c',
          'mkdir -p deep && cd deep && n=$(printf "a%.0s" $(seq 200)) && for i in $(seq 25); do mkdir "$n" && cd "$n"; done && echo x > f.txt',
        ],
        {
          cwd: root,
        },
      );
      writeFileSync(join(root, 'deep/top.txt'), 'top\n');
      for (const symlinks of ['refuse', 'list'] as const)
        await expect(expandPaths(['deep/**'], { root, symlinks })).rejects.toThrow(/readable directories/);
      await expect(expandPaths(['deep'], { root })).rejects.toThrow(/readable directories/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the walk returns paths in code-unit order without sorting them all (depth first, each directory sorted)', () => {
  it('equals a plain recursive listing sorted by UTF-16 code units on random trees, and onSorted only ever sees a prefix of it (fast-check, 60 trees)', async () => {
    const fc = (await import('fast-check')).default;
    // names from characters that sort around '/' (0x2f): '-' and '.' below it, '0' and letters above,
    // and characters outside the BMP (surrogate pairs) and above them
    const name = fc.stringMatching(/^[-.0a\u00e9\uff21\u{1F600}]{1,3}$/u).filter((n) => n !== '.' && n !== '..');
    type Node = { [k: string]: Node | null };
    const node = fc.letrec((tie) => ({
      dir: fc.dictionary(name, fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant(null), tie('dir')), { maxKeys: 5 }),
    })).dir as import('fast-check').Arbitrary<Node>;
    const roots: string[] = [];
    try {
      await fc.assert(
        fc.asyncProperty(node, async (t) => {
          const root = mkdtempSync(join(tmpdir(), 'mc-fsx-order-'));
          roots.push(root);
          const expected: string[] = [];
          const make = (n: Node, rel: string) => {
            for (const [k, v] of Object.entries(n)) {
              const r = `${rel}/${k}`;
              if (v === null) {
                writeFileSync(join(root, r), 'x');
                expected.push(r);
              } else {
                mkdirSync(join(root, r));
                make(v, r);
              }
            }
          };
          mkdirSync(join(root, 'top'));
          make(t, 'top');
          expected.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          const seen: string[][] = [];
          const got = await expandPaths(['**'], { root, onSorted: (f) => seen.push([...f]) });
          expect(got).toEqual(expected);
          for (const prefix of seen) expect(got.slice(0, prefix.length)).toEqual(prefix);
          expect(await expandPaths(['top'], { root })).toEqual(expected);
          expect(await expandPaths(['top/**', 'top'], { root })).toEqual(expected);
        }),
        { numRuns: 60 },
      );
    } finally {
      for (const r of roots) rmSync(r, { recursive: true, force: true });
    }
  });

  it('calls onSorted with the first results while a large walk goes on, and not for several patterns', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mc-fsx-progress-'));
    try {
      for (let d = 0; d < 3; d++) {
        mkdirSync(join(root, `d${d}`));
        for (let f = 0; f < 3000; f++) writeFileSync(join(root, `d${d}/f${f}`), '');
      }
      const sizes: number[] = [];
      const all = await expandPaths(['**'], { root, onSorted: (f) => sizes.push(f.length) });
      expect(all).toHaveLength(9000);
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes.every((n) => n > 0 && n < 9000)).toBe(true);
      sizes.length = 0;
      expect(await expandPaths(['d0/**', 'd1/**'], { root, onSorted: (f) => sizes.push(f.length) })).toHaveLength(6000);
      expect(sizes).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('bounded, regular-file reads', () => {
  it('readFileInside reads at most maxBytes + 1 and says when the file is larger', async () => {
    const root = tree();
    writeFileSync(join(root, 'real/dir/big'), Buffer.alloc(1 << 20, 1));
    expect(await readFileInside(root, 'real/dir/big', 10)).toMatchObject({ tooLarge: true });
    expect((await readFileInside(root, 'real/dir/a.txt', 10)).data.toString()).toBe('a\n');
    await expect(readFileInside(root, 'real/dir/pipe', 10)).rejects.toMatchObject({ code: 'ENOTREG' });
    await expect(readFileInside(root, '../x', 10)).rejects.toThrow(/a \.\. segment/);
  });

  it("sha256File follows a final link by default (in-toto's recorder does) but still refuses a device, and stops at the limit", async () => {
    const root = tree();
    symlinkSync('/dev/zero', join(root, 'real/dir/zero'));
    await expect(sha256File(join(root, 'real/dir/zero'))).rejects.toMatchObject({ code: 'ENOTREG' });
    await expect(sha256File(join(root, 'real/dir/zero'), { follow: false })).rejects.toMatchObject({ code: 'ENOTREG' });
    await expect(sha256File(join(root, 'real/dir/pipe'))).rejects.toMatchObject({ code: 'ENOTREG' });
    expect(await sha256File(join(root, 'real/dir/a.txt'), { maxBytes: 1 })).toEqual({ hex: '', size: 2, tooLarge: true });
    expect(await sha256File(join(root, 'real/dir/a.txt'))).toEqual({
      hex: '87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7',
      size: 2,
    });
  });

  it('readText({untrusted}) refuses a link and a FIFO', async () => {
    const root = tree();
    symlinkSync('/etc/hostname', join(root, 'real/dir/host'));
    await expect(readText(join(root, 'real/dir/host'), 'pack', { untrusted: true })).rejects.toThrow(/not a regular file/);
    await expect(readText(join(root, 'real/dir/pipe'), 'pack', { untrusted: true })).rejects.toThrow(/not a regular file/);
    await expect(readText(join(root, 'real/dir/a.txt'), 'pack', { untrusted: true, maxBytes: 1 })).rejects.toThrow(/at most 1 bytes/);
  });
});

describe('globMatcher (expandPaths without picomatch result objects)', () => {
  it('answers as picomatch(globs, { dot: true }) on random paths and patterns (fast-check, 3,000 cases)', async () => {
    const fc = (await import('fast-check')).default;
    const { default: picomatch } = await import('picomatch');
    const { globMatcher } = await import('../../src/core/fsx.js');
    const seg = fc.oneof(
      fc.constantFrom('a', 'b', '.hidden', 'x.json', 'y.tar.gz', '', '..', '.', 'é', 'a b', '[x]', '!n'),
      fc.string({ maxLength: 4 }),
    );
    const path = fc.array(seg, { minLength: 0, maxLength: 4 }).map((s) => s.join('/'));
    const glob = fc.oneof(
      fc.constantFrom(
        '**',
        'data/**',
        '*.json',
        '**/*.json',
        'a/*',
        'a/**/b',
        '{a,b}/**',
        '!a/**',
        '?',
        'a/[xy]*',
        'reports/us/slo-*',
        'x/**',
      ),
      path.filter((p) => p !== ''),
    );
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), path, (globs, p) => {
        expect(globMatcher(picomatch, globs)(p)).toBe(Boolean(picomatch(globs, { dot: true })(p)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('unsafeRelativePath without split', () => {
  it('gives the verdict of the split-based definition on random paths (fast-check, 20,000 cases)', async () => {
    const fc = (await import('fast-check')).default;
    // the definition before the speed work, kept as the oracle
    const oracle = (p: unknown): string | undefined => {
      if (typeof p !== 'string' || p === '') return 'an empty or non-string path';
      if (p.includes('\0')) return 'a NUL byte';
      // eslint-disable-next-line no-control-regex
      if (/[\u0001-\u001f\u007f]/.test(p)) return 'a control character';
      if (p.includes('\\')) return 'a backslash';
      if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) return 'an absolute path';
      for (const seg of p.split('/')) {
        if (seg === '..') return 'a .. segment';
        if (seg === '' || seg === '.') return 'an empty or . segment';
      }
      return undefined;
    };
    const seg = fc.oneof(
      fc.constantFrom('', '.', '..', '...', '.a', 'a.', '..a', 'a..', 'x', 'C:', 'é'),
      fc.string({ maxLength: 3 }),
      // NUL, control characters, backslashes and drive letters, mixed (their order of report matters)
      fc.string({ unit: fc.constantFrom('a', 'C', '.', ':', '\\', '\u0000', '\u0001', '\u001f', '\u007f', '\u0080', 'é'), maxLength: 3 }),
    );
    const path = fc.array(seg, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
    fc.assert(
      fc.property(path, (p) => {
        expect(unsafeRelativePath(p)).toBe(oracle(p));
      }),
      { numRuns: 20000 },
    );
    for (const p of [
      '',
      '.',
      '..',
      '/',
      'a/',
      '/a',
      'a//b',
      'a/./b',
      'a/../b',
      'a/..',
      'a/.',
      './a',
      '../a',
      '...',
      'a/...',
      'a/.b',
      'a',
      'a/b',
    ])
      expect(unsafeRelativePath(p), p).toBe(oracle(p));
  });
});

describe('writeFileAtomic with chunks still being made (pack writes its payload while it is signed)', () => {
  it('writes the chunks in order, a pending one when it resolves; a rejected one leaves no file and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-fsx-chunks-'));
    try {
      let done!: (b: Uint8Array) => void;
      const later = new Promise<Uint8Array>((r) => (done = r));
      const writing = writeFileAtomic(join(dir, 'a'), [Buffer.from('head,'), later, Buffer.from(',end')], { noClobber: true });
      // the temporary file appears while a chunk is still pending (polled: a loaded machine may take a while to open it)
      const hasTemporary = () => readdirSync(dir).some((f) => f.startsWith('a.'));
      for (let i = 0; i < 500 && !hasTemporary(); i++) await new Promise((r) => setTimeout(r, 10));
      expect(hasTemporary()).toBe(true); // the temporary file, never the target yet
      expect(readdirSync(dir)).not.toContain('a');
      done(Buffer.from('signature'));
      await writing;
      expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('head,signature,end');
      await expect(writeFileAtomic(join(dir, 'b'), [Buffer.from('head'), Promise.reject(new Error('no key'))])).rejects.toThrow('no key');
      expect(readdirSync(dir)).toEqual(['a']);
      // evidence is never overwritten, chunks or not
      await expect(writeFileAtomic(join(dir, 'a'), [Buffer.from('x')], { noClobber: true })).rejects.toThrow(/never overwritten/);
      expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('head,signature,end');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes an ASCII text chunk as its bytes, whether V8 holds it outside its heap (a large base64 text) or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-fsx-ascii-'));
    try {
      const bytes = Buffer.alloc(3 << 20, 'evidence');
      const large = bytes.toString('base64'); // an external string
      const later = Promise.resolve(Buffer.from('"}'));
      await writeFileAtomic(join(dir, 'a'), [Buffer.from('{"p":"'), { ascii: large }, { ascii: '' }, { ascii: 'tail' }, later], {
        noClobber: true,
      });
      expect(readFileSync(join(dir, 'a')).equals(Buffer.from(`{"p":"${large}tail"}`))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
