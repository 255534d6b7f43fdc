/**
 * Pinning `uses:` references in workflow files to full commit SHAs with a version comment
 * (`uses: actions/checkout@11bd…683 # v4.2.2`), from a table of known commits
 * (scripts/release/pins.json), and a check that CI can run: every `uses:` of another repository
 * must name a 40-hex commit. Local actions (`./…`) and `docker://` images are left alone.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../src/core/errors.js';

/** owner/repo -> ref (tag or branch as written in workflows) -> the commit and its exact version. */
export type PinTable = Record<string, Record<string, { sha: string; version: string }>>;

/** Reads and validates a pin table (keys starting with `$` are comments). */
export function readPinTable(file: string): PinTable {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(file, undefined, `JSON (${(e as Error).message})`);
  }
  const table: PinTable = {};
  for (const [repo, refs] of Object.entries(data)) {
    if (repo.startsWith('$')) continue;
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new InputError(file, repo, 'owner/repo');
    table[repo] = {};
    for (const [ref, v] of Object.entries(refs as Record<string, { sha?: unknown; version?: unknown }>)) {
      if (typeof v?.sha !== 'string' || !/^[0-9a-f]{40}$/.test(v.sha))
        throw new InputError(file, `${repo}.${ref}.sha`, 'a full 40-hex commit SHA');
      if (typeof v.version !== 'string' || !v.version)
        throw new InputError(file, `${repo}.${ref}.version`, 'the exact version of that commit (e.g. v4.2.2)');
      for (const k of Object.keys(v))
        if (k !== 'sha' && k !== 'version') throw new InputError(file, `${repo}.${ref}.${k}`, 'only the keys sha and version');
      table[repo][ref] = { sha: v.sha, version: v.version };
    }
  }
  return table;
}

/** One `uses:` reference found in a workflow. */
export interface UsesRef {
  /** 1-based line */
  line: number;
  /** as written: `owner/repo[/path]` */
  target: string;
  /** owner/repo */
  repo: string;
  ref: string;
  pinned: boolean;
  /** owner is `mc` (our own actions and reusable workflows) */
  own: boolean;
}

const USES = /^(\s*(?:-\s+)?uses:\s*)(['"]?)([^@\s'"#]+)@([^\s'"#]+)\2(\s*#.*)?$/;

/** Lists the `uses:` references of other repositories in a workflow text. */
export function scanUses(text: string, ownOwner = 'mc'): UsesRef[] {
  const out: UsesRef[] = [];
  text.split('\n').forEach((l, i) => {
    const m = USES.exec(l);
    if (!m) return;
    const target = m[3];
    if (target.startsWith('./') || target.startsWith('docker://')) return;
    const repo = target.split('/').slice(0, 2).join('/');
    out.push({ line: i + 1, target, repo, ref: m[4], pinned: /^[0-9a-f]{40}$/.test(m[4]), own: repo.split('/')[0] === ownOwner });
  });
  return out;
}

/**
 * Rewrites unpinned `uses:` lines whose repo and ref are in the table. Returns the new text and
 * the references it could not pin.
 */
export function pinText(text: string, table: PinTable): { text: string; pinned: UsesRef[]; unknown: UsesRef[] } {
  const pinned: UsesRef[] = [];
  const unknown: UsesRef[] = [];
  const lines = text.split('\n');
  for (const u of scanUses(text)) {
    if (u.pinned) continue;
    const known = table[u.repo]?.[u.ref];
    if (!known) {
      unknown.push(u);
      continue;
    }
    lines[u.line - 1] = lines[u.line - 1].replace(
      USES,
      (_m, pre: string, q: string, target: string) => `${pre}${q}${target}@${known.sha}${q} # ${known.version}`,
    );
    pinned.push(u);
  }
  return { text: lines.join('\n'), pinned, unknown };
}

/** Problems the check reports: unpinned third-party references, and own ones with `strict`. */
export function checkPins(text: string, opts: { strict?: boolean } = {}): UsesRef[] {
  return scanUses(text).filter((u) => !u.pinned && (opts.strict || !u.own));
}

/**
 * Records a published commit in the pin table file (for `mc/<action>` after a release): both the
 * exact tag and the moving major tag map to it. Written atomically; other entries are kept.
 */
export async function recordPin(file: string, repo: string, refs: string[], sha: string, version: string): Promise<void> {
  const { writeFileAtomic } = await import('../../src/core/fsx.js');
  const { existsSync } = await import('node:fs');
  const data = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<
    string,
    Record<string, { sha: string; version: string }>
  >;
  data[repo] = { ...(data[repo] ?? {}) };
  for (const r of refs) data[repo][r] = { sha, version };
  await writeFileAtomic(file, JSON.stringify(data, null, 2) + '\n');
}
