/**
 * Every schema in schemas/ compiles (ajv, strict), its own examples validate, every example and
 * fixture a user writes validates against its schema, and every report, predicate and decision log
 * the gates write (generated here in-process with `mc`, as the demo pipeline runs them) validates
 * against its schema. Each schema also rejects a mutated document, so none of these can pass vacuously.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mc } from '../helpers/cli.js';
import { schemaValidator, type JsonSchema } from '../../src/core/schema.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SCHEMAS = join(ROOT, 'schemas');
const KEY = join(ROOT, 'examples/keys/dev-not-for-production.pem');
const PUB = join(ROOT, 'examples/keys/dev-not-for-production.pub.pem');
const JWKS = join(ROOT, 'examples/keys/dev-jwks.json');

const schemaFiles = readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json'));
const docs = new Map<string, JsonSchema>(
  schemaFiles.map((f) => [f.replace('.schema.json', ''), JSON.parse(readFileSync(join(SCHEMAS, f), 'utf8'))]),
);
/** The validator the gates use (src/core/schema.ts: ajv draft 2020-12, strict), so tests and code cannot disagree. */
function validator(name: string): ValidateFunction {
  const doc = docs.get(name);
  if (!doc) throw new Error(`no schema ${name}`);
  return schemaValidator(doc);
}
function expectValid(name: string, value: unknown, what: string): void {
  const v = validator(name);
  const ok = v(value);
  expect(ok ? [] : v.errors?.slice(0, 5).map((e) => `${what}: ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)).toEqual([]);
}
const read = (p: string) => readFileSync(p, 'utf8');
const json = (p: string) => JSON.parse(read(p));
const jsonl = (p: string) =>
  read(p)
    .split('\n')
    .filter((l) => l.trim() && !/^\s*(#|\/\/)/.test(l))
    .map((l) => JSON.parse(l));
/** The predicate of line `i` of a DSSE .intoto.jsonl file, with its predicate type. */
function predicate(p: string, i: number): { type: string; predicate: unknown } {
  const st = JSON.parse(Buffer.from(JSON.parse(read(p).trim().split('\n')[i]).payload, 'base64').toString('utf8'));
  return { type: st.predicateType, predicate: st.predicate };
}

describe('schemas/: every schema is a usable JSON Schema with a stable $id and its own examples valid', () => {
  it.each(schemaFiles)('%s', (f) => {
    const doc = docs.get(f.replace('.schema.json', '')) as JsonSchema & { title: string; description: string; examples?: unknown[] };
    expect(doc.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(doc.$id).toBe(`https://github.com/mc-actions/mc-actions/schemas/${f}`);
    expect(typeof doc.title).toBe('string');
    expect(doc.description.length).toBeGreaterThan(40);
    const v = validator(f.replace('.schema.json', ''));
    for (const ex of doc.examples ?? []) expect(v(ex), JSON.stringify(v.errors)).toBe(true);
  });
});

describe('examples and fixtures a user writes validate against their schema', () => {
  it('config-attest ignore rules', () =>
    expectValid('config-ignore', parseYaml(read(join(ROOT, 'examples/config-attest/ignore.yaml'))), 'ignore.yaml'));
  it('readiness checklists', () => {
    const dir = join(ROOT, 'examples/opa-sim/readiness');
    for (const t of readdirSync(dir)) expectValid('readiness-checklist', parseYaml(read(join(dir, t, 'checklist.yaml'))), t);
  });
  it('grounding cases (every line of every example set and of the labelled corpora)', () => {
    const files = ['examples/grounding-check/gold.jsonl', 'examples/grounding-check/edited.jsonl'];
    const corpus = join(ROOT, 'corpora/grounding');
    for (const f of readdirSync(corpus, { recursive: true }) as string[])
      if (f.endsWith('.jsonl')) files.push(join('corpora/grounding', f));
    let n = 0;
    for (const f of files)
      for (const [i, line] of jsonl(join(ROOT, f)).entries()) {
        expectValid('grounding-case', line, `${f} line ${i + 1}`);
        n++;
      }
    expect(n).toBeGreaterThan(10);
  });
  it('canary configs', () => {
    expectValid('canary-config', parseYaml(read(join(ROOT, 'examples/canary-score/canary.yaml'))), 'canary.yaml');
    expectValid('canary-config', json(join(ROOT, 'examples/canary-score/kayenta-canary-config.json')), 'kayenta-canary-config.json');
  });
  it('trajectory goldens', () => {
    for (const d of ['goldens', 'drift']) {
      const dir = join(ROOT, 'examples/trajectory-golden', d);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')))
        expectValid('trajectory-golden', parseYaml(read(join(dir, f))), `${d}/${f}`);
    }
  });
});

