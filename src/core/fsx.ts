/**
 * File helpers shared by every gate: atomic writes, reads with clear errors, glob expansion
 * confined to a root (symlinks and paths that leave the root are refused).
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { type Dirent } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { InputError } from './errors.js';

/**
 * Writes a file atomically: a temporary file in the same directory, fsync, then rename.
 * Readers see either the old or the new contents, never a partial file.
 * @param opts.noClobber refuse (InputError) when the target exists: evidence and baselines are never overwritten.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, opts: { noClobber?: boolean } = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  if (opts.noClobber && (await exists(path))) throw new InputError(path, undefined, 'a path that does not exist yet (evidence is never overwritten)');
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const fh = await open(tmp, 'wx', 0o644);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** Whether a path exists (without following a final symlink). */
export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a UTF-8 text file.
 * @param what a description for the error ("baseline snapshot", "JWKS").
 * @throws InputError naming the file when it is missing or unreadable.
 */
export async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, undefined, `a readable ${what}`, { found: code === 'ENOENT' ? 'no such file' : code });
  }
}

/** Reads and parses a JSON file. @throws InputError naming the file on read or parse errors. */
export async function readJson<T = unknown>(path: string, what: string): Promise<T> {
  const text = await readText(path, what);
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new InputError(path, undefined, `${what} as JSON`, { found: (e as Error).message });
  }
}

/** Reads a JSON or YAML file (chosen by content: YAML 1.2 is a superset of JSON). */
export async function readJsonOrYaml<T = unknown>(path: string, what: string): Promise<T> {
  const text = await readText(path, what);
  try {
    return parseYaml(text, { maxAliasCount: 1000 }) as T;
  } catch (e) {
    throw new InputError(path, undefined, `${what} as YAML or JSON`, { found: (e as Error).message.split('\n')[0] });
  }
}

/**
 * Resolves `p` against `root` and checks it stays inside.
 * @returns the absolute path and the POSIX relative path.
 * @throws InputError when the path leaves the root.
 */
export function resolveInside(root: string, p: string): { abs: string; rel: string } {
  const abs = resolve(root, p);
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..' + sep) || rel === '..' || isAbsolute(rel)) {
    throw new InputError(p, undefined, `a path inside the root ${root}`);
  }
  return { abs, rel: rel.split(sep).join('/') };
}

/** Options for {@link expandPaths}. */
export interface ExpandOptions {
  /** directory the patterns are relative to; results never leave it */
  root: string;
  /** glob patterns to exclude */
  exclude?: string[];
  /** refuse (default) or skip symbolic links */
  symlinks?: 'refuse' | 'skip';
}

/**
 * Expands file paths and glob patterns (picomatch syntax, dotfiles included) to regular files
 * under `root`, as sorted POSIX paths relative to root. A literal path that does not exist is an error;
 * a glob that matches nothing is not.
 * @throws InputError for a path that leaves the root, a symlink (unless skipped), or a missing literal path.
 */
export async function expandPaths(patterns: string[], opts: ExpandOptions): Promise<string[]> {
  const root = resolve(opts.root);
  const found = new Set<string>();
  const isExcluded = opts.exclude?.length ? picomatch(opts.exclude, { dot: true }) : () => false;
  for (const pat of patterns) {
    const isGlob = /[*?[\]{}!]/.test(pat);
    if (!isGlob) {
      const { abs, rel } = resolveInside(root, pat);
      let st;
      try {
        st = await lstat(abs);
      } catch {
        throw new InputError(pat, undefined, 'an existing file or a glob', { found: 'no such file' });
      }
      if (st.isSymbolicLink()) {
        if (opts.symlinks === 'skip' || isExcluded(rel)) continue;
        throw new InputError(pat, undefined, 'a regular file (symbolic links are refused)');
      }
      if (st.isDirectory()) {
        for (const f of await expandPaths([`${rel}/**`], opts)) found.add(f);
        continue;
      }
      found.add(rel);
      continue;
    }
    if (isAbsolute(pat) || pat.split('/').includes('..')) throw new InputError(pat, undefined, 'a glob relative to the root, without ..');
    // walk the pattern's static base with one recursive readdir (symbolic links are reported, not
    // followed, so they can be refused) and match with picomatch
    const { base } = picomatch.scan(pat);
    const isMatch = picomatch(pat, { dot: true });
    const baseAbs = base ? resolveInside(root, base).abs : root;
    let entries: Dirent[];
    try {
      entries = await readdir(baseAbs, { recursive: true, withFileTypes: true });
    } catch {
      continue; // a glob whose base does not exist matches nothing
    }
    for (const d of entries) {
      const rel = relative(root, join(d.parentPath, d.name)).split(sep).join('/');
      if (!isMatch(rel)) continue;
      if (d.isSymbolicLink()) {
        if (opts.symlinks === 'skip' || isExcluded(rel)) continue;
        throw new InputError(rel, undefined, 'a regular file (symbolic links are refused)');
      }
      if (d.isFile()) found.add(rel);
    }
  }
  return [...found].filter((f) => !isExcluded(f)).sort(comparePaths);
}

/**
 * Orders paths by UTF-16 code units, the order RFC 8785 (3.2.3) uses for property names:
 * deterministic across machines and locales, and cheap.
 */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
