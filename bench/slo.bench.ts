// slo-snapshot benchmark (issue 15): a snapshot of 20 SLOs (5 services x 4 objectives, Sloth specs)
// against a local Prometheus (Debian's `prometheus`, backfilled with examples/slo-snapshot's 31 days of
// traffic). Side by side in the same run: the same PromQL instant queries sent straight to the HTTP API
// with fetch (8 in flight), the floor any client pays. Ours: in-process (parse, query, compute), and the
// bundled CLI as a whole process. Median of 5. Target: under 1 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_THRESHOLDS, PrometheusClient, parseSloSpecs, renderQuery, takeSnapshot } from '../src/slo/index.js';
// @ts-expect-error plain ESM helper without types
import { findPrometheus, startPrometheus } from '../examples/slo-snapshot/prometheus.mjs';
// @ts-expect-error plain ESM helper without types
import { END_DEFAULT, openMetrics } from '../examples/slo-snapshot/traffic.mjs';

const root = resolve(import.meta.dirname, '..');
if (!findPrometheus()) {
  console.log('slo bench: skipped (prometheus not installed: apt-get install prometheus)');
  process.exit(0);
}
const services = ['payments', 'search', 'checkout', 'batch', 'ledger'];
const objectives = [99, 99.5, 99.9, 99.95];
const spec =
  'version: prometheus/v1\nservice: bench\nslos:\n' +
  services
    .flatMap((svc) =>
      objectives.map(
        (o) =>
          `  - name: ${svc}-${String(o).replace('.', '_')}\n    objective: ${o}\n    sli:\n      events:\n` +
          `        error_query: sum(rate(http_requests_total{service="${svc}",code=~"5.."}[{{.window}}]))\n` +
          `        total_query: sum(rate(http_requests_total{service="${svc}"}[{{.window}}]))\n`,
      ),
    )
    .join('');
const dir = mkdtempSync(join(tmpdir(), 'mc-slo-bench-'));
writeFileSync(join(dir, 'slos.yaml'), spec);

const server = await startPrometheus(openMetrics());
const at = new Date(END_DEFAULT);
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
async function time(f: () => Promise<unknown>, n = 5): Promise<number> {
  await f(); // warm the server's caches and the JIT alike
  const runs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    runs.push((performance.now() - t) / 1000);
  }
  return median(runs);
}
try {
  const specs = parseSloSpecs(spec, 'slos.yaml');
  const windows = ['30d', ...new Set(DEFAULT_THRESHOLDS.burnRateRules.flatMap((r) => [r.short, r.long]))];
  const queries = [
    ...new Set(
      specs.flatMap((s) =>
        windows.flatMap((w) => (s.sli.kind === 'errors' ? [renderQuery(s.sli.errors, w), renderQuery(s.sli.total, w)] : [])),
      ),
    ),
  ];
  const raw = await time(async () => {
    let next = 0;
    const worker = async () => {
      while (next < queries.length) {
        const q = queries[next++];
        const r = await fetch(`${server.url}/api/v1/query`, {
          method: 'POST',
          body: new URLSearchParams({ query: q, time: String(at.getTime() / 1000) }),
        });
        await r.json();
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  });
  const ours = await time(() => takeSnapshot(parseSloSpecs(spec, 'slos.yaml'), new PrometheusClient({ url: server.url }), at));
  const cli = await time(async () => {
    const r = spawnSync(
      join(root, 'node_modules/.bin/node'),
      [
        join(root, 'bin/mc.js'),
        'slo',
        'snapshot',
        '--prometheus',
        server.url,
        '--at',
        END_DEFAULT,
        '--slo',
        'slos.yaml',
        '--format',
        'json',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  });
  console.log(
    `SLOs: ${specs.length}, distinct PromQL queries: ${queries.length} (each SLO: SLO window + 7 burn-rate windows, errors and total)`,
  );
  console.log(`raw HTTP API, same queries (fetch, 8 in flight): ${raw.toFixed(3)} s`);
  console.log(`mc slo snapshot in-process:                     ${ours.toFixed(3)} s (${(ours / raw).toFixed(2)}x the raw queries)`);
  console.log(
    `mc slo snapshot, bundled CLI as a process:      ${cli.toFixed(3)} s (${(cli / raw).toFixed(2)}x)  target < 1 s: ${cli < 1 ? 'met' : 'NOT met'}`,
  );
} finally {
  await server.stop();
}