describe('the schemas reject what the code rejects (none passes vacuously)', () => {
  it('ignore rules: unknown key, pointer without /, rule without pointers', () => {
    const v = validator('config-ignore');
    expect(v({ ignoreDifferences: [{ kind: 'Deployment', jsonPointers: ['/spec'] }] })).toBe(true);
    expect(v({ ignoreDifferences: [{ kind: 'Deployment', jsonPointers: ['/spec'], extra: 1 }] })).toBe(false);
    expect(v({ ignoreDifferences: [{ kind: 'Deployment', jsonPointers: ['spec'] }] })).toBe(false);
    expect(v({ ignoreDifferences: [{ kind: 'Deployment' }] })).toBe(false);
    expect(v({ ignoreDifferences: [], unknown: true })).toBe(false);
  });
  it('grounding case: no answer, or a context that is neither a string nor {text}', () => {
    const v = validator('grounding-case');
    expect(v({ contexts: ['a'], answer: 'b' })).toBe(true);
    expect(v({ contexts: ['a'] })).toBe(false);
    expect(v({ contexts: [{ id: 'x' }], answer: 'b' })).toBe(false);
    expect(v({ context: 'a' })).toBe(false);
  });
  it('readiness checklist: region codes and DR enrolment are typed', () => {
    const v = validator('readiness-checklist');
    expect(v({ tenant: 'T', residencyTags: ['us'] })).toBe(false);
    expect(v({ tenant: 'T', disasterRecovery: { enrolled: 'yes' } })).toBe(false);
  });
});

