#!/usr/bin/env node
/**
 * Release engineering for MC Actions (docs/RELEASING.md). Usage: npm run release -- <command>
 *
 *   plan [--json]                       what the next release would version, tag and push (changes nothing);
 *                                       release units: each action in actions/*, and `workflows` (the reusable workflows)
 *   add NAME:BUMP [NAME:BUMP ...] "summary"
 *                                       write a change record (.changeset/<slug>.md)
 *   version [--date YYYY-MM-DD]         apply the plan: CHANGELOG sections, .changeset/released.json, records consumed
 *   split NAME --out DIR [--ref REF]    write the publishable tree of mc/NAME
 *   publish [--dry-run] [--remote URL-TEMPLATE] [--origin REMOTE] [--github-release]
 *                                       tag, push and release every versioned action not tagged yet
 *   notes NAME VERSION                  print the CHANGELOG section of a version
 *   pin [--check] [--strict] [--table FILE] [FILE...]
 *                                       pin `uses:` to full SHAs from the table / fail on unpinned ones
 *
 * Exit codes: 0 done, 1 refused (a tag would move backwards or be overwritten; unpinned uses), 2 usage or input error.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeError, UsageError } from '../src/core/errors.js';
import {
  applyPlan,
  changelogPath,
  changelogSection,
  computePlan,
  discoverUnits,
  formatPlan,
  readRecords,
  RefusedError,
  tagPrefix,
} from './release/plan.js';
import { writeFileAtomic } from '../src/core/fsx.js';
import { checkNewVersion, git, isGitRepo, pendingPublications, publishAction, taggedVersions } from './release/publish.js';
import { checkPins, pinText, readPinTable, recordPin } from './release/pin.js';
import { splitAction } from './release/split.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** A path the user typed: relative to where they ran `npm run` (npm's INIT_CWD), not the package root. */
const userPath = (p: string) => resolve(process.env.INIT_CWD ?? process.cwd(), p);
/** The pin table of a repository (scripts/release/pins.json). */
const pinsFile = (root: string) => join(root, 'scripts/release/pins.json');

function parseArgs(argv: string[]): { pos: string[]; flags: Record<string, string | true> } {
  const pos: string[] = [];
  const flags: Record<string, string | true> = {};
  const valued = new Set(['out', 'ref', 'remote', 'origin', 'date', 'table', 'root']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      if (valued.has(k)) {
        const val = v ?? argv[++i];
        if (val === undefined) throw new UsageError(`--${k} needs a value`);
        flags[k] = val;
      } else flags[k] = true;
    } else pos.push(a);
  }
  return { pos, flags };
}

