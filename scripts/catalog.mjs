#!/usr/bin/env node
// Generates action-catalog.md from each actions/<name>/action.yml, so the catalog is always true to
// the code. `node scripts/catalog.mjs --check` exits 1 when the committed catalog is stale (CI).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const gates = {
  'evidence-pack': {
    gates: 'signed, verifiable release evidence (in-toto Statement v1 in DSSE, Ed25519, JWKS, RFC 6962 disclosure)',
    reference: 'OpenSSL 3 and PyNaCl verify our signatures; RFC 8032 / RFC 6962 vectors',
    cli: 'mc evidence pack|verify|disclose, mc keygen, mc jwks retire, mc jws sign|verify',
  },
  'config-attest': {
    gates: 'signed config snapshots; PRs fail on semantic drift unless approved',
    reference: 'semantic YAML diff on real Helm values and Kubernetes manifests',
    cli: 'mc config-attest snapshot|verify',
  },
  'opa-sim': { gates: 'Rego policy decisions, fail closed', reference: "OPA's own conformance suite", cli: 'mc opa-sim, mc opa eval|test' },
  'intoto-verify': {
    gates: 'in-toto layouts, links and attestations',
    reference: 'the in-toto reference implementation (in-toto-verify)',
    cli: 'mc intoto verify|run|sign, mc intoto attestation verify',
  },
  'canary-score': {
    gates: 'canary vs baseline judge: PROMOTE / HOLD / HALT',
    reference: "Kayenta's NetflixACAJudge, scipy",
    cli: 'mc canary-score',
  },
  'grounding-check': {
    gates: 'RAG answers supported by their sources',
    reference: 'labelled gold sets (SummEdits)',
    cli: 'mc grounding-check',
  },
  'trajectory-golden': {
    gates: 'agent tool-call trajectories vs goldens',
    reference: "agentevals' trajectory match modes",
    cli: 'mc trajectory-golden',
  },
};
const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .trim();
const names = readdirSync(join(root, 'actions'))
  .filter((a) => existsSync(join(root, 'actions', a, 'action.yml')))
  .sort((a, b) => Object.keys(gates).indexOf(a) - Object.keys(gates).indexOf(b));
let md = [
  `# Action catalog`,
  ``,
  `Generated from each \`actions/<name>/action.yml\` by \`node scripts/catalog.mjs\`; CI fails when it is stale.`,
  `Every action runs on \`node24\`, is published on its own as \`mc/<name>\`, and is also a command of the \`mc\` CLI over the same core.`,
  `Exit codes everywhere: 0 gate passed, 1 gate failed, 2 unusable input.`,
  ``,
  ``,
].join('\n');
md += '| action | what it gates | agrees with | CLI |\n|---|---|---|---|\n';
for (const n of names)
  md += `| [\`mc/${n}\`](actions/${n}/README.md) | ${cell(gates[n]?.gates)} | ${cell(gates[n]?.reference)} | \`${cell(gates[n]?.cli)}\` |\n`;
for (const n of names) {
  const a = parse(readFileSync(join(root, 'actions', n, 'action.yml'), 'utf8'));
  md += `\n## ${n}\n\n${cell(a.description)}\n\n\`uses: mc/${n}@v1\` · runtime \`${a.runs?.using}\` · [README](actions/${n}/README.md)\n\n`;
  md += '| input | default | description |\n|---|---|---|\n';
  for (const [k, v] of Object.entries(a.inputs ?? {}))
    md += `| \`${k}\`${v.required ? ' (required)' : ''} | ${v.default !== undefined && v.default !== '' ? `\`${cell(v.default)}\`` : ''} | ${cell(v.description)} |\n`;
  md += '\n| output | description |\n|---|---|\n';
  for (const [k, v] of Object.entries(a.outputs ?? {})) md += `| \`${k}\` | ${cell(v.description)} |\n`;
}
const file = join(root, 'action-catalog.md');
if (process.argv.includes('--check')) {
  const cur = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (cur !== md) {
    console.error('action-catalog.md is stale: run node scripts/catalog.mjs');
    process.exit(1);
  }
} else writeFileSync(file, md);
