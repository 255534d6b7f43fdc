/**
 * The policy compile cache: `mc opa eval`, `mc opa-sim` and the opa-sim action, run again on the
 * same policies, read the compiled policy back (src/rego/compiled-form.ts) instead of parsing and
 * compiling the modules.
 *
 * Key: SHA-256 over the engine's fingerprint (the build's stamp of its inputs, `inputs.sha256`
 * beside the running bundle, else, run from source, the engine's source files), the compiled
 * form's version, the options that change compilation (Rego v0/v1), and each module's path (shown
 * in locations) and SHA-256 of its bytes. One entry per key: `<dir>/rego/<key>.json`.
 *
 * The cache is untrusted input. An entry is used only when it is a regular file (opened without
 * following symbolic links) owned by this user and writable by no one else, in a directory of the
 * same kind, no larger than {@link MAX_ENTRY_BYTES}; when its header names this key, this engine
 * and this form version; when the SHA-256 of its body matches the header; and when the body reads
 * back as a compiled policy. Anything else (corrupt, truncated, swapped between policies, stale,
 * a symlink) is ignored and the policy compiled afresh; the entry is then replaced. Entries are
 * written to a fresh temporary file (exclusive create, mode 0600) and renamed into place, so a
 * reader never sees half an entry. The cache never fails a command: any error reading or writing
 * it is ignored. Compile errors are not cached. What it cannot stop is this user (or root)
 * writing a well-formed entry: the cache directory is as trusted as the user's own files.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, unlinkSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../core/digest.js';
import { writeFileAtomicSync } from '../core/fsx.js';
import { compile, type Compiled, type CompileOptions, type RegoModuleSource } from '../rego/index.js';
import { COMPILED_FORM_VERSION, deserializeCompiled, serializeCompiled } from '../rego/compiled-form.js';

/** Entries larger than this (bytes) are neither written nor read. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/** When the directory holds more entries than this, the oldest half is removed after a write. */
const MAX_ENTRIES = 200;

/** How a compilation went: read from the cache (`hit`), compiled and stored (`miss`), or compiled without the cache (`off`). */
export type CompileCacheOutcome = 'hit' | 'miss' | 'off';

/**
 * The CLI's cache directory: `$MC_CACHE_DIR`, else `$XDG_CACHE_HOME/mc`, else `$HOME/.cache/mc`
 * (entries go to its `rego/` subdirectory); undefined (no cache) when the environment names none.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.MC_CACHE_DIR) return env.MC_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'mc');
  return env.HOME ? join(env.HOME, '.cache', 'mc') : undefined;
}

/** The action's cache directory: under `$RUNNER_TEMP` (emptied after each job); undefined outside a runner. */
export function actionCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  return env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'mc-cache') : undefined;
}

let fingerprint: string | null | undefined;

/**
 * The engine's fingerprint: the content stamp the build wrote beside the running bundle
 * (scripts/bundle-stamp.mjs), else the SHA-256 over the engine's source files (src/rego, this
 * module); null when neither can be read (the cache is then off).
 */
export function engineFingerprint(): string | null {
  if (fingerprint !== undefined) return fingerprint;
  fingerprint = null;
  try {
    const here = fileURLToPath(import.meta.url);
    const dir = dirname(here);
    let stamp: string | undefined;
    try {
      stamp = readFileSync(join(dir, 'inputs.sha256'), 'utf8').trim();
    } catch {
      stamp = undefined;
    }
    if (stamp && /^[0-9a-f]{64}$/.test(stamp)) fingerprint = `bundle:${stamp}`;
    else {
      const rego = join(dir, '..', 'rego');
      const files: string[] = [here];
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          if (e.isDirectory()) walk(join(d, e.name));
          else if (e.isFile() && /\.[cm]?[jt]s$/.test(e.name)) files.push(join(d, e.name));
        }
      };
      walk(rego);
      const parts = files
        .map((f) => [relative(dir, f).split(sep).join('/'), f] as const)
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([rel, f]) => `${rel}\n${sha256Hex(readFileSync(f))}\n`);
      fingerprint = `source:${sha256Hex(parts.join(''))}`;
    }
  } catch {
    fingerprint = null;
  }
  return fingerprint;
}

/** The cache key (hex SHA-256) of `modules` compiled with `opts` by the engine `engine`. */
export function compileCacheKey(modules: RegoModuleSource[], opts: CompileOptions, engine: string): string {
  const parts = [`mc-rego-compiled\nform ${COMPILED_FORM_VERSION}\nengine ${engine}\nrego ${opts.regoVersion ?? 'v1'}\n`];
  for (const m of modules) parts.push(`module ${JSON.stringify(m.path)} ${sha256Hex(m.text)}\n`);
  return sha256Hex(parts.join(''));
}

const uid = (): number | undefined => (typeof process.getuid === 'function' ? process.getuid() : undefined);

