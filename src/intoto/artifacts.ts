/**
 * Recording artifacts (materials and products) as in_toto.runlib.record_artifacts_as_dict does:
 * files and directory trees under a base path, paths normalized (no leading `./`), SHA-256 digest
 * sets, exclude patterns in gitignore style (defaults: `*.link*`, `.git`, `*.pyc`, `*~`), optional
 * left-stripping of path prefixes. Symbolic links are followed (in_toto_run records with
 * follow_symlink_dirs=True); broken links, devices, FIFOs and sockets are skipped.
 *
 * Bounded and confined where the reference is not (its os.walk(followlinks=True) keeps no record of
 * visited directories, so two links `a -> .` and `b -> .` make it exponential until ELOOP):
 * - a symlinked directory is followed only when its real path is inside the base path and is not
 *   a directory already on the walk's path (a cycle); such links are skipped, as the reference
 *   eventually skips them on ELOOP, but at once;
 * - a symbolic link (file or directory) whose target's real path leaves the base path is refused
 *   (exit 2): recording it would hash files outside the tree under verification;
 * - the walk stops with exit 2 beyond `limits.maxEntries` directory entries or `limits.maxBytes`
 *   bytes to hash (symlinks to shared directories can multiply paths without a cycle).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, normalize, posix, sep } from 'node:path';
import { InputError } from '../core/errors.js';
import { sha256File } from '../core/digest.js';
import { comparePaths } from '../core/fsx.js';
import type { ArtifactDict } from './metadata.js';

/** in_toto.settings.ARTIFACT_EXCLUDE_PATTERNS */
export const DEFAULT_EXCLUDE_PATTERNS = ['*.link*', '.git', '*.pyc', '*~'];

/** Options for {@link recordArtifacts}. */
export interface RecordOptions {
  /** directory the paths are relative to (default: process.cwd()) */
  basePath?: string;
  /** gitignore-style patterns; replace the defaults when given (as the reference does) */
  exclude?: string[];
  /** prefixes stripped from recorded paths (the first that matches) */
  lstripPaths?: string[];
  /** bounds of one recording (defaults: DEFAULT_RECORD_LIMITS) */
  limits?: Partial<RecordLimits>;
}

/** Bounds of one {@link recordArtifacts} call. */
export interface RecordLimits {
  /** directory entries visited, links followed included */
  maxEntries: number;
  /** bytes of files to hash */
  maxBytes: number;
}

/** 1,000,000 entries and 64 GiB: far above a real build tree, far below a symlink explosion. */
export const DEFAULT_RECORD_LIMITS: RecordLimits = { maxEntries: 1_000_000, maxBytes: 64 * 1024 ** 3 };

/**
 * Compiles gitignore-style ("gitwildmatch") exclude patterns into a predicate over relative paths.
 * A pattern without a slash matches any path component (file or directory name); a pattern with a
 * slash is anchored at the base path; a match on a directory excludes everything under it.
 * Async because picomatch is loaded on first use (a verification without inspections never needs it).
 */
