/**
 * canary-score reading its metrics from a real Prometheus (Debian's `prometheus`, backfilled with a
 * generated canary and baseline), through Kayenta's Prometheus query configs and scopes: the verdict
 * equals the verdict on the same values given as a file, and the report replays offline.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mc } from '../helpers/cli.js';
import { describeWith } from '../helpers/references.js';
import { runBuiltAction } from '../harness/runner.js';
import { kayentaPromQL, readCanaryScopes, readPrometheusQueries } from '../../src/canary/prometheus.js';
// @ts-expect-error plain ESM helper without types
import { startPrometheus } from '../../examples/slo-snapshot/prometheus.mjs';

const END = Date.parse('2026-11-30T00:00:00Z') / 1000;
const START = END - 2 * 3600;

// deterministic pseudo-random samples (LCG + Box-Muller)
let seed = 20261130;
const u = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), (seed + 0.5) / 4294967296);
const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
const round = (x: number) => Number(x.toFixed(6));

type Series = Record<string, number[]>; // deployment -> values at START, START+60, ..., END
const latency: Series = {};
const errors: Series = {};
for (const [dep, slow, err] of [
  ['shop-baseline', 1, 0.001],
  ['shop-canary-ok', 1, 0.001],
  ['shop-canary-bad', 1.4, 0.004],
] as const) {
  latency[dep] = [];
  errors[dep] = [];
  for (let t = START; t <= END; t += 60) {
    latency[dep].push(round(0.2 * slow * Math.exp(0.1 * normal())));
    errors[dep].push(round(Math.max(0, err + 0.0003 * normal())));
  }
}

function openMetrics(): string {
  const lines = ['# TYPE http_server_latency_seconds gauge'];
  for (const [dep, xs] of Object.entries(latency))
    xs.forEach((v, i) => lines.push(`http_server_latency_seconds{deployment="${dep}",region="us-east-1"} ${v} ${START + 60 * i}`));
  lines.push('# TYPE http_error_ratio gauge');
  for (const [dep, xs] of Object.entries(errors))
    xs.forEach((v, i) => lines.push(`http_error_ratio{deployment="${dep}",region="us-east-1"} ${v} ${START + 60 * i}`));
  lines.push('# EOF');
  return lines.join('\n') + '\n';
}

/** A Kayenta canary config: one metric by metricName + a filter template, one as a PromQL inline template. */
const config = {
  name: 'shop',
  templates: { byDeployment: 'deployment="${scope}",region="${location}"' },
  metrics: [
    {
      name: 'latency',
      groups: ['latency'],
      analysisConfigurations: { canary: { direction: 'increase' } },
      query: { type: 'prometheus', metricName: 'http_server_latency_seconds', customFilterTemplate: 'byDeployment' },
    },
    {
      name: 'errors',
      groups: ['errors'],
      analysisConfigurations: { canary: { direction: 'increase', critical: true } },
      query: { type: 'prometheus', customInlineTemplate: 'PromQL:max(http_error_ratio{deployment="${scope}"})' },
    },
  ],
  classifier: { groupWeights: { latency: 50, errors: 50 } },
};
const scope = (dep: string) => ({
  scope: dep,
  location: 'us-east-1',
  start: new Date(START * 1000).toISOString(),
  end: new Date(END * 1000).toISOString(),
  step: 60,
});

describe('Kayenta Prometheus queries', () => {
  it('builds the PromQL Kayenta builds: avg(metric{filter tokens, label bindings}) by (groupByFields); PromQL: templates verbatim', () => {
    const { templates, queries } = readPrometheusQueries(config, 'c.json');
    const s = scope('shop-canary-ok');
    expect(kayentaPromQL(queries.latency, templates, s, 'x')).toBe(
      'avg(http_server_latency_seconds{deployment="shop-canary-ok",region="us-east-1"})',
    );
    expect(kayentaPromQL(queries.errors, templates, s, 'x')).toBe('max(http_error_ratio{deployment="shop-canary-ok"})');
    const q = {
      ...queries.latency,
      labelBindings: ['code="200"'],
      groupByFields: ['region'],
      customFilterTemplate: undefined,
      customInlineTemplate: 'app="${app}"',
    };
    expect(kayentaPromQL(q, templates, { ...s, extendedScopeParams: { app: 'shop' } }, 'x')).toBe(
      'avg(http_server_latency_seconds{app="shop",code="200"}) by (region)',
    );
    expect(() => kayentaPromQL(q, templates, s, 'c.json: metrics latency')).toThrow(
      'c.json: metrics latency: expected a binding for ${app}',
    );
    expect(() => kayentaPromQL({ type: 'prometheus', metricName: 'm' }, {}, s, 'w')).toThrow(
      /Either a resource type or a custom filter is required/,
    );
  });

  it('refuses unusable query configs and scopes, naming the field', () => {
    const bad = (q: unknown) => () => readPrometheusQueries({ metrics: [{ name: 'm', query: q }] }, 'c.json');
    expect(bad({ type: 'datadog' })).toThrow('c.json: metrics[0].query.type: expected "prometheus"');
    expect(bad({ type: 'prometheus', metricName: 'm', customFilterTemplate: 'nope' })).toThrow(
      /customFilterTemplate: expected the name of one of the config's templates/,
    );
    expect(bad({ type: 'prometheus', metricName: 'm', labelBinding: [] })).toThrow(
      /metrics\[0\]\.query\.labelBinding: expected no such key here/,
    );
    expect(bad({ type: 'prometheus', metricName: 'm', customFilter: 'a="b"' })).toThrow(/customFilter is deprecated/);
    expect(() => readCanaryScopes({ controlScope: scope('a'), experimentScope: { ...scope('b'), step: 0 } }, 's.json')).toThrow(
      's.json: experimentScope.step: expected a positive whole number of seconds (found 0)',
    );
    expect(() =>
      readCanaryScopes(
        { scopes: { default: { controlScope: { ...scope('a'), end: '2020-01-01T00:00:00Z' }, experimentScope: scope('b') } } },
        's.json',
      ),
    ).toThrow(/s\.json: scopes\.default\.controlScope\.end: expected a time after start/);
  });
});

