/**
 * Recording artifacts (materials and products) as in_toto.runlib.record_artifacts_as_dict does:
 * files and directory trees under a base path, paths normalized (no leading `./`), SHA-256 digest
 * sets, exclude patterns in gitignore style (defaults: `*.link*`, `.git`, `*.pyc`, `*~`), optional
 * left-stripping of path prefixes. Symbolic links are followed (in_toto_run records with
 * follow_symlink_dirs=True); broken links are skipped.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, normalize, posix } from 'node:path';
import picomatch from 'picomatch';
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
}

/**
 * Compiles gitignore-style ("gitwildmatch") exclude patterns into a predicate over relative paths.
 * A pattern without a slash matches any path component (file or directory name); a pattern with a
 * slash is anchored at the base path; a match on a directory excludes everything under it.
 */
export function excludeMatcher(patterns: string[]): (path: string) => boolean {
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
  if (Object.prototype.hasOwnProperty.call(out, key)) throw new InputError(rel, undefined, `left-stripped paths to stay unique (prefix selection made '${key}' ambiguous)`);
  out[key] = digest;
}

/**
 * Records the given paths (files or directories, relative to the base path) as an artifact dict.
 * Missing paths are skipped (as the reference does). Keys are inserted in sorted order.
 * @throws InputError when left-stripping makes two paths collide, or lstrip prefixes overlap.
 */
export async function recordArtifacts(paths: string[], opts: RecordOptions = {}): Promise<ArtifactDict> {
  const base = opts.basePath ?? process.cwd();
  const excluded = excludeMatcher(opts.exclude?.length ? opts.exclude : DEFAULT_EXCLUDE_PATTERNS);
  const ls = opts.lstripPaths ?? [];
  for (let i = 0; i < ls.length; i++) for (let j = i + 1; j < ls.length; j++) {
    if (ls[i].startsWith(ls[j]) || ls[j].startsWith(ls[i])) throw new InputError(undefined, '--lstrip-paths', `prefixes that are not left substrings of each other ('${ls[i]}', '${ls[j]}')`);
  }
  const files: { abs: string; rel: string }[] = [];
  const walk = async (relDir: string): Promise<void> => {
    const entries = await readdir(join(base, relDir), { withFileTypes: true });
    for (const e of entries) {
      const rel = relDir === '.' ? e.name : `${relDir}/${e.name}`;
      if (excluded(rel)) continue;
      const abs = join(base, rel);
      if (e.isDirectory()) await walk(rel);
      else if (e.isFile()) files.push({ abs, rel });
      else if (e.isSymbolicLink()) {
        // in_toto_run records with follow_symlink_dirs=True: linked files and directories are followed
        const st = await stat(abs).catch(() => null);
        if (st?.isFile()) files.push({ abs, rel });
        else if (st?.isDirectory() && rel.split('/').length < 64) await walk(rel);
      }
    }
  };
  for (const p of paths) {
    const rel = posix.normalize(normalize(p).split('\\').join('/'));
    if (rel !== '.' && excluded(rel.replace(/^\.\//, ''))) continue;
    const st = await stat(join(base, rel)).catch(() => null);
    if (!st) continue;
    if (st.isFile()) files.push({ abs: join(base, rel), rel });
    else if (st.isDirectory()) await walk(rel.replace(/\/+$/, '') || '.');
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
