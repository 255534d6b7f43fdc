/**
 * Trust material from the trusted side: the baseline, the JWKS and every ignore file are read
 * from the git tree of a trusted commit (`--trust-ref REF`, on a pull request its base commit),
 * never from the working tree, which a pull request controls.
 *
 * Files are read with git plumbing only (`git rev-parse`, `git ls-tree`, `git cat-file`; see
 * git-ls-tree(1), git-cat-file(1); replace refs are ignored, GIT_NO_REPLACE_OBJECTS): the working
 * tree and the index are never consulted, so a pull request that edits, adds, deletes or symlinks
 * the files cannot change what is read. Only regular
 * files (tree modes 100644 and 100755) are accepted: symlinks (120000), directories and
 * submodules are refused, as is anything larger than the byte limit.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { posix, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InputError, UsageError } from '../core/errors.js';
import { readJsonOrYaml, readText } from '../core/fsx.js';
import { parseJwks, readJwksFile, type PublicKey } from '../core/ed25519.js';
import { parseIgnoreConfig, type IgnoreConfig } from './ignore.js';
import { DEFAULT_LIMITS } from './parse.js';

/** A resolved trusted commit. */
export interface TrustedTree {
  /** the directory git runs in (paths are relative to it, as `git ls-tree` resolves them) */
  cwd: string;
  /** the ref as given (branch, tag, SHA, `origin/main`, …) */
  ref: string;
  /** the full commit id the ref resolved to (40 or 64 hex digits) */
  commit: string;
}

/** One file read from a trusted tree. */
export interface TrustedFile {
  /** the path as given */
  path: string;
  /** the git blob id of the file at the trusted commit */
  blob: string;
  text: string;
}

/** What the trust material of a verification was: recorded in the JSON report as `trust`. */
export interface TrustRecord {
  ref: string;
  commit: string;
  /** trusted path → git blob id, for the baseline, the JWKS and each ignore file */
  files: Record<string, string>;
}

/** Largest JWKS or ignore file read from a trusted tree, in bytes. */
export const MAX_TRUST_FILE_BYTES = 1024 * 1024;

function git(cwd: string, args: string[], maxBuffer = 1024 * 1024): Promise<{ stdout: Buffer; stderr: string; code: number }> {
  return new Promise((resolveRun) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_NO_REPLACE_OBJECTS: '1' },
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
        resolveRun({ stdout: stdout ?? Buffer.alloc(0), stderr: (stderr ?? Buffer.alloc(0)).toString('utf8').trim(), code });
      },
    );
  });
}

/**
 * Resolves `ref` to a commit in the repository containing `cwd`.
 * @throws UsageError when the ref is malformed; InputError (exit 2) when git cannot resolve it
 *   (not a repository, or the commit is not fetched: use `actions/checkout` with `fetch-depth: 0`).
 */