describe('every report, predicate and decision log the gates write validates against its schema', () => {
  let ws: string;
  const run = async (args: string[], cwd = ws, codes = [0]) => {
    const r = await mc(args, { cwd });
    expect(codes, `mc ${args.join(' ')}: ${r.stderr}`).toContain(r.code);
    return r;
  };
  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'mc-schemas-'));
    cpSync(join(ROOT, 'examples'), join(ws, 'examples'), { recursive: true });
    cpSync(join(ROOT, 'policies'), join(ws, 'policies'), { recursive: true });
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  it('config-attest: snapshot predicate (plain and approved) and drift reports (drift and approved)', async () => {
    const ex = join(ws, 'examples/config-attest');
    const paths = ['helm-values/*.yaml', 'manifests/*.yaml'];
    await run(
      [
        'config-attest',
        'snapshot',
        '--key',
        KEY,
        '--env',
        'production',
        '--commit',
        'abc',
        '--ignore',
        'ignore.yaml',
        '--out',
        'snap.intoto.jsonl',
        ...paths,
      ],
      ex,
    );
    const snap = predicate(join(ex, 'snap.intoto.jsonl'), 0);
    expect(snap.type).toBe('https://mc-actions.dev/config-snapshot/v1');
    expectValid('config-snapshot', snap.predicate, 'snapshot');
    cpSync(join(ex, 'drift/prometheusOperator-deployment.yaml'), join(ex, 'manifests/prometheusOperator-deployment.yaml'));
    await run(
      [
        'config-attest',
        'verify',
        '--baseline',
        'snap.intoto.jsonl',
        '--jwks',
        JWKS,
        '--env',
        'production',
        '--report',
        'drift.json',
        ...paths,
      ],
      ex,
      [1],
    );
    const drift = json(join(ex, 'drift.json'));
    expect(drift.status).toBe('drift');
    expectValid('config-drift-report', drift, 'drift report');
    await run(
      [
        'config-attest',
        'verify',
        '--baseline',
        'snap.intoto.jsonl',
        '--jwks',
        JWKS,
        '--env',
        'production',
        '--change-approved',
        '--report',
        'approved.json',
        '--key',
        KEY,
        '--out',
        'approved.intoto.jsonl',
        ...paths,
      ],
      ex,
    );
    expectValid('config-drift-report', json(join(ex, 'approved.json')), 'approved report');
    expectValid('config-snapshot', predicate(join(ex, 'approved.intoto.jsonl'), 0).predicate, 'approved snapshot');
    // a mutated report fails
    expect(validator('config-drift-report')({ ...drift, status: 'maybe' })).toBe(false);
  });

  it('opa-sim: reports (decision and conftest mode, allowed and denied) and decision-log lines', async () => {
    const common = ['--policy', 'policies', '--data', 'examples/opa-sim/data.json'];
    await run([
      'opa-sim',
      ...common,
      '--decision',
      'data.mc.interop.decision',
      '--inputs',
      'examples/opa-sim/requests/allowed.jsonl',
      '--report',
      'interop.json',
      '--decision-log',
      'interop.jsonl',
    ]);
    await run(
      [
        'opa-sim',
        ...common,
        '--decision',
        'data.mc.interop.decision',
        '--inputs',
        'examples/opa-sim/requests/denied.jsonl',
        '--report',
        'denied.json',
        '--decision-log',
        'denied.jsonl',
      ],
      ws,
      [1],
    );
    const readiness = ['TENANT_006', 'TENANT_007', 'TENANT_008'].flatMap((t) => [
      '--input',
      `examples/opa-sim/readiness/${t}/checklist.yaml`,
    ]);
    await run(
      [
        'opa-sim',
        ...common,
        '--decision',
        'data.mc.readiness.decision',
        ...readiness,
        '--report',
        'readiness.json',
        '--decision-log',
        'readiness.jsonl',
      ],
      ws,
      [1],
    );
    await run(
      ['opa-sim', '--policy', 'examples/opa-sim/k8s/policy', '--config', 'examples/opa-sim/k8s/manifests/*.yaml', '--report', 'k8s.json'],
      ws,
      [0, 1],
    );
    for (const f of ['interop', 'denied', 'readiness', 'k8s']) expectValid('opa-sim-report', json(join(ws, `${f}.json`)), `${f}.json`);
    let lines = 0;
    for (const f of ['interop', 'denied', 'readiness'])
      for (const l of jsonl(join(ws, `${f}.jsonl`))) {
        expectValid('opa-decision-log', l, `${f}.jsonl`);
        lines++;
      }
    expect(lines).toBeGreaterThan(3);
    expect(json(join(ws, 'denied.json')).decisions.some((d: { outcome: string }) => d.outcome === 'deny')).toBe(true);
  });

  it('intoto-verify: the verdict of a passing and of a tampered supply chain', async () => {
    const w = join(ws, 'intoto');
    const work = join(w, 'work');
    const fin = join(w, 'final');
    cpSync(join(ROOT, 'examples/intoto-verify/src'), join(work, 'src'), { recursive: true });
    await run(['intoto', 'keygen', '--type', 'ed25519', join(w, 'builder')]);
    await run(['intoto', 'keygen', '--type', 'ecdsa', join(w, 'packager')]);
    await run(
      [
        'intoto',
        'run',
        '-q',
        '-n',
        'build',
        '-k',
        join(w, 'builder'),
        '-t',
        'ed25519',
        '-m',
        'src',
        '-p',
        'src',
        'dist',
        '-d',
        join(fin, 'links'),
        '--',
        'sh',
        '-c',
        'mkdir -p dist && cp src/* dist/ && ls src > dist/MANIFEST',
      ],
      work,
    );
    await run(
      [
        'intoto',
        'run',
        '-q',
        '-n',
        'package',
        '-k',
        join(w, 'packager'),
        '-t',
        'ecdsa',
        '-m',
        'dist',
        '-p',
        'release-1.0.0.tar.gz',
        '-d',
        join(fin, 'links'),
        '--',
        'tar',
        '-czf',
        'release-1.0.0.tar.gz',
        'dist',
      ],
      work,
    );
    cpSync(join(work, 'release-1.0.0.tar.gz'), join(fin, 'release-1.0.0.tar.gz'));
    const expires = new Date(Date.now() + 30 * 86400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    await run([
      'intoto',
      'sign',
      '-q',
      '-f',
      join(ROOT, 'examples/intoto-verify/layout.yaml'),
      '-k',
      KEY,
      '-t',
      'ed25519',
      '--functionary',
      `builder=${w}/builder.pub:ed25519`,
      '--functionary',
      `packager=${w}/packager.pub:ecdsa`,
      '--expires',
      expires,
      '-o',
      join(fin, 'root.layout'),
    ]);
    const verify = [
      'intoto',
      'verify',
      '-q',
      '-l',
      'root.layout',
      '-k',
      PUB,
      '-t',
      'ed25519',
      '--link-dir',
      'links',
      '--param',
      'VERSION=1.0.0',
    ];
    await run([...verify, '--report', 'ok.json'], fin);
    const ok = json(join(fin, 'ok.json'));
    expect(ok.passed).toBe(true);
    expectValid('intoto-verify-report', ok, 'passing verdict');
    cpSync(join(fin, 'root.layout'), join(w, 'root.layout'));
    rmSync(join(fin, 'release-1.0.0.tar.gz'));
    await run([...verify, '--report', 'bad.json'], fin, [1]);
    const bad = json(join(fin, 'bad.json'));
    expect(bad.passed).toBe(false);
    expectValid('intoto-verify-report', bad, 'failing verdict');
    expect(validator('intoto-verify-report')({ ...ok, tool: 'other' })).toBe(false);
  });

  it('canary-score: PROMOTE, HOLD and the Kayenta judge', async () => {
    const ex = 'examples/canary-score';
    await run(['canary-score', '--config', `${ex}/canary.yaml`, '--data', `${ex}/metrics.json`, '--out', 'canary-ok.json']);
    await run(
      [
        'canary-score',
        '--config',
        `${ex}/canary.yaml`,
        '--data',
        `${ex}/regression.json`,
        '--traffic-weight',
        '20',
        '--out',
        'canary-hold.json',
      ],
      ws,
      [1],
    );
    await run(
      [
        'canary-score',
        '--config',
        `${ex}/kayenta-canary-config.json`,
        '--data',
        `${ex}/regression.json`,
        '--judge',
        'kayenta',
        '--out',
        'canary-kayenta.json',
      ],
      ws,
      [0, 1],
    );
    for (const f of ['canary-ok', 'canary-hold', 'canary-kayenta']) expectValid('canary-score-report', json(join(ws, `${f}.json`)), f);
    expect(json(join(ws, 'canary-hold.json')).decision).toBe('HOLD');
    expect(validator('canary-score-report')({ ...json(join(ws, 'canary-ok.json')), decision: 'SHIP' })).toBe(false);
  });

  it('grounding-check: report and the predicate of its signed attestation', async () => {
    await run([
      'grounding-check',
      '--cases',
      'examples/grounding-check/gold.jsonl',
      '--report',
      'grounding.json',
      '--attestation',
      'grounding.intoto.jsonl',
      '--key',
      KEY,
    ]);
    await run(['grounding-check', '--cases', 'examples/grounding-check/edited.jsonl', '--report', 'grounding-edited.json'], ws, [1]);
    expectValid('grounding-report', json(join(ws, 'grounding.json')), 'grounding.json');
    expectValid('grounding-report', json(join(ws, 'grounding-edited.json')), 'grounding-edited.json');
    const att = predicate(join(ws, 'grounding.intoto.jsonl'), 0);
    expect(att.type).toBe('https://mc-actions.dev/grounding-report/v1');
    expectValid('grounding-report', att.predicate, 'attestation predicate');
  });

  it('trajectory-golden: matching, drifted and agentevals-compat reports', async () => {
    const ex = 'examples/trajectory-golden';
    await run(['trajectory-golden', '--golden', `${ex}/goldens`, '--trajectory', `${ex}/trajectories`, '--report', 'traj.json']);
    await run(
      [
        'trajectory-golden',
        '--golden',
        `${ex}/drift/flight-booking.yaml`,
        '--trajectory',
        `${ex}/drift/flight-booking.openai.json`,
        '--report',
        'traj-drift.json',
      ],
      ws,
      [1],
    );
    await run(
      [
        'trajectory-golden',
        '--compat',
        'agentevals',
        '--golden',
        `${ex}/trajectories/flight-booking.openai.json`,
        '--trajectory',
        `${ex}/drift/flight-booking.openai.json`,
        '--report',
        'traj-compat.json',
      ],
      ws,
      [1],
    );
    for (const f of ['traj', 'traj-drift', 'traj-compat']) expectValid('trajectory-report', json(join(ws, `${f}.json`)), f);
  });

  it('evidence-pack: the manifest, Merkle-root and disclosure predicates and the verify reports', async () => {
    await run([
      'evidence',
      'pack',
      '--key',
      KEY,
      '--out',
      'pack',
      '--name',
      'demo',
      '--version',
      '1.0.0',
      '--label',
      'examples/opa-sim/readiness/**=region=US',
      'examples/opa-sim/readiness/**',
      'examples/keys/*.json',
    ]);
    const m = predicate(join(ws, 'pack/evidence.intoto.jsonl'), 0);
    expect(m.type).toBe('https://mc-actions.dev/evidence-manifest/v1');
    expectValid('evidence-manifest', m.predicate, 'manifest');
    const root = predicate(join(ws, 'pack/evidence.intoto.jsonl'), 1);
    expectValid('evidence-merkle-root', root.predicate, 'root');
    await run(['evidence', 'disclose', 'pack', '--region', 'US', '--out', 'disclosure', '--jwks', JWKS, '--key', KEY]);
    const d = predicate(join(ws, 'disclosure/disclosure.intoto.jsonl'), 1);
    expect(d.type).toBe('https://mc-actions.dev/evidence-disclosure/v2');
    expectValid('evidence-disclosure', d.predicate, 'disclosure');
    await run(['evidence', 'verify', 'pack', '--jwks', JWKS, '--format', 'json', '--require-kinds', 'gate-report'], ws, [1]).then((r) =>
      expectValid('evidence-verify-report', JSON.parse(r.stdout), 'verify (policy fails)'),
    );
    const ok = await run(['evidence', 'verify', 'pack', '--jwks', JWKS, '--format', 'json']);
    expect(JSON.parse(ok.stdout).verdict).toBe('verified');
    expectValid('evidence-verify-report', JSON.parse(ok.stdout), 'verify pack');
    expectValid(
      'evidence-verify-report',
      JSON.parse((await run(['evidence', 'verify', 'disclosure', '--jwks', JWKS, '--format', 'json'])).stdout),
      'verify disclosure',
    );
  });
});

describe('schemas/README.md', () => {
  it('lists every schema', () => {
    const index = read(join(SCHEMAS, 'README.md'));
    for (const f of schemaFiles) expect(index, f).toContain(`[\`${f}\`](${f})`);
  });
});
