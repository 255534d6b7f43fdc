/**
 * The gate's evidence formats: SARIF 2.1.0 validated against the OASIS JSON schema (the copy
 * shipped in @microsoft/jest-sarif), JUnit XML counts, job summary and annotations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotations, junitReport, runOpaSim, sarifLog, summaryMarkdown, textReport, type GateReport } from '../../src/opa/index.js';
import { repoRoot, tree } from './helpers.js';

const require = createRequire(import.meta.url);

/** The SARIF 2.1.0 schema (draft-04): `id` becomes `$id` for Ajv 8; its one non-unicode pattern needs unicodeRegExp off. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false, validateFormats: false });
  return ajv.compile(schema);
}

let k8s: GateReport;
let errored: GateReport;
beforeAll(async () => {
  k8s = await runOpaSim({ policy: ['examples/opa-sim/k8s/policy'], config: ['examples/opa-sim/k8s/manifests/*.yaml'], cwd: repoRoot });
  const dir = tree({
    'policy/p.rego': 'package t\nallow := true if input.a\nallow := false if input.a\n',
    'in.jsonl': '{"a": 1}\n{"b": 1}\n',
  });
  errored = await runOpaSim({ policy: ['policy'], decision: 'data.t.allow', inputs: ['in.jsonl'], cwd: dir });
});

describe('SARIF 2.1.0', () => {
  const validate = sarifValidator();

  it('the schema rejects a log without a tool driver name (the check can fail)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it('is valid for a run with denies and warnings, one result per reason at the input line', () => {
    const log = sarifLog(k8s) as {
      runs: {
        results: {
          ruleId: string;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        }[];
        tool: { driver: { rules: { id: string }[] } };
      }[];
    };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0].results;
    expect(results.filter((r) => r.level === 'error')).toHaveLength(3);
    expect(results.filter((r) => r.level === 'warning')).toHaveLength(4);
    expect(results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'examples/opa-sim/k8s/manifests/guestbook-all-in-one.yaml' },
      region: { startLine: 18 },
    });
    expect(log.runs[0].tool.driver.rules.map((r) => r.id).sort()).toEqual(['main.deny', 'main.warn']);
  });

  it('is valid for a run with evaluation errors and marks the invocation unsuccessful', () => {
    const log = sarifLog(errored) as { runs: { invocations: { executionSuccessful: boolean }[]; results: { ruleId: string }[] }[] };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].results[0].ruleId).toBe('opa-sim/eval_conflict_error');
  });

  it('names policy reasons by policy and reason code', async () => {
    const r = await runOpaSim({
      policy: ['policies'],
      data: ['examples/opa-sim/data.json'],
      decision: 'data.mc.interop.decision',
      inputs: ['examples/opa-sim/requests/denied.jsonl'],
      cwd: repoRoot,
    });
    const log = sarifLog(r) as { runs: { results: { ruleId: string }[] }[] };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.map((x) => x.ruleId)).toContain('mc.isolation/cross_tenant_access');
    expect(log.runs[0].results.map((x) => x.ruleId)).toContain('mc.persisted/raw_query_refused');
  });
});

describe('JUnit, summary, annotations, text', () => {
  it('JUnit: one case per input, failures for denies, errors for evaluation errors', () => {
    const x = junitReport(k8s);
    expect(x).toMatch(/<testsuites tests="8" failures="3" errors="0">/);
    const y = junitReport(errored);
    expect(y).toMatch(/<testsuites tests="2" failures="1" errors="1">/);
  });

  it('summary: verdict, counts and a row per input', () => {
    const md = summaryMarkdown(k8s);
    expect(md).toMatch(/^### opa-sim: denied/);
    expect(md).toContain('8 inputs: 5 allowed, 3 denied, 0 undefined, 0 errors, 4 warnings');
    expect(md.split('\n').filter((l) => l.startsWith('| examples/'))).toHaveLength(8);
    expect(summaryMarkdown(errored)).toMatch(/^### opa-sim: error \(fail closed\)/);
  });

  it('annotations: an error per denied input and a warning per warned input, at file and line', () => {
    const a = annotations(k8s);
    expect(a.filter((x) => x.level === 'error').map((x) => x.line)).toEqual([18, 62, 117]);
    expect(a.filter((x) => x.level === 'warning')).toHaveLength(4);
    expect(a[0].file).toBe('examples/opa-sim/k8s/manifests/guestbook-all-in-one.yaml');
  });

  it('text: one line per input and the verdict', () => {
    const t = textReport(errored).trim().split('\n');
    expect(t[0]).toMatch(/^ERROR\s+in\.jsonl:1$/);
    expect(t[t.length - 1]).toMatch(/^opa-sim: ERROR: 2 inputs/);
  });
});