export async function resolveTrustRef(cwd: string, ref: string): Promise<TrustedTree> {
  const r = ref.trim();
  if (!r || r.startsWith('-') || /[\0-\x20\x7f~^:?*[\\]/.test(r.replace(/\^\{commit\}$/, ''))) {
    throw new UsageError(`--trust-ref: expected a branch, tag or commit, found '${ref}'`);
  }
  const res = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${r}^{commit}`]);
  const commit = res.stdout.toString('utf8').trim();
  if (res.code !== 0 || !/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(commit)) {
    throw new InputError(
      `trust-ref ${r}`,
      undefined,
      `a commit in the git repository at ${cwd} (is it a clone, and is ${r} fetched? actions/checkout needs fetch-depth: 0)${res.stderr ? `: ${res.stderr.split('\n')[0]}` : ''}`,
    );
  }
  return { cwd, ref: r, commit };
}

/**
 * Reads one regular file from the trusted commit's tree.
 * @param path relative to `tree.cwd`, as in the working tree (POSIX separators)
 * @param what what the file is, for error messages ("baseline snapshot", "JWKS", "ignore rules")
 * @throws InputError naming `REF:path` when the path is absolute, absent at the commit, not a
 *   regular file (symlink, directory, submodule) or larger than `maxBytes`.
 */
export async function readTrustedFile(
  tree: TrustedTree,
  path: string,
  what: string,
  maxBytes = MAX_TRUST_FILE_BYTES,
): Promise<TrustedFile> {
  const where = `${tree.ref}:${path}`;
  const norm = posix.normalize(path.replace(/\\/g, '/'));
  if (!path || posix.isAbsolute(norm) || norm === '.' || norm.includes('\0'))
    throw new InputError(where, undefined, `a relative path of the ${what} in the trusted tree`);
  const ls = await git(tree.cwd, ['ls-tree', '-z', '--end-of-options', tree.commit, '--', norm]);
  if (ls.code !== 0)
    throw new InputError(where, undefined, `the ${what} in the trusted tree: ${ls.stderr.split('\n')[0] || 'git ls-tree failed'}`);
  const entries = ls.stdout.toString('utf8').split('\0').filter(Boolean);
  const entry = entries.map((e) => /^(\d{6}) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(e)).find((m) => m && posix.normalize(m[4]) === norm);
  if (!entry)
    throw new InputError(
      where,
      undefined,
      `the ${what} at trusted commit ${tree.commit.slice(0, 12)} (it is not in that tree; a file only the pull request adds is not trusted)`,
    );
  const [, mode, type, blob] = entry;
  if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) {
    throw new InputError(
      where,
      undefined,
      `a regular file for the ${what} (found ${mode === '120000' ? 'a symbolic link' : type === 'tree' ? 'a directory' : `mode ${mode} ${type}`})`,
    );
  }
  const size = await git(tree.cwd, ['cat-file', '-s', blob]);
  const bytes = Number(size.stdout.toString('utf8').trim());
  if (size.code !== 0 || !Number.isSafeInteger(bytes)) throw new InputError(where, undefined, `a readable blob for the ${what}`);
  if (bytes > maxBytes) throw new InputError(where, undefined, `a ${what} of at most ${maxBytes} bytes (found ${bytes})`);
  const body = await git(tree.cwd, ['cat-file', 'blob', blob], bytes + 1024);
  if (body.code !== 0 || body.stdout.length !== bytes) throw new InputError(where, undefined, `a readable blob for the ${what}`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(body.stdout);
  return { path, blob, text };
}

/**
 * Whether the working tree's copy of a trusted file differs from the trusted one (a pull request
 * that edits its ignore rules, baseline or JWKS): true when it differs or is missing there.
 * Used only to tell the user their edit is not used; never to read trust material.
 */
export async function workingCopyDiffers(absPath: string, trusted: TrustedFile): Promise<boolean> {
  try {
    return (await readFile(absPath, 'utf8')) !== trusted.text;
  } catch {
    return true;
  }
}

/**
 * The pull request's base commit from the event payload (GITHUB_EVENT_PATH) on `pull_request`
 * and `pull_request_target` events; undefined on other events or when the payload has none.
 */
export async function pullRequestBaseSha(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.GITHUB_EVENT_NAME !== 'pull_request' && env.GITHUB_EVENT_NAME !== 'pull_request_target') return undefined;
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const ev = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
    const sha = ev.pull_request?.base?.sha;
    return typeof sha === 'string' && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** One markdown line saying where the trust material came from (for summaries and comments). */
export function trustNote(t: TrustRecord): string {
  return `\n> Trust material (${Object.keys(t.files)
    .map((f) => `\`${f}\``)
    .join(', ')}) read from \`${t.ref}\` at commit \`${t.commit.slice(0, 12)}\`, never from the pull request's tree.\n`;
}

/** The trust material of one verification, wherever it was read from. */
export interface TrustMaterial {
  trusted: PublicKey[];
  baselineText: string;
  /** verify-time ignore rules ({ defaults: true, rules: [] } when no ignore file is given) */
  ignore: IgnoreConfig;
  /** set when read from a trusted commit */
  record?: TrustRecord;
  /** notes for the user (e.g. a working-tree edit of a trusted file that is not used) */
  warnings: string[];
}

/**
 * Reads the baseline, the JWKS and the ignore file: from `tree` when given (the trusted commit;
 * the working tree is never read for them), else from the working tree under `cwd`.
 * @throws InputError naming the file (`REF:path` for trusted files) and what was expected.
 */
export async function loadTrustMaterial(opts: {
  cwd: string;
  tree?: TrustedTree;
  baseline: string;
  jwks: string;
  ignore?: string;
  maxBaselineBytes?: number;
}): Promise<TrustMaterial> {
  const { cwd, tree } = opts;
  if (!tree) {
    return {
      trusted: await readJwksFile(resolve(cwd, opts.jwks)),
      baselineText: await readText(resolve(cwd, opts.baseline), 'baseline snapshot'),
      ignore: opts.ignore
        ? await parseIgnoreConfig(await readJsonOrYaml(resolve(cwd, opts.ignore), 'ignore rules'), opts.ignore)
        : { defaults: true, rules: [] },
      warnings: [],
    };
  }
  const warnings: string[] = [];
  const files: Record<string, string> = {};
  const read = async (path: string, what: string, max?: number) => {
    const f = await readTrustedFile(tree, path, what, max);
    files[path] = f.blob;
    if (await workingCopyDiffers(resolve(cwd, path), f)) {
      warnings.push(
        `${path}: the working tree's copy differs from ${tree.ref} (${tree.commit.slice(0, 12)}); the trusted copy is used, the working tree's is ignored`,
      );
    }
    return f;
  };
  const jwksFile = await read(opts.jwks, 'JWKS');
  const trusted = await parseJwks(jwksFile.text, `${tree.ref}:${opts.jwks}`);
  const baselineText = (await read(opts.baseline, 'baseline snapshot', opts.maxBaselineBytes ?? DEFAULT_LIMITS.maxFileBytes)).text;
  let ignore: IgnoreConfig = { defaults: true, rules: [] };
  if (opts.ignore) {
    const f = await read(opts.ignore, 'ignore rules');
    let value: unknown;
    try {
      value = parseYaml(f.text, { maxAliasCount: 1000 });
    } catch (e) {
      throw new InputError(`${tree.ref}:${opts.ignore}`, undefined, 'ignore rules as YAML or JSON', {
        found: (e as Error).message.split('\n')[0],
      });
    }
    ignore = await parseIgnoreConfig(value, `${tree.ref}:${opts.ignore}`);
  }
  return { trusted, baselineText, ignore, record: { ref: tree.ref, commit: tree.commit, files }, warnings };
}