/** True when `st` is owned by this user and not writable by group or others. */
function ownedPrivate(st: { uid: number; mode: number }): boolean {
  const me = uid();
  return (me === undefined || st.uid === me) && (st.mode & 0o022) === 0;
}

/** The entries' directory (`<dir>/rego`), created 0700 when missing; undefined when it is not safe to use. */
function entriesDir(dir: string): string | undefined {
  const d = join(dir, 'rego');
  // create missing levels one at a time (as bin/mc.js does for the V8 cache; no recursive mkdir)
  const missing: string[] = [];
  for (let p = d; ; p = dirname(p)) {
    try {
      lstatSync(p);
      break;
    } catch {
      missing.push(p);
      if (dirname(p) === p) return undefined;
    }
  }
  for (const p of missing.reverse()) mkdirSync(p, { mode: 0o700 });
  const st = lstatSync(d);
  if (!st.isDirectory() || st.isSymbolicLink() || !ownedPrivate(st)) return undefined;
  return d;
}

/** Reads and checks one entry; undefined for anything but a sound entry of `key`. */
function readEntry(file: string, key: string, engine: string): Compiled | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  let bytes: Buffer;
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || !ownedPrivate(st) || st.size > MAX_ENTRY_BYTES) return undefined;
    bytes = Buffer.alloc(st.size);
    let off = 0;
    while (off < bytes.length) {
      const n = readSync(fd, bytes, off, bytes.length - off, off);
      if (n === 0) return undefined;
      off += n;
    }
  } finally {
    closeSync(fd);
  }
  const nl = bytes.indexOf(0x0a);
  if (nl < 0) return undefined;
  let header: { format?: unknown; engine?: unknown; key?: unknown; sha256?: unknown; bytes?: unknown };
  try {
    header = JSON.parse(bytes.subarray(0, nl).toString('utf8'));
  } catch {
    return undefined;
  }
  const body = bytes.subarray(nl + 1);
  if (
    header?.format !== COMPILED_FORM_VERSION ||
    header.engine !== engine ||
    header.key !== key ||
    header.bytes !== body.length ||
    header.sha256 !== sha256Hex(body)
  )
    return undefined;
  try {
    return deserializeCompiled(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Writes an entry atomically: a fresh temporary file (exclusive create, 0600), then rename. */
function writeEntry(dir: string, file: string, key: string, engine: string, compiled: Compiled): void {
  const body = Buffer.from(serializeCompiled(compiled), 'utf8');
  if (body.length > MAX_ENTRY_BYTES) return;
  const header = JSON.stringify({ format: COMPILED_FORM_VERSION, engine, key, sha256: sha256Hex(body), bytes: body.length });
  writeFileAtomicSync(file, [header + '\n', body], { mode: 0o600, durable: false });
  prune(dir);
}

/** Keeps the directory bounded: over {@link MAX_ENTRIES} entries, the oldest half goes. */
function prune(dir: string): void {
  const names = readdirSync(dir).filter((n) => /^[0-9a-f]{64}\.json$/.test(n));
  if (names.length <= MAX_ENTRIES) return;
  const aged = names
    .map((n) => {
      try {
        const st = lstatSync(join(dir, n));
        return st.isFile() ? { n, t: st.mtimeMs } : undefined;
      } catch {
        return undefined;
      }
    })
    .filter((x): x is { n: string; t: number } => !!x)
    .sort((a, b) => a.t - b.t);
  for (const { n } of aged.slice(0, Math.floor(aged.length / 2))) {
    try {
      unlinkSync(join(dir, n));
    } catch {
      /* removed by another run */
    }
  }
}

/**
 * Compiles `modules` (as {@link compile}), through the cache in `cacheDir` when given.
 * @param cacheDir the cache root (entries in its `rego/` subdirectory); undefined: no cache
 * @returns the compiled policy and how the cache answered
 * @throws RegoErrors as {@link compile} (compile errors are never cached)
 */
export function compileCached(
  modules: RegoModuleSource[],
  opts: CompileOptions,
  cacheDir: string | undefined,
): { compiled: Compiled; cache: CompileCacheOutcome } {
  const engine = cacheDir ? engineFingerprint() : null;
  let dir: string | undefined;
  if (cacheDir && engine) {
    try {
      dir = entriesDir(cacheDir);
    } catch {
      dir = undefined;
    }
  }
  if (!dir || !engine) return { compiled: compile(modules, opts), cache: 'off' };
  const key = compileCacheKey(modules, opts, engine);
  const file = join(dir, `${key}.json`);
  const hit = readEntry(file, key, engine);
  if (hit) return { compiled: hit, cache: 'hit' };
  const compiled = compile(modules, opts);
  try {
    writeEntry(dir, file, key, engine, compiled);
  } catch {
    /* the cache never fails a command */
  }
  return { compiled, cache: 'miss' };
}
