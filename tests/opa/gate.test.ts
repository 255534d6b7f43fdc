/**
 * The opa-sim gate over the bundled examples and over small policies that exercise fail-closed
 * behaviour. Expected decisions are worked out by hand from the policies' specification
 * (policies/README.md) and the example data, one reason code at a time.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/core/errors.js';
import { PolicyCompileError, decisionLog, runOpaSim, type DecisionRecord, type GateReport } from '../../src/opa/index.js';
import { repoRoot, tree } from './helpers.js';

const codes = (d: DecisionRecord) =>
  new Set(d.reasons.map((r) => (r.details as { reason?: string; check?: string })?.reason ?? (r.details as { check?: string })?.check));
const fixedNow = () => new Date('2026-01-02T03:04:05.000Z');

async function interop(file: string): Promise<GateReport> {
  return runOpaSim({
    policy: ['policies'],
    data: ['examples/opa-sim/data.json'],
    decision: 'data.mc.interop.decision',
    inputs: [file],
    cwd: repoRoot,
    now: fixedNow,
  });
}

describe('interop decision over the example requests', () => {
  it('allows every request in allowed.jsonl (exit 0)', async () => {
    const r = await interop('examples/opa-sim/requests/allowed.jsonl');
    expect(r.decisions.map((d) => d.outcome)).toEqual(['allow', 'allow', 'allow', 'allow']);
    expect(r.exitCode).toBe(ExitCode.Pass);
    expect(r.passed).toBe(true);
    expect(r.decisions.map((d) => d.source.line)).toEqual([1, 2, 3, 4]);
  });

  it('denies each request in denied.jsonl for exactly its reasons (exit 1)', async () => {
    const r = await interop('examples/opa-sim/requests/denied.jsonl');
    expect(r.exitCode).toBe(ExitCode.Fail);
    expect(r.decisions.map((d) => d.outcome)).toEqual(['deny', 'deny', 'deny', 'deny', 'deny']);
    expect(r.decisions.map(codes)).toEqual([
      new Set(['cross_tenant_access']),
      new Set(['residency_violation']),
      new Set(['purpose_not_declared', 'purpose_not_permitted_for_query']),
      new Set(['raw_query_refused', 'pqid_missing']),
      new Set(['pqid_unknown']),
    ]);
    const iso = r.decisions[0].reasons[0];
    expect(iso.rule).toBe('data.mc.isolation.deny');
    expect(iso.message).toBe(
      'cross-tenant access denied: actor of tenant TENANT_001 may not access execution exec-2002 of tenant TENANT_002',
    );
    expect(iso.details).toMatchObject({
      policy: 'mc.isolation',
      actor: 'TENANT_001',
      subject: 'TENANT_002',
      resource: 'exec-2002',
      action: 'a2a',
    });
  });

  it('asks a boolean decision for reasons from the package deny rule', async () => {
    const r = await runOpaSim({
      policy: ['policies'],
      data: ['examples/opa-sim/data.json'],
      decision: 'data.mc.isolation.allow',
      inputs: ['examples/opa-sim/requests/denied.jsonl'],
      cwd: repoRoot,
    });
    expect(r.decisions.map((d) => d.outcome)).toEqual(['deny', 'allow', 'allow', 'allow', 'allow']);
    expect(r.decisions[0].reasons.map((x) => x.rule)).toEqual(['data.mc.isolation.deny']);
  });

  it('writes a decision log with OPA decision-log fields and the input digest (RFC 8785 + SHA-256)', async () => {
    const r = await interop('examples/opa-sim/requests/allowed.jsonl');
    const lines = decisionLog(r)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    const first = lines[0];
    expect(first.decision_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.path).toBe('mc/interop/decision');
    expect(first.timestamp).toBe('2026-01-02T03:04:05.000Z');
    expect(first.result).toEqual({ allow: true, reasons: [] });
    expect(first.source).toBe('examples/opa-sim/requests/allowed.jsonl:1');
    // independent canonical form of line 1: keys sorted by UTF-16 code units, no whitespace
    const canonical =
      '{"action":{"kind":"a2a","resource":"code-refactor"},"actor":{"id":"agent:code-refactor","tenant":"TENANT_001"},' +
      '"pqid":"pq.getPersonById","purpose":"investigation","region":"US","subject":{"id":"exec-1001","kind":"execution","tenant":"TENANT_001"}}';
    expect(first.input_sha256).toBe(createHash('sha256').update(canonical).digest('hex'));
    expect(new Set(lines.map((l) => l.decision_id)).size).toBe(4);
  });
});

describe('readiness checklists', () => {
  it('TENANT_006 and TENANT_007 are READY, TENANT_008 NOT_READY with its four reasons', async () => {
    const r = await runOpaSim({
      policy: ['policies'],
      data: ['examples/opa-sim/data.json'],
      decision: 'data.mc.readiness.decision',
      input: ['examples/opa-sim/readiness/*/checklist.yaml'],
      cwd: repoRoot,
    });
    expect(r.decisions.map((d) => [d.source.file, (d.result as { status: string }).status])).toEqual([
      ['examples/opa-sim/readiness/TENANT_006/checklist.yaml', 'READY'],
      ['examples/opa-sim/readiness/TENANT_007/checklist.yaml', 'READY'],
      ['examples/opa-sim/readiness/TENANT_008/checklist.yaml', 'NOT_READY'],
    ]);
    expect(r.decisions[2].source.line).toBe(4); // after the yaml-language-server $schema line and the comment
    expect(codes(r.decisions[2])).toEqual(new Set(['query_budgets', 'compliance_persisted_only', 'dr_enrolled', 'dr_rpo']));
    expect((r.decisions[2].result as { score: number }).score).toBe(0.6);
    expect(r.exitCode).toBe(ExitCode.Fail);
  });

  it('conftest mode over the readiness namespace gives the same verdicts', async () => {
    const r = await runOpaSim({
      policy: ['policies'],
      data: ['examples/opa-sim/data.json'],
      namespaces: ['mc.readiness'],
      config: ['examples/opa-sim/readiness/*/checklist.yaml'],
      cwd: repoRoot,
    });
    expect(r.decisions.map((d) => d.outcome)).toEqual(['allow', 'allow', 'deny']);
    expect(r.decisions[2].reasons.every((x) => x.rule === 'data.mc.readiness.deny')).toBe(true);
    expect(r.decisions[2].warnings).toEqual([]);
    expect(r.decisions[2].reasons).toHaveLength(4);
  });
});

