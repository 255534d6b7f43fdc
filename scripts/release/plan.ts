/**
 * Release planning for the actions in this repository: discover actions, hash their bundles,
 * read change records, compute the next version of each action and apply it (CHANGELOG.md
 * sections in Keep a Changelog 1.1.0 form, the released-state file, consumed records removed).
 *
 * Change records are files `.changeset/*.md` in the changesets format (YAML front matter mapping
 * an action name to `major` | `minor` | `patch` | `none`, then a Markdown summary), parsed with
 * `@changesets/parse`. The released state is `.changeset/released.json`:
 * `{ "<action>": { "version": "X.Y.Z", "bundle": "sha256:<hex>" } }`, written by `version`.
 * A change is attributed to an action when its bundle digest (action.yml and every file of
 * dist/) differs from the released one, even with no change record naming it: the core is
 * shared, so one source change can change several bundles.
 */
import parseChangeset from '@changesets/parse';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import semver from 'semver';
import { parse as parseYaml } from 'yaml';
import { InputError, McError, ExitCode } from '../../src/core/errors.js';
import { writeFileAtomic } from '../../src/core/fsx.js';
import { scanUses } from './pin.js';

/** The semver bump levels, lowest first. `none` records a note without a version change. */
export const BUMPS = ['none', 'patch', 'minor', 'major'] as const;
export type Bump = (typeof BUMPS)[number];

/** Keep a Changelog 1.1.0 section names. */
export const CHANGE_TYPES = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** A refusal: the release would break a promise (a tag moving backwards, an overwrite). Exit 1. */
export class RefusedError extends McError {
  constructor(message: string) {
    super(message, ExitCode.Fail);
  }
}

/** The repository that holds the actions' source, the reusable workflows and the starter workflows. */
export const MONOREPO = 'mc/actions';
/** The repository each action is published to: `mc/<action>`. */
export const actionRepo = (name: string) => `mc/${name}`;

/**
 * The release unit of the reusable workflows (`.github/workflows/*.yml` with an `on.workflow_call`
 * trigger): released in this repository as `vX.Y.Z` with a moving `vX`, used as
 * `uses: mc/actions/.github/workflows/<file>@v1`.
 */
export const WORKFLOWS = 'workflows';

/** The reusable workflow files of a repository (paths relative to it, sorted). */
export function reusableWorkflows(root: string): string[] {
  const dir = join(root, '.github/workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .filter((f) => {
      let doc: { on?: unknown } | null;
      try {
        doc = parseYaml(readFileSync(join(dir, f), 'utf8')) as { on?: unknown } | null;
      } catch (e) {
        throw new InputError(`.github/workflows/${f}`, undefined, `YAML (${(e as Error).message.split('\n')[0]})`);
      }
      const on = doc?.on;
      return (
        on === 'workflow_call' ||
        (Array.isArray(on) && on.includes('workflow_call')) ||
        (!!on && typeof on === 'object' && 'workflow_call' in on)
      );
    })
    .sort()
    .map((f) => `.github/workflows/${f}`);
}

/** Every release unit: the actions, then `workflows` when the repository has reusable workflows. */
export function discoverUnits(root: string): string[] {
  return [...discoverActions(root), ...(reusableWorkflows(root).length ? [WORKFLOWS] : [])];
}

/** The CHANGELOG.md of a release unit, relative to the repository root. */
export const changelogPath = (name: string) => (name === WORKFLOWS ? '.github/workflows/CHANGELOG.md' : `actions/${name}/CHANGELOG.md`);

/** Tags of a release unit in this repository: `<action>/vX.Y.Z` for an action, `vX.Y.Z` for the workflows. */
export const tagPrefix = (name: string) => (name === WORKFLOWS ? '' : `${name}/`);

/** Names of the actions: directories `actions/<name>/` holding an `action.yml`, sorted. */
export function discoverActions(root: string): string[] {
  const dir = join(root, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'action.yml')))
    .sort();
}

/** Every regular file below `dir` (relative paths, '/'-separated, sorted); symlinks are refused. */
export function listFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isSymbolicLink()) throw new InputError(relative(base, p), undefined, 'a regular file or directory, not a symlink');
    if (ent.isDirectory()) out.push(...listFiles(p, base));
    else if (ent.isFile()) out.push(relative(base, p).split('\\').join('/'));
  }
  return out.sort();
}