/** Refusals of the tag guard for a plan, from the tags of this repository. */
function planRefusals(root: string, plan: ReturnType<typeof computePlan>): Record<string, string> {
  const tags = isGitRepo(root) ? git(root, ['tag', '--list']).split('\n').filter(Boolean) : [];
  const out: Record<string, string> = {};
  for (const r of plan.releases) {
    try {
      checkNewVersion(taggedVersions(tags, tagPrefix(r.name)), r.next, tagPrefix(r.name));
    } catch (e) {
      out[r.name] = (e as Error).message;
    }
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  const { pos, flags } = parseArgs(rest);
  const root = typeof flags.root === 'string' ? userPath(flags.root) : repoRoot;
  switch (cmd) {
    case 'plan': {
      const plan = computePlan(root);
      const refusals = planRefusals(root, plan);
      const pending = isGitRepo(root) ? pendingPublications(root) : [];
      if (flags.json) {
        console.log(
          JSON.stringify(
            {
              releases: plan.releases.map(({ records, ...r }) => ({
                ...r,
                records: records.map((x) => x.file),
                refused: refusals[r.name],
              })),
              unchanged: plan.unchanged,
              held: plan.held,
              pending,
            },
            null,
            2,
          ),
        );
      } else {
        process.stdout.write(formatPlan(plan, { refusals }));
        if (pending.length)
          console.log(`\nversioned, not yet published: ${pending.map((p) => `${p.name} ${p.version} (tag ${p.tag})`).join(', ')}`);
      }
      return Object.keys(refusals).length ? 1 : 0;
    }
    case 'version': {
      const plan = computePlan(root);
      const refusals = planRefusals(root, plan);
      if (Object.keys(refusals).length) throw new RefusedError(Object.values(refusals).join('; '));
      if (!plan.releases.length && !plan.records.length) {
        console.log('nothing to version: no change records and no bundle changed');
        return 0;
      }
      const date = typeof flags.date === 'string' ? flags.date : new Date().toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date: expected YYYY-MM-DD, found ${date}`);
      const written = await applyPlan(root, plan, date);
      for (const r of plan.releases) console.log(`${r.name} ${r.current} -> ${r.next}`);
      console.log(`wrote ${written.join(', ')}`);
      return 0;
    }
    case 'split': {
      if (pos.length !== 1 || typeof flags.out !== 'string')
        throw new UsageError('usage: npm run release -- split NAME --out DIR [--ref REF]');
      const files = splitAction(root, pos[0], userPath(flags.out), { ref: typeof flags.ref === 'string' ? flags.ref : undefined });
      console.log(
        `wrote ${files.length} files to ${flags.out}: ${files.filter((f) => !f.startsWith('dist/')).join(', ')}, dist/ (${files.filter((f) => f.startsWith('dist/')).length} files)`,
      );
      return 0;
    }
    case 'publish': {
      const pending = pendingPublications(root);
      if (!pending.length) {
        console.log('nothing to publish: every versioned action is tagged');
        return 0;
      }
      for (const p of pending) {
        console.log(`publishing ${p.name} v${p.version}`);
        const r = publishAction(root, p, {
          dryRun: !!flags['dry-run'],
          githubRelease: !!flags['github-release'],
          remote: typeof flags.remote === 'string' ? flags.remote : undefined,
          origin: typeof flags.origin === 'string' ? flags.origin : undefined,
        });
        // the reusable workflows pin the action commits they were tested with: record this one
        if (r.state !== 'dry-run')
          await recordPin(pinsFile(root), p.repo, [`v${p.version.split('.')[0]}`, `v${p.version}`], r.commit, `v${p.version}`);
      }
      return 0;
    }
    case 'add': {
      // npm run release -- add evidence-pack:minor [config-attest:patch ...] "Added: summary"
      const summary = pos.pop();
      if (!pos.length || !summary || /^[\w-]+:(major|minor|patch|none)$/.test(summary))
        throw new UsageError('usage: npm run release -- add NAME:major|minor|patch|none [NAME:BUMP ...] "summary"');
      const units = discoverUnits(root);
      const lines: string[] = [];
      for (const a of pos) {
        const m = /^([\w-]+):(major|minor|patch|none)$/.exec(a);
        if (!m) throw new UsageError(`add: expected NAME:major|minor|patch|none, found '${a}'`);
        if (!units.includes(m[1])) throw new UsageError(`add: unknown release unit '${m[1]}' (have: ${units.join(', ')})`);
        lines.push(`"${m[1]}": ${m[2]}`);
      }
      const slug =
        summary
          .replace(/^(Added|Changed|Deprecated|Removed|Fixed|Security):\s*/i, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 48) || 'change';
      let file = join(root, '.changeset', `${slug}.md`);
      for (let i = 2; existsSync(file); i++) file = join(root, '.changeset', `${slug}-${i}.md`);
      await writeFileAtomic(file, `---\n${lines.join('\n')}\n---\n\n${summary.trim()}\n`, { noClobber: true });
      readRecords(root, units); // the record parses as the plan will read it
      console.log(`wrote ${file.slice(root.length + 1)}`);
      return 0;
    }
    case 'notes': {
      if (pos.length !== 2) throw new UsageError('usage: npm run release -- notes NAME VERSION');
      const file = join(root, changelogPath(pos[0]));
      if (!existsSync(file)) throw new UsageError(`no ${changelogPath(pos[0])}`);
      const s = changelogSection(readFileSync(file, 'utf8'), pos[1].replace(/^v/, ''));
      if (!s) throw new UsageError(`${changelogPath(pos[0])} has no section [${pos[1]}]`);
      process.stdout.write(s);
      return 0;
    }
    case 'pin': {
      const table = readPinTable(
        typeof flags.table === 'string' ? userPath(flags.table) : pinsFile(existsSync(pinsFile(root)) ? root : repoRoot),
      );
      const files = pos.length
        ? pos.map((p) => userPath(p))
        : ['.github/workflows', 'workflows-templates'].flatMap((d) =>
            existsSync(join(root, d))
              ? readdirSync(join(root, d))
                  .filter((f) => /\.ya?ml$/.test(f))
                  .map((f) => join(root, d, f))
              : [],
          );
      let problems = 0;
      for (const f of files) {
        const rel = f.startsWith(root + '/') ? f.slice(root.length + 1) : f;
        const text = readFileSync(f, 'utf8');
        if (flags.check) {
          for (const u of checkPins(text, { strict: !!flags.strict })) {
            problems++;
            console.log(
              `::error file=${rel},line=${u.line}::${u.target}@${u.ref} is not pinned to a full commit SHA (npm run release -- pin)`,
            );
          }
          continue;
        }
        const r = pinText(text, table);
        if (r.pinned.length) writeFileSync(f, r.text);
        for (const u of r.pinned) console.log(`${rel}:${u.line}: pinned ${u.target}@${u.ref}`);
        for (const u of r.unknown) {
          if (!u.own) problems++;
          console.log(
            `${rel}:${u.line}: ${u.own ? 'not released yet' : 'unknown'}: ${u.target}@${u.ref} (add it to scripts/release/pins.json)`,
          );
        }
      }
      if (flags.check)
        console.log(
          problems
            ? `${problems} unpinned uses: reference(s)`
            : `every uses: reference in ${files.length} files is pinned${flags.strict ? '' : ' (own mc/* references not checked; --strict checks them)'}`,
        );
      return problems ? 1 : 0;
    }
    default:
      throw new UsageError(
        `usage: npm run release -- plan | add NAME:BUMP "summary" | version | split NAME --out DIR | publish | notes NAME VERSION | pin [--check]${cmd ? ` (unknown command '${cmd}')` : ''}`,
      );
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  const { message, exitCode } = describeError(e);
  console.error(`release: ${message}`);
  process.exitCode = exitCode;
}