describe('conftest mode over real Kubernetes manifests', () => {
  it('denies the guestbook Deployments (no memory limit), warns on root pods, one input per YAML document', async () => {
    const r = await runOpaSim({
      policy: ['examples/opa-sim/k8s/policy'],
      config: ['examples/opa-sim/k8s/manifests/*.yaml'],
      cwd: repoRoot,
    });
    const rows = r.decisions.map((d) => [
      d.source.file.replace('examples/opa-sim/k8s/manifests/', ''),
      d.source.line,
      d.outcome,
      d.reasons.length,
      d.warnings.length,
    ]);
    expect(rows).toEqual([
      ['grafana-deployment.yaml', 1, 'allow', 0, 0],
      ['guestbook-all-in-one.yaml', 1, 'allow', 0, 0],
      ['guestbook-all-in-one.yaml', 18, 'deny', 1, 1],
      ['guestbook-all-in-one.yaml', 46, 'allow', 0, 0],
      ['guestbook-all-in-one.yaml', 62, 'deny', 1, 1],
      ['guestbook-all-in-one.yaml', 98, 'allow', 0, 0],
      ['guestbook-all-in-one.yaml', 117, 'deny', 1, 1],
      ['vllm-deployment.yaml', 1, 'allow', 0, 1],
    ]);
    expect(r.decisions[2].reasons[0]).toEqual({
      rule: 'data.main.deny',
      message: 'Deployment redis-master: container master has no memory limit (resources.limits.memory)',
    });
    expect(r.summary).toEqual({ inputs: 8, allowed: 5, denied: 3, undefined: 0, errors: 0, warnings: 4 });
    expect(r.exitCode).toBe(ExitCode.Fail);
  });

  it('--fail-on-warn fails the inputs that only warn', async () => {
    const r = await runOpaSim({
      policy: ['examples/opa-sim/k8s/policy'],
      config: ['examples/opa-sim/k8s/manifests/vllm-deployment.yaml'],
      failOnWarn: true,
      cwd: repoRoot,
    });
    expect(r.decisions[0].outcome).toBe('deny');
  });

  it('reads deny_*, violation (objects with msg) and boolean rules', async () => {
    const dir = tree({
      'p.rego': `package main
deny_size contains "too big" if input.size > 10
violation contains {"msg": "no owner", "field": "owner"} if not input.owner
warn_name if input.name == "tmp"
ignored contains "not a conftest rule" if true
`,
      'c.json': '{"size": 11, "name": "tmp"}',
    });
    const r = await runOpaSim({ policy: [join(dir, 'p.rego')], config: ['c.json'], cwd: dir });
    const d = r.decisions[0];
    expect(d.reasons).toEqual([
      { rule: 'data.main.deny_size', message: 'too big' },
      { rule: 'data.main.violation', message: 'no owner', details: { msg: 'no owner', field: 'owner' } },
    ]);
    expect(d.warnings).toEqual([{ rule: 'data.main.warn_name', message: 'data.main.warn_name is true' }]);
  });
});

