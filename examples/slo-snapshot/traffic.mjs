#!/usr/bin/env node
// Generates the example traffic of examples/slo-snapshot as OpenMetrics text (counters sampled every
// minute for 31 days before END), for `promtool tsdb create-blocks-from openmetrics`. Deterministic:
// the same bytes every run. Usage: node traffic.mjs [--end 2026-11-30T00:00:00Z] > traffic.om
//
// Services (requests per second, error fraction):
//   payments  10 rps, 0.02% errors                    -> ok   (20% of a 99.9% budget)
//   search    20 rps, 0.085% errors                   -> warn (85% of the budget consumed)
//   checkout  10 rps, 0.05% errors, 2% in the last hour -> page (fast burn: 20x over 1h and 5m)
//   batch      5 rps, 0.01% errors, 0.4% in the last day -> warn (slow burn: 4x over 24h and 2h)
//   ledger    50 rps, 0.03% errors (OpenSLO good/total) -> ok
export const END_DEFAULT = '2026-11-30T00:00:00Z';
export const SERVICES = [
  { service: 'payments', rps: 10, errors: () => 0.0002 },
  { service: 'search', rps: 20, errors: () => 0.00085 },
  { service: 'checkout', rps: 10, errors: (age) => (age < 3600 ? 0.02 : 0.0005) },
  { service: 'batch', rps: 5, errors: (age) => (age < 86400 ? 0.004 : 0.0001) },
  { service: 'ledger', rps: 50, errors: () => 0.0003 },
];

/** OpenMetrics text: http_requests_total{service, code} counters, one sample a `step` seconds. */
export function openMetrics({ end = END_DEFAULT, days = 31, step = 60, services = SERVICES } = {}) {
  const endS = Date.parse(end) / 1000;
  const startS = endS - days * 86400;
  const out = ['# HELP http_requests HTTP requests served.', '# TYPE http_requests counter'];
  for (const s of services) {
    let ok = 0;
    let err = 0;
    const okLines = [];
    const errLines = [];
    for (let t = startS; t <= endS; t += step) {
      if (t > startS) {
        const f = s.errors(endS - t);
        err += s.rps * step * f;
        ok += s.rps * step * (1 - f);
      }
      okLines.push(`http_requests_total{code="200",service="${s.service}"} ${+ok.toFixed(6)} ${t}`);
      errLines.push(`http_requests_total{code="500",service="${s.service}"} ${+err.toFixed(6)} ${t}`);
    }
    out.push(...okLines, ...errLines);
  }
  out.push('# EOF');
  return out.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--end');
  process.stdout.write(openMetrics({ end: i > 0 ? process.argv[i + 1] : END_DEFAULT }));
}
