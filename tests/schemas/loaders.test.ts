/**
 * Every loader of a file a user writes validates it with its schema through src/core/schema.ts:
 * a file that violates the schema is exit 2 naming the file and the field, from the CLI (in-process
 * `mc`) and from the built action bundle, never with a stack trace; and each format takes a
 * top-level `$schema` (for editors).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { mc } from '../helpers/cli.js';
import { repoRoot, runBuiltAction } from '../harness/runner.js';
import { InputError } from '../../src/core/errors.js';
import { mostSpecific, schemaInputError, schemaValidator, validateWithSchema, type JsonSchema } from '../../src/core/schema.js';
import { parseCanaryConfig } from '../../src/canary/config.js';
import { parseIgnoreConfig } from '../../src/config/ignore.js';
import { parsePolicy } from '../../src/evidence/policy.js';
import { parseCase } from '../../src/grounding/input.js';
import { parseSloSpecs } from '../../src/slo/spec.js';
import { parseGoldenYaml } from '../../src/trajectory/golden.js';

const KEY = join(repoRoot, 'examples/keys/dev-not-for-production.pem');
const JWKS = join(repoRoot, 'examples/keys/dev-jwks.json');
const SLOTH = readFileSync(join(repoRoot, 'examples/slo-snapshot/slos/sloth-services.yaml'), 'utf8');
const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schemas', `${name}.schema.json`), 'utf8')) as JsonSchema;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(join(tmpdir(), 'mc-loaders-'));
  dirs.push(ws);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(ws, name), text);
  return ws;
}

interface Case {
  gate: string;
  /** files of the workspace; the first one violates its schema */
  files: Record<string, string>;
  cli: string[];
  action: string;
  inputs: Record<string, string>;
  /** the message both must print: the file, the field, what was expected */
  message: RegExp;
}