export async function excludeMatcher(patterns: string[]): Promise<(path: string) => boolean> {
  const { default: picomatch } = await import('picomatch');
  const compiled = patterns
    .filter((p) => p.trim() !== '' && !p.startsWith('#'))
    .map((raw) => {
      const p = raw.replace(/\/+$/, '');
      if (!p.includes('/')) {
        const m = picomatch(p, { dot: true });
        return (path: string) => path.split('/').some((seg) => m(seg));
      }
      const m = picomatch(p.replace(/^\//, ''), { dot: true });
      return (path: string) => {
        const segs = path.split('/');
        for (let i = 1; i <= segs.length; i++) if (m(segs.slice(0, i).join('/'))) return true;
        return false;
      };
    });
  return (path) => compiled.some((f) => f(path));
}

function stripInto(out: ArtifactDict, rel: string, digest: Record<string, string>, lstrip: string[]): void {
  let key = rel;
  for (const prefix of lstrip) {
    if (key.startsWith(prefix)) {
      key = key.slice(prefix.length);
      break;
    }
  }
  if (Object.prototype.hasOwnProperty.call(out, key))
    throw new InputError(rel, undefined, `left-stripped paths to stay unique (prefix selection made '${key}' ambiguous)`);
  out[key] = digest;
}

/**
 * Records the given paths (files or directories, relative to the base path) as an artifact dict.
 * Missing paths are skipped (as the reference does). Keys are inserted in sorted order.
 * @throws InputError when left-stripping makes two paths collide, or lstrip prefixes overlap.
 */
export async function recordArtifacts(paths: string[], opts: RecordOptions = {}): Promise<ArtifactDict> {
  const base = opts.basePath ?? process.cwd();
  const excluded = await excludeMatcher(opts.exclude?.length ? opts.exclude : DEFAULT_EXCLUDE_PATTERNS);
  const ls = opts.lstripPaths ?? [];
  for (let i = 0; i < ls.length; i++)
    for (let j = i + 1; j < ls.length; j++) {
      if (ls[i].startsWith(ls[j]) || ls[j].startsWith(ls[i]))
        throw new InputError(undefined, '--lstrip-paths', `prefixes that are not left substrings of each other ('${ls[i]}', '${ls[j]}')`);
    }
  const limits: RecordLimits = { ...DEFAULT_RECORD_LIMITS, ...opts.limits };
  const baseReal = await realpath(base).catch(() => base);
  const inside = (real: string) => real === baseReal || real.startsWith(baseReal.endsWith(sep) ? baseReal : baseReal + sep);
  const files: { abs: string; rel: string }[] = [];
  let entries = 0;
  let bytes = 0;
  const addFile = (abs: string, rel: string, size: number) => {
    bytes += size;
    if (bytes > limits.maxBytes)
      throw new InputError(rel, undefined, `artifacts of at most ${limits.maxBytes} bytes in one recording (the walk was stopped)`);
    files.push({ abs, rel });
  };
  /** A symlink's target, when it may be recorded: inside the base path (else InputError). */
  const linkTarget = async (abs: string, rel: string): Promise<{ real: string; st: import('node:fs').Stats } | null> => {
    const real = await realpath(abs).catch(() => null);
    if (real === null) return null; // broken link (or a loop): skipped, as the reference skips it
    if (!inside(real))
      throw new InputError(rel, undefined, `a symbolic link whose target stays inside the recorded tree ${base} (it points to ${real})`);
    const st = await stat(real).catch(() => null);
    return st ? { real, st } : null;
  };
  // `ancestors`: real paths of the directories on the current walk path (a link back to one is a cycle)
  const walk = async (relDir: string, dirReal: string, ancestors: Set<string>): Promise<void> => {
    const list = await readdir(join(base, relDir), { withFileTypes: true });
    list.sort((a, b) => comparePaths(a.name, b.name));
    const here = new Set(ancestors).add(dirReal);
    for (const e of list) {
      if (++entries > limits.maxEntries)
        throw new InputError(
          relDir,
          undefined,
          `at most ${limits.maxEntries} directory entries in one recording (symbolic links multiply paths; the walk was stopped)`,
        );
      const rel = relDir === '.' ? e.name : `${relDir}/${e.name}`;
      if (excluded(rel)) continue;
      const abs = join(base, rel);
      if (e.isDirectory()) await walk(rel, join(dirReal, e.name), here);
      else if (e.isFile()) addFile(abs, rel, (await stat(abs)).size);
      else if (e.isSymbolicLink()) {
        // in_toto_run records with follow_symlink_dirs=True: linked files and directories are followed,
        // once per walk path (a link to a directory on the current path is a cycle and is skipped)
        const t = await linkTarget(abs, rel);
        if (t?.st.isFile()) addFile(abs, rel, t.st.size);
        else if (t?.st.isDirectory() && !here.has(t.real)) await walk(rel, t.real, here);
      }
    }
  };
  for (const p of paths) {
    const rel = posix.normalize(normalize(p).split('\\').join('/'));
    if (rel !== '.' && excluded(rel.replace(/^\.\//, ''))) continue;
    const abs = join(base, rel);
    const st = await stat(abs).catch(() => null);
    if (!st) continue;
    if (st.isFile()) addFile(abs, rel, st.size);
    else if (st.isDirectory()) await walk(rel.replace(/\/+$/, '') || '.', await realpath(abs), new Set());
  }
  files.sort((a, b) => comparePaths(a.rel, b.rel));
  const out: ArtifactDict = {};
  // hash with bounded concurrency; insertion stays in sorted order
  const digests = new Array<string>(files.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(16, files.length) }, async () => {
      while (next < files.length) {
        const i = next++;
        digests[i] = (await sha256File(files[i].abs)).hex;
      }
    }),
  );
  files.forEach((f, i) => {
    if (ls.length) stripInto(out, f.rel, { sha256: digests[i] }, ls);
    else out[f.rel] = { sha256: digests[i] };
  });
  return out;
}
