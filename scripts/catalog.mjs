#!/usr/bin/env node
// Generates, from each actions/<name>/action.yml, so they are always true to the code:
//   - action-catalog.md (every action, its inputs and outputs, its JSON Schemas);
//   - in each actions/<name>/README.md, the blocks between marker comments (as actions/checkout
//     generates its usage block): `<!-- inputs:start -->` ... `<!-- inputs:end -->` (input, description,
//     required, default), `<!-- outputs:start -->` ... `<!-- outputs:end -->` (output, description) and
//     `<!-- schemas:start -->` ... `<!-- schemas:end -->` (the schemas/ files the action reads and writes).
// It also checks action.yml itself: every input and output has a description, and every output that is
// a path says it is relative to the workspace (issue 16).
//
//   node scripts/catalog.mjs            regenerate the catalog and the README blocks
//   node scripts/catalog.mjs --check    exit 1, naming each file, when one is stale or action.yml is incomplete (CI)
//   --root DIR                          work on the repository at DIR (default: this script's repository)
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const argv = process.argv.slice(2);
const rootArg = argv.indexOf('--root');
const root = rootArg >= 0 ? resolve(argv[rootArg + 1] ?? '.') : resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = argv.includes('--check');

/** Per action: what it gates, the reference it agrees with, its CLI, and the schemas/ files it reads and writes. */
const gates = {
  'evidence-pack': {
    gates: 'signed, verifiable release evidence (in-toto Statement v1 in DSSE, Ed25519, JWKS, RFC 6962 disclosure)',
    reference: 'OpenSSL 3 and PyNaCl verify our signatures; RFC 8032 / RFC 6962 vectors',
    cli: 'mc evidence pack|verify|disclose, mc keygen, mc jwks retire, mc jws sign|verify',
    schemas: [
      ['evidence-policy', 'the verify policy (`policy`)'],
      ['evidence-manifest', 'the manifest predicate (line 1 of a pack)'],
      ['evidence-merkle-root', 'the Merkle-root predicate (line 2 of a pack, line 1 of a disclosure)'],
      ['evidence-disclosure', 'the disclosure predicate (line 2 of a disclosure)'],
      ['evidence-verify-report', 'the verify report (`report` output)'],
    ],
  },
  'config-attest': {
    gates: 'signed config snapshots; PRs fail on semantic drift unless approved',
    reference: 'semantic YAML diff on real Helm values and Kubernetes manifests',
    cli: 'mc config-attest snapshot|verify',
    schemas: [
      ['config-ignore', 'the ignore rules (`ignore-file`)'],
      ['config-snapshot', 'the predicate of a signed snapshot (`https://mc-actions.dev/config-snapshot/v1`)'],
      ['config-drift-report', 'the JSON drift report (`report`)'],
    ],
  },
  'opa-sim': {
    gates: 'Rego policy decisions, fail closed',
    reference: "OPA's own conformance suite",
    cli: 'mc opa-sim, mc opa eval|test',
    schemas: [
      ['readiness-checklist', 'a tenant readiness checklist (input of `policies/mc/readiness`)'],
      ['opa-sim-report', 'the JSON report (`report`)'],
      ['opa-decision-log', 'one line of the decision log (`decision-log`)'],
    ],
  },
  'intoto-verify': {
    gates: 'in-toto layouts, links and attestations',
    reference: 'the in-toto reference implementation (in-toto-verify)',
    cli: 'mc intoto verify|run|sign, mc intoto attestation verify',
    schemas: [['intoto-verify-report', 'the JSON verdict (`report`)']],
  },
  'canary-score': {
    gates: 'canary vs baseline judge: PROMOTE / HOLD / HALT',
    reference: "Kayenta's NetflixACAJudge, scipy",
    cli: 'mc canary-score',
    schemas: [
      ['canary-config', 'the canary config (`config`: Kayenta or the mc YAML superset)'],
      ['canary-score-report', 'the JSON report (`report`)'],
    ],
  },
  'grounding-check': {
    gates: 'RAG answers supported by their sources',
    reference: 'labelled gold sets (SummEdits)',
    cli: 'mc grounding-check',
    schemas: [
      ['grounding-case', 'one line of the cases file (`cases`, JSONL)'],
      ['grounding-report', 'the JSON report (`report`), also the predicate of the signed `attestation`'],
    ],
  },
  'trajectory-golden': {
    gates: 'agent tool-call trajectories vs goldens',
    reference: "agentevals' trajectory match modes",
    cli: 'mc trajectory-golden',
    schemas: [
      ['trajectory-golden', 'the golden trajectory files (`golden`)'],
      ['trajectory-report', 'the JSON report (`report`)'],
    ],
  },
  'slo-snapshot': {
    gates: 'SLIs, error budgets and multiwindow burn rates of OpenSLO / Sloth specs from Prometheus; signed snapshots',
    reference: 'PromQL answered by a real Prometheus',
    cli: 'mc slo snapshot',
    schemas: [
      ['openslo-v1-slo', 'OpenSLO v1 SLO documents (`slo`)'],
      ['sloth-prometheus-v1', 'Sloth prometheus/v1 documents (`slo`)'],
      ['slo-snapshot', 'the snapshot (`out`, `report`) and its signed predicate'],
    ],
  },
};

/** One Markdown table cell: `|` escaped, one line, and `<`/`>` outside code spans escaped so `<step>` is not read as HTML. */
const cell = (s) =>
  String(s ?? '')
    .replace(/\n/g, ' ')
    .trim()
    .split('`')
    .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('`')
    .replace(/\|/g, '\\|');
const code = (s) => (s === undefined || s === '' ? '' : `\`${cell(s)}\``);