/** Reads `runs.main` of an action and checks that its bundle is built. */
export function actionMeta(root: string, name: string): { main: string; dir: string } {
  const dir = join(root, 'actions', name);
  const file = join(dir, 'action.yml');
  const meta = parseYaml(readFileSync(file, 'utf8')) as { runs?: { main?: string } } | null;
  const main = meta?.runs?.main;
  if (typeof main !== 'string' || !main.startsWith('dist/'))
    throw new InputError(relative(root, file), 'runs.main', 'a path inside dist/ (the ncc bundle)');
  if (!existsSync(join(dir, main)))
    throw new InputError(relative(root, join(dir, main)), undefined, `a built bundle (run: npm run build -- ${name})`);
  return { main, dir };
}

/**
 * The digest of what an action runs: SHA-256 over the sorted lines `<path>\0<sha256 hex>\n` of
 * action.yml and every file in dist/. Format `sha256:<hex>`. Throws InputError when not built.
 */
export function bundleDigest(root: string, name: string): string {
  let dir: string;
  let files: string[];
  if (name === WORKFLOWS) {
    // the reusable workflows: what callers run is the workflow files themselves
    dir = root;
    files = reusableWorkflows(root);
  } else {
    dir = actionMeta(root, name).dir;
    files = ['action.yml', ...listFiles(join(dir, 'dist')).map((f) => `dist/${f}`)].sort();
  }
  const h = createHash('sha256');
  for (const f of files)
    h.update(
      `${f}\0${createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex')}\n`,
    );
  return `sha256:${h.digest('hex')}`;
}

/** One action's entry in `.changeset/released.json`. */
export interface ReleasedAction {
  /** the last released (or versioned) semantic version, X.Y.Z */
  version: string;
  /** bundleDigest() of that version */
  bundle: string;
}
export type ReleasedState = Record<string, ReleasedAction>;

export const STATE_FILE = '.changeset/released.json';