describe('Rego v0 (--v0-compatible)', () => {
  // the seed's policy/rego/isolation.rego (v1.0.0 section 5.1), verbatim: Rego v0 syntax
  const seed = `package mc.isolation

default allow = false

allow {
  input.actor.tenant == input.subject.tenant
}

deny[msg] {
  input.actor.tenant != input.subject.tenant
  msg := {"reason": "cross_tenant_access", "actor": input.actor.tenant, "subject": input.subject.tenant}
}
`;
  it('runs the seed isolation policy as written: cross-tenant denied with its reason, same tenant allowed', async () => {
    const dir = tree({
      'policy/isolation.rego': seed,
      'in.jsonl': '{"actor":{"tenant":"A"},"subject":{"tenant":"B"}}\n{"actor":{"tenant":"A"},"subject":{"tenant":"A"}}\n',
    });
    const r = await runOpaSim({
      policy: ['policy'],
      decision: 'data.mc.isolation.allow',
      inputs: ['in.jsonl'],
      v0Compatible: true,
      cwd: dir,
    });
    expect(r.decisions.map((d) => d.outcome)).toEqual(['deny', 'allow']);
    expect(r.decisions[0].reasons).toEqual([
      {
        rule: 'data.mc.isolation.deny',
        message: JSON.stringify({ actor: 'A', reason: 'cross_tenant_access', subject: 'B' }),
        details: { reason: 'cross_tenant_access', actor: 'A', subject: 'B' },
      },
    ]);
  });

  it('refuses v0 syntax without the flag (rego_parse_error at file:line:col)', async () => {
    const dir = tree({ 'policy/isolation.rego': seed, 'in.json': '{}' });
    const err = await runOpaSim({ policy: ['policy'], decision: 'data.mc.isolation.allow', input: ['in.json'], cwd: dir }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PolicyCompileError);
    expect((err as PolicyCompileError).errors[0]).toMatchObject({ code: 'rego_parse_error', location: { file: 'policy/isolation.rego' } });
  });
});

describe('conftest exceptions', () => {
  it('an exception rule excepts deny_<name> by name, and only that rule', async () => {
    const dir = tree({
      'p.rego': `package main
deny_run_as_root contains "runs as root" if input.user == "root"
deny_latest contains "uses :latest" if input.tag == "latest"
exception contains ["run_as_root"] if input.name == "node-exporter"
`,
      'a.yaml': 'name: node-exporter\nuser: root\ntag: v1\n---\nname: web\nuser: root\ntag: latest\n',
    });
    const r = await runOpaSim({ policy: [join(dir, 'p.rego')], config: ['a.yaml'], cwd: dir });
    expect(r.decisions.map((d) => d.outcome)).toEqual(['allow', 'deny']);
    expect(r.decisions[0].excepted).toEqual([{ rule: 'data.main.deny_run_as_root', message: 'runs as root' }]);
    expect(r.decisions[1].reasons.map((x) => x.rule)).toEqual(['data.main.deny_latest', 'data.main.deny_run_as_root']);
    expect(r.decisions[1].source.line).toBe(5);
  });
});