describeWith(['prometheus'], 'mc canary-score --prometheus against a real Prometheus', () => {
  let server: { url: string; stop: () => Promise<void> };
  beforeAll(async () => {
    server = await startPrometheus(openMetrics());
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  for (const [canary, expected] of [
    ['shop-canary-ok', 'PROMOTE'],
    ['shop-canary-bad', 'HOLD'],
  ] as const) {
    it(`${canary}: the same verdict from Prometheus as from the same values in a file (${expected}), and the report replays offline`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mc-canary-prom-'));
      writeFileSync(join(dir, 'canary.json'), JSON.stringify(config));
      writeFileSync(
        join(dir, 'scopes.json'),
        JSON.stringify({ scopes: { default: { controlScope: scope('shop-baseline'), experimentScope: scope(canary) } } }),
      );
      // the file: the generated values themselves, not what Prometheus returned
      writeFileSync(
        join(dir, 'data.json'),
        JSON.stringify({
          step: 60,
          metrics: {
            latency: { baseline: latency['shop-baseline'], canary: latency[canary] },
            errors: { baseline: errors['shop-baseline'], canary: errors[canary] },
          },
        }),
      );
      const fromProm = await mc(
        [
          'canary-score',
          '--config',
          'canary.json',
          '--prometheus',
          server.url,
          '--scopes',
          'scopes.json',
          '--format',
          'json',
          '--out',
          'report.json',
        ],
        { cwd: dir },
      );
      const fromFile = await mc(['canary-score', '--config', 'canary.json', '--data', 'data.json', '--format', 'json'], { cwd: dir });
      expect(fromProm.stderr).toBe('');
      const p = JSON.parse(fromProm.stdout);
      const f = JSON.parse(fromFile.stdout);
      expect(p.decision).toBe(expected);
      expect([p.decision, p.score, p.classification]).toEqual([f.decision, f.score, f.classification]);
      expect(p.metrics.map((m: { name: string; classification: string }) => [m.name, m.classification])).toEqual(
        f.metrics.map((m: { name: string; classification: string }) => [m.name, m.classification]),
      );
      expect(fromProm.code).toBe(fromFile.code);
      // what was asked and answered is in the report
      expect(p.replay.queries.latency).toEqual({
        baseline: 'avg(http_server_latency_seconds{deployment="shop-baseline",region="us-east-1"})',
        canary: `avg(http_server_latency_seconds{deployment="${canary}",region="us-east-1"})`,
      });
      expect(p.replay.data.metrics.latency.canary).toEqual(latency[canary]);
      expect(p.replay.data.metrics.errors.baseline).toEqual(errors['shop-baseline']);
      // replay: the report alone is the data
      const replayed = await mc(['canary-score', '--config', 'canary.json', '--data', 'report.json', '--format', 'json'], { cwd: dir });
      expect(JSON.parse(replayed.stdout)).toMatchObject({ decision: p.decision, score: p.score });
      expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).replay.prometheus).toBe(server.url);
    });
  }

  it('scopes from the YAML config; --data and --prometheus together, or a missing scope, are exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-canary-prom-'));
    writeFileSync(
      join(dir, 'canary.json'),
      JSON.stringify({ ...config, scopes: { controlScope: scope('shop-baseline'), experimentScope: scope('shop-canary-ok') } }),
    );
    const r = await mc(['canary-score', '--config', 'canary.json', '--prometheus', server.url], { cwd: dir });
    expect(r.code).toBe(0);
    writeFileSync(join(dir, 'noscopes.json'), JSON.stringify(config));
    const n = await mc(['canary-score', '--config', 'noscopes.json', '--prometheus', server.url], { cwd: dir });
    expect(n.code).toBe(2);
    expect(n.stderr).toMatch(/needs scopes/);
    expect((await mc(['canary-score', '--config', 'canary.json', '--prometheus', server.url, '--data', 'x.json'], { cwd: dir })).code).toBe(
      2,
    );
  });

  it('the action (bundle): prometheus and scopes inputs, the replay recorded in the report', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'mc-canary-prom-ws-'));
    writeFileSync(join(ws, 'canary.json'), JSON.stringify(config));
    writeFileSync(
      join(ws, 'scopes.json'),
      JSON.stringify({ controlScope: scope('shop-baseline'), experimentScope: scope('shop-canary-bad') }),
    );
    const r = await runBuiltAction('canary-score', {
      workspace: ws,
      inputs: {
        config: 'canary.json',
        prometheus: server.url,
        scopes: 'scopes.json',
        report: 'evidence/canary.json',
        headers: 'X-Scope-OrgID: shop',
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.decision).toBe('HOLD');
    expect(JSON.parse(readFileSync(join(ws, 'evidence/canary.json'), 'utf8')).replay.queries.errors.canary).toBe(
      'max(http_error_ratio{deployment="shop-canary-bad"})',
    );
    const both = await runBuiltAction('canary-score', {
      workspace: ws,
      inputs: { config: 'canary.json', prometheus: server.url, data: 'x.json' },
    });
    expect(both.exitCode).toBe(2);
    expect(both.stdout).toContain("inputs 'data' and 'prometheus': give one");
  });
});