/** Reads the released state; a missing file means nothing was released. Unknown keys are errors. */
export function readState(root: string): ReleasedState {
  const file = join(root, STATE_FILE);
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(STATE_FILE, undefined, `JSON (${(e as Error).message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new InputError(STATE_FILE, undefined, 'an object keyed by action name');
  for (const [name, v] of Object.entries(data as Record<string, unknown>)) {
    const e = v as Record<string, unknown>;
    if (!e || typeof e !== 'object') throw new InputError(STATE_FILE, name, 'an object { version, bundle }');
    for (const k of Object.keys(e))
      if (k !== 'version' && k !== 'bundle') throw new InputError(STATE_FILE, `${name}.${k}`, 'only the keys version and bundle');
    if (typeof e.version !== 'string' || semver.valid(e.version) !== e.version || semver.prerelease(e.version))
      throw new InputError(STATE_FILE, `${name}.version`, 'a version X.Y.Z', { found: String(e.version) });
    if (typeof e.bundle !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(e.bundle))
      throw new InputError(STATE_FILE, `${name}.bundle`, 'sha256:<64 hex digits>');
  }
  return data as ReleasedState;
}

/** A parsed change record. */
export interface ChangeRecord {
  /** path relative to the repository root */
  file: string;
  releases: { name: string; type: Bump }[];
  summary: string;
}

/** Reads `.changeset/*.md` (README.md excepted), validating action names and bump types. */
export function readRecords(root: string, actions: string[]): ChangeRecord[] {
  const dir = join(root, '.changeset');
  if (!existsSync(dir)) return [];
  const out: ChangeRecord[] = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .sort()) {
    const file = `.changeset/${f}`;
    if (!lstatSync(join(dir, f)).isFile()) throw new InputError(file, undefined, 'a regular file');
    let parsed: { summary: string; releases: { name: string; type: string }[] };
    try {
      parsed = parseChangeset(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      throw new InputError(
        file,
        'front matter',
        `"<action>": major|minor|patch|none lines between --- fences (${(e as Error).message.split('\n')[0]})`,
      );
    }
    if (!parsed.releases.length) throw new InputError(file, 'front matter', 'at least one "<action>": <bump> line');
    for (const r of parsed.releases) {
      if (!actions.includes(r.name)) throw new InputError(file, r.name, `an action name (one of ${actions.join(', ')})`);
      if (!(BUMPS as readonly string[]).includes(r.type))
        throw new InputError(file, r.name, 'major, minor, patch or none', { found: r.type });
    }
    if (!parsed.summary.trim()) throw new InputError(file, 'summary', 'a summary of the change below the front matter');
    out.push({ file, releases: parsed.releases as ChangeRecord['releases'], summary: parsed.summary.trim() });
  }
  return out;
}

/** One action's line in a release plan. */
export interface PlannedRelease {
  name: string;
  /** version released so far ('0.0.0' when never released) */
  current: string;
  next: string;
  bump: Exclude<Bump, 'none'>;
  /** why: the change records naming it, and/or 'bundle changed' */
  reasons: string[];
  records: ChangeRecord[];
  bundle: string;
  bundleChanged: boolean;
  /** tag in this repository */
  tag: string;
  /** the repository the split tree is pushed to, its version tag and its moving major tag */
  repo: string;
  repoTag: string;
  majorTag: string;
}

export interface Plan {
  releases: PlannedRelease[];
  unchanged: { name: string; version: string }[];
  /** every change record read; `version` consumes them (entries of held units are kept) */
  records: ChangeRecord[];
  /** units with changes that cannot be released yet, and why */
  held: { name: string; version: string; reason: string }[];
}

/**
 * Computes the release plan: for every action, the highest bump among the change records naming
 * it, raised to `patch` when its bundle digest differs from the released one.
 * @param opts.bundles digests by action (defaults to bundleDigest of each built action)
 */
export function computePlan(root: string, opts: { bundles?: Record<string, string> } = {}): Plan {
  const actions = discoverUnits(root);
  const state = readState(root);
  for (const name of Object.keys(state))
    if (!actions.includes(name))
      throw new InputError(STATE_FILE, name, `an action in actions/ (actions/${name}/action.yml is missing) or '${WORKFLOWS}'`);
  const records = readRecords(root, actions);
  const plan: Plan = { releases: [], unchanged: [], records, held: [] };
  for (const name of actions) {
    const bundle = opts.bundles?.[name] ?? bundleDigest(root, name);
    const prev = state[name];
    const current = prev?.version ?? '0.0.0';
    const mine = records.filter((r) => r.releases.some((x) => x.name === name && x.type !== 'none'));
    let level = 0;
    for (const r of mine) for (const x of r.releases) if (x.name === name) level = Math.max(level, BUMPS.indexOf(x.type));
    const bundleChanged = prev?.bundle !== bundle;
    if (bundleChanged) level = Math.max(level, 1);
    // the first release of an action is 1.0.0: the README promises `uses: mc/<action>@v1`
    if (!prev) level = BUMPS.indexOf('major');
    if (level === 0) {
      plan.unchanged.push({ name, version: current });
      continue;
    }
    if (name === WORKFLOWS) {
      // the reusable workflows reference the action commits they were tested with, never a floating tag
      const floating = reusableWorkflows(root).flatMap((f) =>
        scanUses(readFileSync(join(root, f), 'utf8'))
          .filter((u) => u.own && !u.pinned && u.repo !== MONOREPO)
          .map((u) => `${f}:${u.line} ${u.target}@${u.ref}`),
      );
      if (floating.length) {
        plan.held.push({
          name,
          version: current,
          reason: `${floating.length} reference(s) to our actions by tag, not by commit (${floating.slice(0, 3).join(', ')}${floating.length > 3 ? ', ...' : ''}): publish the actions, then npm run release -- pin`,
        });
        continue;
      }
    }
    const bump = BUMPS[level] as PlannedRelease['bump'];
    const next = semver.inc(current, bump)!;
    const reasons = mine.map((r) => `${r.file} (${r.releases.find((x) => x.name === name)!.type})`);
    if (bundleChanged) reasons.push(prev ? 'bundle changed (action.yml or dist/ differs from the released one)' : 'first release');
    plan.releases.push({
      name,
      current,
      next,
      bump,
      reasons,
      records: mine,
      bundle,
      bundleChanged,
      tag: `${tagPrefix(name)}v${next}`,
      repo: name === WORKFLOWS ? MONOREPO : actionRepo(name),
      repoTag: `v${next}`,
      majorTag: `v${semver.major(next)}`,
    });
  }
  return plan;
}

/** Renders a plan as the text `npm run release -- plan` prints. */
export function formatPlan(plan: Plan, opts: { refusals?: Record<string, string> } = {}): string {
  const lines: string[] = [];
  const total = plan.releases.length + plan.unchanged.length + plan.held.length;
  lines.push(`release plan: ${plan.releases.length} of ${total} release units change`);
  for (const r of plan.releases) {
    lines.push('');
    lines.push(`${r.name}  ${r.current} -> ${r.next}  (${r.bump})`);
    for (const why of r.reasons) lines.push(`  because   ${why}`);
    if (opts.refusals?.[r.name]) {
      lines.push(`  REFUSED   ${opts.refusals[r.name]}`);
      continue;
    }
    lines.push(`  changelog ${changelogPath(r.name)}: section [${r.next}]`);
    if (r.name === WORKFLOWS) {
      lines.push(
        `  tag       ${r.tag} in ${MONOREPO}, move ${r.majorTag} -> ${r.tag} (one atomic push; callers use ${MONOREPO}/.github/workflows/<file>@${r.majorTag})`,
      );
    } else {
      lines.push(`  tag       ${r.tag} in ${MONOREPO}, move ${r.name}/${r.majorTag}`);
      lines.push(
        `  push      split tree of actions/${r.name} to ${r.repo}: branch main, tag ${r.repoTag}, move ${r.majorTag} -> ${r.repoTag} (one atomic push)`,
      );
    }
    lines.push(`  release   GitHub Release ${r.repo}@${r.repoTag} with the CHANGELOG section`);
  }
  for (const h of plan.held) {
    lines.push('');
    lines.push(`${h.name}  ${h.version}  HELD: ${h.reason}`);
  }
  if (plan.unchanged.length) {
    lines.push('');
    lines.push(`unchanged: ${plan.unchanged.map((u) => `${u.name} ${u.version}`).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

/** Splits a change record summary into Keep a Changelog entries: a leading `Fixed:` etc. picks the section. */
export function changelogEntries(record: ChangeRecord, bump: Bump): { type: ChangeType; text: string }[] {
  const m = /^(Added|Changed|Deprecated|Removed|Fixed|Security):\s*/i.exec(record.summary);
  const fallback: ChangeType = bump === 'minor' ? 'Added' : bump === 'patch' ? 'Fixed' : 'Changed';
  const type = m ? (CHANGE_TYPES.find((t) => t.toLowerCase() === m[1].toLowerCase()) as ChangeType) : fallback;
  return [{ type, text: m ? record.summary.slice(m[0].length) : record.summary }];
}

/**
 * Parses the entries of a Keep a Changelog section body (`### Added` headings, `- ` items with
 * indented continuation lines).
 * @throws InputError for text outside a known `### <type>` heading
 */
export function parseEntries(body: string, file: string): Map<ChangeType, string[]> {
  const by = new Map<ChangeType, string[]>();
  let type: ChangeType | undefined;
  for (const line of body.split('\n')) {
    const h = /^### (\w+)\s*$/.exec(line);
    if (h) {
      type = CHANGE_TYPES.find((t) => t === h[1]);
      if (!type) throw new InputError(file, `### ${h[1]}`, `one of ${CHANGE_TYPES.join(', ')} (Keep a Changelog)`);
      continue;
    }
    if (!line.trim()) continue;
    if (!type) throw new InputError(file, '[Unreleased]', 'entries under a ### Added/Changed/... heading', { found: line.slice(0, 60) });
    const items = by.get(type) ?? [];
    if (line.startsWith('- ')) items.push(line.slice(2));
    else if (items.length) items[items.length - 1] += `\n${line.trim()}`;
    else throw new InputError(file, `### ${type}`, 'list items starting with "- "', { found: line.slice(0, 60) });
    by.set(type, items);
  }
  return by;
}

/**
 * Renders the CHANGELOG.md section for a planned release, merging any entries under
 * `## [Unreleased]` in the existing changelog.
 * @param date ISO date (YYYY-MM-DD)
 */
export function renderSection(r: PlannedRelease, date: string, unreleased = ''): string {
  const by = parseEntries(unreleased, changelogPath(r.name));
  for (const rec of r.records) {
    const own = rec.releases.find((x) => x.name === r.name)!.type;
    for (const e of changelogEntries(rec, own)) by.set(e.type, [...(by.get(e.type) ?? []), e.text]);
  }
  if (r.bundleChanged && !r.records.length && !unreleased.trim()) {
    by.set('Changed', [
      ...(by.get('Changed') ?? []),
      r.current === '0.0.0' ? 'First release.' : 'Rebuilt: the bundle changed with code shared with other actions.',
    ]);
  }
  const parts = [`## [${r.next}] - ${date}`, ''];
  for (const t of CHANGE_TYPES) {
    const items = by.get(t);
    if (!items) continue;
    parts.push(`### ${t}`, '');
    for (const it of items) parts.push(`- ${it.replace(/\n/g, '\n  ')}`);
    parts.push('');
  }
  return parts.join('\n');
}

/** The head of a new CHANGELOG.md, ending with an empty `## [Unreleased]` section. */
export const HEADER = (name: string) =>
  name === WORKFLOWS
    ? [
        `# Changelog of the reusable workflows of ${MONOREPO}`,
        ``,
        `All notable changes to the reusable workflows (\`.github/workflows/*.yml\` with \`on: workflow_call\`) are documented`,
        `here. The format follows [Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and versions follow`,
        `[Semantic Versioning](https://semver.org/spec/v2.0.0.html). Use \`${MONOREPO}/.github/workflows/<file>@v1\` for the latest 1.x.`,
        ``,
        `## [Unreleased]`,
        ``,
      ].join('\n')
    : [
        `# Changelog of mc/${name}`,
        ``,
        `All notable changes to this action are documented here. The format follows`,
        `[Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and versions follow`,
        `[Semantic Versioning](https://semver.org/spec/v2.0.0.html). Use \`mc/${name}@v1\` for the latest 1.x.`,
        ``,
        `## [Unreleased]`,
        ``,
      ].join('\n');

/** Inserts a section below `## [Unreleased]` (whose entries it absorbs); writes a header when new. */
export function insertSection(existing: string | undefined, name: string, r: PlannedRelease, date: string): string {
  const text = existing ?? HEADER(name);
  const m = /^## \[Unreleased\][^\n]*\n/m.exec(text);
  if (!m) throw new InputError(changelogPath(name), undefined, 'a "## [Unreleased]" heading (Keep a Changelog)');
  const start = m.index + m[0].length;
  const rest = text.slice(start);
  const nextHeading = /^## \[/m.exec(rest);
  const unreleased = nextHeading ? rest.slice(0, nextHeading.index) : rest;
  const after = nextHeading ? rest.slice(nextHeading.index) : '';
  return `${text.slice(0, start)}\n${renderSection(r, date, unreleased)}${after ? '\n' + after.trimEnd() + '\n' : ''}`;
}

/** Extracts the body of the `## [version]` section of a changelog (for the GitHub Release notes). */
export function changelogSection(text: string, version: string): string | undefined {
  const re = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\][^\\n]*\\n`, 'm');
  const m = re.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const end = /^## \[/m.exec(rest);
  return (end ? rest.slice(0, end.index) : rest).trim() + '\n';
}

/**
 * Applies a plan: writes each CHANGELOG.md section and the released state, then removes the
 * consumed change records. Every file is written atomically.
 */
export async function applyPlan(root: string, plan: Plan, date: string): Promise<string[]> {
  const state = readState(root);
  const written: string[] = [];
  for (const r of plan.releases) {
    const file = join(root, changelogPath(r.name));
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    await writeFileAtomic(file, insertSection(before, r.name, r, date));
    written.push(changelogPath(r.name));
    state[r.name] = { version: r.next, bundle: r.bundle };
  }
  const sorted = Object.fromEntries(Object.entries(state).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFileAtomic(join(root, STATE_FILE), JSON.stringify(sorted, null, 2) + '\n');
  written.push(STATE_FILE);
  const held = new Set(plan.held.map((h) => h.name));
  for (const rec of plan.records) {
    const keep = rec.releases.filter((x) => held.has(x.name));
    if (keep.length) {
      // the held units' entries wait for the next release; the others are consumed
      await writeFileAtomic(join(root, rec.file), `---\n${keep.map((x) => `"${x.name}": ${x.type}`).join('\n')}\n---\n\n${rec.summary}\n`);
      written.push(`${rec.file} (kept for ${keep.map((x) => x.name).join(', ')})`);
      continue;
    }
    unlinkSync(join(root, rec.file));
    written.push(`${rec.file} (removed)`);
  }
  return written;
}