const problems = [];
const names = readdirSync(join(root, 'actions'))
  .filter((a) => existsSync(join(root, 'actions', a, 'action.yml')))
  .sort((a, b) => (Object.keys(gates).indexOf(a) + 1 || 1e9) - (Object.keys(gates).indexOf(b) + 1 || 1e9) || a.localeCompare(b));
const actions = new Map(names.map((n) => [n, parse(readFileSync(join(root, 'actions', n, 'action.yml'), 'utf8'))]));

// action.yml: every input and output described; path outputs relative to the workspace.
for (const [n, a] of actions) {
  const file = `actions/${n}/action.yml`;
  if (!gates[n]) problems.push(`${file}: no entry for '${n}' in scripts/catalog.mjs (what it gates, reference, CLI, schemas)`);
  for (const kind of ['inputs', 'outputs'])
    for (const [k, v] of Object.entries(a[kind] ?? {}))
      if (typeof v?.description !== 'string' || !v.description.trim()) problems.push(`${file}: ${kind}.${k} has no description`);
  for (const [k, v] of Object.entries(a.outputs ?? {}))
    if ((/\b(paths?|directory) of\b/i.test(v?.description ?? '') || /-path$/.test(k)) && !/relative to the workspace/.test(v.description))
      problems.push(`${file}: outputs.${k} is a path but its description does not say 'relative to the workspace'`);
  for (const [s] of gates[n]?.schemas ?? [])
    if (!existsSync(join(root, 'schemas', `${s}.schema.json`)))
      problems.push(`scripts/catalog.mjs: ${n} names schemas/${s}.schema.json, which does not exist`);
}

const GENERATED = '<!-- generated from action.yml by `node scripts/catalog.mjs`: edit action.yml, not this block -->';
const GENERATED_SCHEMAS =
  '<!-- generated by `node scripts/catalog.mjs` from its list of schemas per action: edit that list, not this block -->';
function inputsTable(a) {
  let t = '| input | description | required | default |\n|---|---|---|---|\n';
  for (const [k, v] of Object.entries(a.inputs ?? {}))
    t += `| \`${k}\` | ${cell(v.description)} | ${v.required === true || v.required === 'true' ? 'yes' : 'no'} | ${code(v.default)} |\n`;
  return t;
}
function outputsTable(a) {
  let t = '| output | description |\n|---|---|\n';
  for (const [k, v] of Object.entries(a.outputs ?? {})) t += `| \`${k}\` | ${cell(v.description)} |\n`;
  return t;
}
const schemaLinks = (n, prefix) =>
  (gates[n]?.schemas ?? []).map(([s, what]) => `[\`${s}.schema.json\`](${prefix}schemas/${s}.schema.json): ${what}`);

// action-catalog.md
let md = [
  `# Action catalog`,
  ``,
  `Generated from each \`actions/<name>/action.yml\` by \`node scripts/catalog.mjs\`; CI fails when it is stale.`,
  `Every action runs on \`node24\`, is published on its own as \`mc/<name>\`, and is also a command of the \`mc\` CLI over the same core.`,
  `Exit codes everywhere: 0 gate passed, 1 gate failed, 2 unusable input. Path outputs are relative to the workspace, \`/\`-separated.`,
  ``,
  ``,
].join('\n');
md += '| action | what it gates | agrees with | CLI |\n|---|---|---|---|\n';
for (const n of names)
  md += `| [\`mc/${n}\`](actions/${n}/README.md) | ${cell(gates[n]?.gates)} | ${cell(gates[n]?.reference)} | ${code(gates[n]?.cli)} |\n`;
for (const [n, a] of actions) {
  md += `\n## ${n}\n\n${cell(a.description)}\n\n\`uses: mc/${n}@v1\` · runtime \`${a.runs?.using}\` · [README](actions/${n}/README.md)\n\n`;
  const schemas = (gates[n]?.schemas ?? []).map(([s]) => `[\`${s}\`](schemas/${s}.schema.json)`);
  if (schemas.length) md += `Schemas: ${schemas.join(', ')}\n\n`;
  md += inputsTable(a) + '\n' + outputsTable(a);
}

// The blocks of each action README.
const expected = new Map([['action-catalog.md', md]]);
for (const [n, a] of actions) {
  const rel = `actions/${n}/README.md`;
  const path = join(root, rel);
  if (!existsSync(path)) {
    problems.push(`${rel}: missing`);
    continue;
  }
  let text = readFileSync(path, 'utf8');
  const blocks = {
    inputs: inputsTable(a),
    outputs: outputsTable(a),
    schemas:
      schemaLinks(n, '../../')
        .map((l) => `- ${l}`)
        .join('\n') + '\n',
  };
  for (const [block, body] of Object.entries(blocks)) {
    const start = `<!-- ${block}:start -->`;
    const end = `<!-- ${block}:end -->`;
    const i = text.indexOf(start);
    const j = text.indexOf(end);
    if (i < 0 || j < i || text.indexOf(start, i + 1) >= 0) {
      problems.push(`${rel}: needs one '${start}' ... '${end}' block`);
      continue;
    }
    const note = block === 'schemas' ? GENERATED_SCHEMAS : GENERATED;
    text = text.slice(0, i) + `${start}\n${note}\n\n${body}\n` + text.slice(j);
  }
  expected.set(rel, text);
}

let stale = 0;
for (const [rel, text] of expected) {
  const path = join(root, rel);
  const cur = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (cur === text) continue;
  if (check) {
    console.error(`${rel}: stale (generated from the action.yml files): run node scripts/catalog.mjs`);
    stale++;
  } else writeFileSync(path, text);
}
for (const p of problems) console.error(p);
process.exit(stale || problems.length ? 1 : 0);