describe('fail closed', () => {
  const policy = (rego: string) => tree({ 'policy/p.rego': rego, 'in.json': '{"user": "alice", "n": "x"}' });

  it('an undefined decision is a deny (exit 1)', async () => {
    const dir = policy('package t\nallow if input.user == "bob"\n');
    const r = await runOpaSim({ policy: ['policy'], decision: 'data.t.allow', input: ['in.json'], cwd: dir });
    expect(r.decisions[0].outcome).toBe('undefined');
    expect(r.decisions[0].allowed).toBe(false);
    expect(r.exitCode).toBe(ExitCode.Fail);
  });

  it('a conflict (eval_conflict_error) is an error, never a pass (exit 2)', async () => {
    const dir = policy('package t\nallow := true if input.user == "alice"\nallow := false if input.user\n');
    const r = await runOpaSim({ policy: ['policy'], decision: 'data.t.allow', input: ['in.json'], cwd: dir });
    expect(r.decisions[0].outcome).toBe('error');
    expect(r.decisions[0].errors?.[0].code).toBe('eval_conflict_error');
    expect(r.exitCode).toBe(ExitCode.Usage);
    expect(r.passed).toBe(false);
  });

  it('a builtin error inside a deny rule is an error, not a silent pass (strict builtin errors)', async () => {
    const dir = policy('package main\ndeny contains "n too big" if to_number(input.n) > 3\n');
    const r = await runOpaSim({ policy: ['policy'], config: ['in.json'], cwd: dir });
    expect(r.decisions[0].outcome).toBe('error');
    expect(r.exitCode).toBe(ExitCode.Usage);
  });

  it('a decision that is neither boolean nor {allow: boolean} is an error', async () => {
    const dir = policy('package t\nallow := "yes"\n');
    const r = await runOpaSim({ policy: ['policy'], decision: 'data.t.allow', input: ['in.json'], cwd: dir });
    expect(r.decisions[0].outcome).toBe('error');
    expect(r.decisions[0].errors?.[0].code).toBe('decision_type_error');
  });

  it.each([
    ['a syntax error', 'package t\nallow if {\n  input.user ==\n}\n', 'rego_parse_error', 3],
    ['an unsafe variable', 'package t\nallow if {\n  x == 1\n}\n', 'rego_unsafe_var_error', 3],
    ['recursion', 'package t\na if b\nb if a\n', 'rego_recursion_error', 2],
    ['an unsupported builtin', 'package t\nallow if {\n  no_such.builtin(input.user)\n}\n', 'rego_type_error', 3],
  ])('%s fails with an OPA-shaped error naming file, line and column', async (_what, rego, code, row) => {
    const dir = policy(rego);
    const err = await runOpaSim({ policy: ['policy'], decision: 'data.t.allow', input: ['in.json'], cwd: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PolicyCompileError);
    const e = (err as PolicyCompileError).errors[0];
    expect(e.code).toBe(code);
    expect(e.location?.file).toBe('policy/p.rego');
    // OPA places a parse error at the token where parsing failed: the line or the next
    expect(code === 'rego_parse_error' ? [row, row + 1] : [row]).toContain(e.location?.row);
    expect(e.location?.col).toBeGreaterThan(0);
    expect((err as PolicyCompileError).exitCode).toBe(ExitCode.Usage);
  });

  it('refuses an empty input set, an unknown namespace and a decision outside every package', async () => {
    const dir = policy('package t\nallow := true\n');
    await expect(runOpaSim({ policy: ['policy'], decision: 'data.t.allow', cwd: dir })).rejects.toThrow(/no inputs/);
    await expect(runOpaSim({ policy: ['policy'], config: ['in.json'], cwd: dir })).rejects.toThrow(/namespace 'main'/);
    await expect(runOpaSim({ policy: ['policy'], decision: 'data.nope.allow', input: ['in.json'], cwd: dir })).rejects.toThrow(
      /no policy module/,
    );
  });
});

describe('inputs', () => {
  it('names the file and line of a malformed JSON Lines entry', async () => {
    const dir = tree({ 'policy/p.rego': 'package t\nallow := true\n', 'in.jsonl': '{"a":1}\n\n{"a":\n' });
    await expect(runOpaSim({ policy: ['policy'], decision: 'data.t.allow', inputs: ['in.jsonl'], cwd: dir })).rejects.toThrow(
      /in\.jsonl:3: expected one JSON value per line/,
    );
  });

  it('expands globs with and without a directory part', async () => {
    const dir = tree({ 'p.rego': 'package main\n', 'a.yaml': 'x: 1\n', 'b.yml': 'x: 2\n', 'sub/c.yaml': 'x: 3\n' });
    const r = await runOpaSim({ policy: ['p.rego'], config: ['*.yaml', 'sub/*.yaml'], cwd: dir });
    expect(r.decisions.map((d) => d.source.file)).toEqual(['a.yaml', 'sub/c.yaml']);
  });

  it('names the file and line of a YAML syntax error', async () => {
    const dir = tree({ 'policy/p.rego': 'package main\n', 'c.yaml': 'a: 1\nb: [1, 2\n' });
    await expect(runOpaSim({ policy: ['policy'], config: ['c.yaml'], cwd: dir })).rejects.toThrow(
      /c\.yaml:\d+: expected valid YAML or JSON/,
    );
  });

  it('refuses conflicting data files', async () => {
    const dir = tree({
      'policy/p.rego': 'package t\nallow := true\n',
      'a.json': '{"x": {"y": 1}}',
      'b.yaml': 'x:\n  y: 2\n',
      'in.json': '{}',
    });
    await expect(
      runOpaSim({ policy: ['policy'], data: ['a.json', 'b.yaml'], decision: 'data.t.allow', input: ['in.json'], cwd: dir }),
    ).rejects.toThrow(/b\.yaml: x\.y/);
  });

  it('reads the example data as the policies expect it', () => {
    const data = JSON.parse(readFileSync(join(repoRoot, 'examples/opa-sim/data.json'), 'utf8'));
    expect(Object.keys(data.mc)).toEqual(['tenants', 'persisted_queries']);
  });
});