const cases: Case[] = [
  {
    gate: 'canary config',
    files: { 'c.yaml': 'metrics:\n  - name: a\n    critcal: true\n', 'd.json': '{"metrics": {"a": {"baseline": [1], "canary": [2]}}}' },
    cli: ['canary-score', '--config', 'c.yaml', '--data', 'd.json'],
    action: 'canary-score',
    inputs: { config: 'c.yaml', data: 'd.json' },
    message: /c\.yaml: metrics\[0\]\.critcal: expected no property 'critcal' \(not in the canary config schema; known here: name, /,
  },
  {
    gate: 'grounding cases',
    files: {
      'cases.jsonl': '{"id": "a", "contexts": ["x"], "answer": "x"}\n{"id": "b", "contexts": "x", "answer": "y"}\n',
    },
    cli: ['grounding-check', '--cases', 'cases.jsonl'],
    action: 'grounding-check',
    inputs: { cases: 'cases.jsonl' },
    message: /cases\.jsonl:2: contexts: expected an array of \{"id","text"\} objects or strings \(found "x"\)/,
  },
  {
    gate: 'ignore rules',
    files: {
      'ignore.yaml': 'ignoreDifferences:\n  - kind: Deployment\n    jsonPointer: [/spec/replicas]\n',
      'm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n',
    },
    cli: [
      'config-attest',
      'snapshot',
      '--key',
      KEY,
      '--env',
      'production',
      '--ignore',
      'ignore.yaml',
      '--out',
      'snap.intoto.jsonl',
      'm.yaml',
    ],
    action: 'config-attest',
    inputs: {
      mode: 'snapshot',
      paths: 'm.yaml',
      'ignore-file': 'ignore.yaml',
      environment: 'production',
      'private-key': readFileSync(KEY, 'utf8'),
    },
    message:
      /ignore\.yaml: ignoreDifferences\[0\]\.jsonPointer: expected no property 'jsonPointer' \(not in the ignore rules schema; known here: rule, group, kind, name, namespace, file, jsonPointers, paths\)/,
  },
  {
    gate: 'trajectory golden',
    files: {
      'g.yaml': 'id: flight-booking\nmode: fuzzy\nsteps: []\n',
      't.json': readFileSync(join(repoRoot, 'examples/trajectory-golden/trajectories/flight-booking.openai.json'), 'utf8'),
    },
    cli: ['trajectory-golden', '--golden', 'g.yaml', '--trajectory', 't.json'],
    action: 'trajectory-golden',
    inputs: { golden: 'g.yaml', trajectory: 't.json' },
    message: /g\.yaml:2: mode: expected one of strict, in_order, unordered, superset, subset \(found "fuzzy"\)/,
  },
  {
    gate: 'SLO spec',
    files: { 'slo.yaml': SLOTH.replace('    objective: 99.9\n    description', '    objective: 99.9\n    budget: 3\n    description') },
    // the spec is read before Prometheus is asked (nothing listens on port 9)
    cli: ['slo', 'snapshot', '--prometheus', 'http://127.0.0.1:9', '--slo', 'slo.yaml'],
    action: 'slo-snapshot',
    inputs: { prometheus: 'http://127.0.0.1:9', slo: 'slo.yaml' },
    message:
      /slo\.yaml:9: slos\[0\]\.budget: expected no property 'budget' \(not in the Sloth prometheus\/v1 schema; known here: name, objective/,
  },
  {
    gate: 'evidence policy',
    files: { 'policy.yaml': 'required: [gate-report]\nmax-age: 24h\nmaxAge: 1h\n' },
    cli: ['evidence', 'verify', 'pack', '--jwks', JWKS, '--policy', 'policy.yaml'],
    action: 'evidence-pack',
    inputs: { mode: 'verify', 'pack-dir': 'pack', jwks: JWKS, policy: 'policy.yaml' },
    message: /policy\.yaml: maxAge: expected no property 'maxAge' \(not in the evidence policy schema; known here: required, max-age\)/,
  },
];

describe('a file that violates its schema: exit 2 naming the file and the field', () => {
  describe.each(cases)('$gate', (c) => {
    it('from the CLI', async () => {
      const ws = workspace(c.files);
      const r = await mc(c.cli, { cwd: ws });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(c.message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
    it('from the action', async () => {
      const ws = workspace(c.files);
      if (c.action === 'evidence-pack') cpSync(join(repoRoot, 'examples/keys'), join(ws, 'keys'), { recursive: true });
      const r = await runBuiltAction(c.action, { workspace: ws, inputs: c.inputs });
      expect(r.exitCode, r.stdout + r.stderr).toBe(2);
      const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      expect(errors.join('\n')).toMatch(c.message);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    });
  });
});

describe('every user-written format takes a top-level $schema (for editors)', () => {
  const url = (name: string) => `https://github.com/mc-actions/mc-actions/schemas/${name}.schema.json`;
  it('canary config (plain and under a canary: block)', () => {
    expect(parseCanaryConfig({ $schema: url('canary-config'), metrics: [{ name: 'a' }] }, 'c.yaml').metrics).toHaveLength(1);
    expect(parseCanaryConfig({ $schema: url('canary-config'), canary: { metrics: [{ name: 'a' }] } }, 'c.yaml').metrics).toHaveLength(1);
  });
  it('ignore rules', async () => {
    expect((await parseIgnoreConfig({ $schema: url('config-ignore'), ignoreDifferences: [{ paths: ['/a'] }] }, 'i.yaml')).rules).toEqual([
      { paths: ['/a'] },
    ]);
  });
  it('evidence policy', async () => {
    expect(await parsePolicy({ $schema: url('evidence-policy'), required: 'a, b' }, 'p.yaml')).toEqual({
      required: ['a', 'b'],
      maxAgeSeconds: undefined,
    });
    // $schema alone is no policy: it would require nothing
    await expect(parsePolicy({ $schema: url('evidence-policy') }, 'p.yaml')).rejects.toThrow(
      /p\.yaml: expected an evidence policy .*empty mapping/,
    );
  });
  it('grounding case', () => {
    expect(parseCase({ $schema: url('grounding-case'), contexts: ['x'], answer: 'x' }, 'c.jsonl', 1).answer).toBe('x');
  });
  it('trajectory golden', () => {
    expect(parseGoldenYaml(`$schema: ${url('trajectory-golden')}\nid: g\nsteps:\n  - action: a\n`, 'g.yaml').steps).toHaveLength(1);
  });
  it('SLO specs (Sloth and OpenSLO)', () => {
    expect(parseSloSpecs(`$schema: ${url('sloth-prometheus-v1')}\n${SLOTH}`, 's.yaml')).toHaveLength(4);
    const openslo = readFileSync(join(repoRoot, 'examples/slo-snapshot/slos/ledger.openslo.yaml'), 'utf8');
    expect(parseSloSpecs(`$schema: ${url('openslo-v1-slo')}\n${openslo.replace(/^---\n/, '')}`, 'o.yaml')).toHaveLength(1);
  });
  it('readiness checklist (its schema; opa-sim passes the checklist to the policy as written)', () => {
    const v = schemaValidator(schema('readiness-checklist'));
    const doc = parseYaml(readFileSync(join(repoRoot, 'examples/opa-sim/readiness/TENANT_006/checklist.yaml'), 'utf8'));
    expect(v({ $schema: url('readiness-checklist'), ...doc }), JSON.stringify(v.errors)).toBe(true);
    expect(v({ ...doc, $schema: 5 })).toBe(false);
  });
});

describe('the schemas agree with the loaders where the loaders were the contract', () => {
  it('ignore rules: a null ignoreDifferences is no rules; an empty pointer list is refused by both', async () => {
    const v = schemaValidator(schema('config-ignore'));
    expect(v({ ignoreDifferences: null })).toBe(true);
    expect(await parseIgnoreConfig({ ignoreDifferences: null }, 'i.yaml')).toEqual({ defaults: true, rules: [] });
    expect(v({ ignoreDifferences: [{ jsonPointers: [] }] })).toBe(false);
    await expect(parseIgnoreConfig({ ignoreDifferences: [{ jsonPointers: [] }] }, 'i.yaml')).rejects.toThrow(
      /i\.yaml: ignoreDifferences\[0\]\.jsonPointers: expected a non-empty list of JSON pointers/,
    );
    await expect(parseIgnoreConfig({ ignoreDifferences: [{ kind: 'Deployment' }] }, 'i.yaml')).rejects.toThrow(
      /i\.yaml: ignoreDifferences\[0\]\.jsonPointers: expected jsonPointers or paths/,
    );
    await expect(parseIgnoreConfig({ ignoreDifferences: [{ paths: ['spec'] }] }, 'i.yaml')).rejects.toThrow(
      /i\.yaml: ignoreDifferences\[0\]\.paths\[0\]: expected a JSON pointer starting with \/ \(or a \*\* pointer glob\) \(found "spec"\)/,
    );
  });
  it('grounding case: claim (or context without contexts) picks the claim shape, whose other keys are not read', () => {
    const v = schemaValidator(schema('grounding-case'));
    const claimWithContexts = { context: 'a', claim: 'b', contexts: 5, answer: 6 };
    expect(v(claimWithContexts)).toBe(true);
    expect(parseCase(claimWithContexts, 'c.jsonl', 1).answer).toBe('b');
    const contextsWithContext = { context: 5, contexts: ['a'], answer: 'a' };
    expect(v(contextsWithContext)).toBe(true);
    expect(parseCase(contextsWithContext, 'c.jsonl', 1).contexts).toEqual([{ id: 'c1', text: 'a' }]);
    expect(v({ context: 'a' })).toBe(false);
    expect(() => parseCase({ context: 'a' }, 'c.jsonl', 3)).toThrow(/c\.jsonl:3: claim: expected a string \(the text to verify\)/);
    expect(() => parseCase({ contexts: [{ id: 'x' }], answer: 'b' }, 'c.jsonl', 3)).toThrow(
      /c\.jsonl:3: contexts\[0\]\.text: expected a value \(a required key, missing here\)/,
    );
    expect(() => parseCase({ contexts: [3], answer: 'b' }, 'c.jsonl', 3)).toThrow(
      /c\.jsonl:3: contexts\[0\]: expected a string or an object \{"id": string, "text": string\} \(found 3\)/,
    );
    expect(() => parseCase([1], 'c.jsonl', 3)).toThrow(/c\.jsonl:3: expected a JSON object per line/);
  });
});

describe('src/core/schema.ts', () => {
  it('compiles each schema once (cached by $id) and strictly: an unknown keyword is a defect of the schema', () => {
    const s = schema('config-ignore');
    expect(schemaValidator(s)).toBe(schemaValidator({ ...s }));
    expect(() => schemaValidator({ $id: 'https://example.test/bad.json', type: 'object', requird: ['a'] })).toThrow(
      /strict mode: unknown keyword/,
    );
  });
  it('picks the most specific error: the deepest, an unknown key or enum before the anyOf that wraps it', () => {
    const s = {
      $id: 'https://example.test/pick.json',
      type: 'object',
      properties: {
        a: { anyOf: [{ type: 'string' }, { type: 'object', additionalProperties: false, properties: { b: { enum: [1, 2] } } }] },
      },
    } as JsonSchema;
    const v = schemaValidator(s);
    expect(v({ a: { b: 3 } })).toBe(false);
    expect(mostSpecific(v.errors ?? [])?.keyword).toBe('enum');
    const e = schemaInputError(mostSpecific(v.errors ?? [])!, 'f.json', { what: 'test' });
    expect(e.message).toBe('f.json: a.b: expected one of 1, 2 (found 3)');
    expect(() => validateWithSchema(s, { a: { c: 1 } }, 'f.json', { what: 'test', line: 4 })).toThrow(
      new InputError('f.json', 'a.c', "no property 'c' (not in the test schema; known here: b)", { line: 4 }),
    );
  });
  it('escapes control characters of keys and values in the message (no forged workflow commands)', () => {
    const s = { $id: 'https://example.test/ctl.json', type: 'object', additionalProperties: false } as JsonSchema;
    let msg = '';
    try {
      validateWithSchema(s, { 'x\n::error::forged': 1 }, 'f.json', { what: 'test' });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toContain('x\\x0a::error::forged');
    expect(msg).not.toContain('\n');
  });
});
