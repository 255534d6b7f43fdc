#!/usr/bin/env node
// Generates the example metric data in this folder (deterministic: seeded PRNG). Run: node generate.mjs
// Models two hours of one-minute samples from a baseline and a canary of a checkout service:
// per-minute p95 / p99 latency (log-normal around 180 / 420 ms with a slow daily drift shared by both
// deployments), error ratio (binomial errors out of ~2,400 requests a minute, so many minutes have 0),
// cost per 1k requests (USD, gamma-like), compensation ratio (refunds issued / orders), and a few
// scrape gaps (null). metrics.json: a healthy canary (PROMOTE expected). regression.json: the same run
// where the canary's latency is 12% higher and its error ratio triples (HOLD expected).
// prometheus.json and k6.json carry a short window of the same series in those formats.
import { writeFileSync } from 'node:fs';

function rng(seed) {
  let a = seed >>> 0;
  const u = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const n = () => Math.sqrt(-2 * Math.log(u() || 1e-12)) * Math.cos(2 * Math.PI * u());
  const binom = (trials, p) => {
    // normal approximation with continuity, clipped at 0 (p*trials is small but the shape is right enough)
    const m = trials * p;
    return Math.max(0, Math.round(m + Math.sqrt(m * (1 - p)) * n()));
  };
  return { u, n, binom };
}

const N = 120;
const t0 = 1763719200; // 2025-11-21T10:00:00Z
const round = (v, d) => Number(v.toFixed(d));

function side(r, { latency = 1, errors = 1 }) {
  const out = { latency_p95: [], latency_p99: [], error_ratio: [], cost_per_1k: [], compensation_ratio: [] };
  for (let i = 0; i < N; i++) {
    const drift = 1 + 0.05 * Math.sin((2 * Math.PI * i) / N);
    const requests = Math.round(2400 * drift + 120 * r.n());
    const gap = r.u() < 0.02; // scrape gap
    out.latency_p95.push(gap ? null : round(180 * latency * drift * Math.exp(0.08 * r.n()), 1));
    out.latency_p99.push(gap ? null : round(420 * latency * drift * Math.exp(0.15 * r.n()), 1));
    out.error_ratio.push(gap ? null : round(r.binom(requests, 0.0008 * errors) / requests, 6));
    out.cost_per_1k.push(round(0.042 * drift * Math.exp(0.06 * r.n()), 5));
    out.compensation_ratio.push(round(r.binom(Math.round(requests / 4), 0.0015) / Math.round(requests / 4), 6));
  }
  return out;
}

function dataset(canaryEffect) {
  const b = side(rng(11), {});
  const c = side(rng(29), canaryEffect);
  const metrics = {};
  for (const k of Object.keys(b)) metrics[k] = { baseline: b[k], canary: c[k] };
  return { step: 60, start: t0, metrics };
}

const healthy = dataset({ latency: 1.01, errors: 1 });
const regression = dataset({ latency: 1.12, errors: 3 });
const write = (f, o) => writeFileSync(new URL(f, import.meta.url), JSON.stringify(o, null, 1).replace(/\n\s+(?=[\d\-n\]])/g, ' ') + '\n');
write('metrics.json', healthy);
write('regression.json', regression);

// Prometheus query_range (matrix), first 30 minutes of latency_p95 and error_ratio, label version
const prom = {};
for (const m of ['latency_p95', 'error_ratio']) {
  prom[m] = {
    status: 'success',
    data: {
      resultType: 'matrix',
      result: ['baseline', 'canary'].map((v) => ({
        metric: { __name__: m, job: 'checkout', version: v },
        values: healthy.metrics[m][v].slice(0, 30).map((x, i) => [t0 + 60 * i, x === null ? 'NaN' : String(x)]),
      })),
    },
  };
}
write('prometheus.json', prom);

// k6 --out json: http_req_duration points of 60 requests per deployment, tag version
const r = rng(7);
const lines = [
  JSON.stringify({
    type: 'Metric',
    metric: 'http_req_duration',
    data: { name: 'http_req_duration', type: 'trend', contains: 'time', thresholds: [], submetrics: null },
  }),
];
for (let i = 0; i < 120; i++) {
  const v = i % 2 ? 'canary' : 'baseline';
  const t = new Date((t0 + i) * 1000).toISOString();
  lines.push(
    JSON.stringify({
      type: 'Point',
      metric: 'http_req_duration',
      data: {
        time: t,
        value: round(95 * Math.exp(0.25 * r.n()), 3),
        tags: { group: '', method: 'GET', name: 'https://checkout.example/api/cart', status: '200', version: v },
      },
    }),
  );
}
writeFileSync(new URL('k6.json', import.meta.url), lines.join('\n') + '\n');
