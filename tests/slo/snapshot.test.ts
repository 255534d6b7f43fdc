/**
 * slo-snapshot against a real Prometheus (Debian's `prometheus`), backfilled with the example
 * traffic: every figure must equal what PromQL itself returns for the same expression (relative
 * difference < 1e-9), warn and page fire at their thresholds, missing data and an unreachable server
 * are exit 2, and signed snapshots verify.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer as createHttpServer, type IncomingHttpHeaders } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemaValidator } from '../../src/core/schema.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mc } from '../helpers/cli.js';
import { describeWith, itWith } from '../helpers/references.js';
import { repoRoot, runBuiltAction } from '../harness/runner.js';
import { parseJwks } from '../../src/core/ed25519.js';
import { verifyEnvelope } from '../../src/core/dsse.js';
import { SLO_SNAPSHOT_PREDICATE, type SloSnapshot } from '../../src/slo/index.js';
// @ts-expect-error plain ESM helper without types
import { startPrometheus } from '../../examples/slo-snapshot/prometheus.mjs';
// @ts-expect-error plain ESM helper without types
import { openMetrics, END_DEFAULT } from '../../examples/slo-snapshot/traffic.mjs';

const AT = END_DEFAULT as string;
const SLOS = join(repoRoot, 'examples/slo-snapshot/slos');
const DEV_KEY = join(repoRoot, 'examples/keys/dev-not-for-production.pem');
const DEV_JWKS = join(repoRoot, 'examples/keys/dev-jwks.json');

let server: { url: string; stop: () => Promise<void> };

/** Asks Prometheus directly (the reference), independent of src/slo. */
async function promql(expr: string, at = AT): Promise<number> {
  const r = await fetch(`${server.url}/api/v1/query`, {
    method: 'POST',
    body: new URLSearchParams({ query: expr, time: String(Date.parse(at) / 1000) }),
  });
  const body = (await r.json()) as { status: string; data: { result: { value: [number, string] }[] } };
  expect(body.status).toBe('success');
  expect(body.data.result).toHaveLength(1);
  return Number(body.data.result[0].value[1]);
}

const rel = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

async function snapshot(args: string[], cwd = repoRoot) {
  const r = await mc(['slo', 'snapshot', '--prometheus', server.url, '--at', AT, '--format', 'json', ...args], { cwd });
  return { ...r, json: r.stdout ? (JSON.parse(r.stdout) as SloSnapshot) : undefined };
}

describeWith(['prometheus'], 'mc slo snapshot against a real Prometheus', () => {
  beforeAll(async () => {
    server = await startPrometheus(openMetrics());
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('sli, budget and every burn rate equal PromQL over the HTTP API (relative difference < 1e-9)', async () => {
    const { code, json } = await snapshot(['--slo', `${SLOS}/sloth-services.yaml`, '--slo', `${SLOS}/ledger.openslo.yaml`]);
    expect(code).toBe(1); // checkout pages
    expect(json!.slos.map((s) => s.name).sort()).toEqual([
      'ledger-writes',
      'shop-batch-availability',
      'shop-checkout-availability',
      'shop-payments-availability',
      'shop-search-availability',
    ]);
    let compared = 0;
    for (const s of json!.slos) {
      // the error ratio over a window, written out in PromQL by hand (not by src/slo)
      const svc = s.name === 'ledger-writes' ? 'ledger' : s.name.split('-')[1];
      const ratio = (w: string) =>
        s.name === 'ledger-writes'
          ? `(1 - sum(rate(http_requests_total{service="ledger",code!~"5.."}[${w}])) / sum(rate(http_requests_total{service="ledger"}[${w}])))`
          : `(sum(rate(http_requests_total{service="${svc}",code=~"5.."}[${w}])) / sum(rate(http_requests_total{service="${svc}"}[${w}])))`;
      expect(rel(s.sli, await promql(`1 - ${ratio(s.window)}`))).toBeLessThan(1e-9);
      expect(rel(s.budgetConsumed, await promql(`${ratio(s.window)} / (1 - ${s.objective})`))).toBeLessThan(1e-9);
      expect(rel(s.budgetRemaining, await promql(`1 - ${ratio(s.window)} / (1 - ${s.objective})`))).toBeLessThan(1e-9);
      expect(Object.keys(s.burnRates)).toEqual(['5m', '30m', '1h', '2h', '6h', '24h', '72h']);
      for (const [w, b] of Object.entries(s.burnRates)) {
        expect(rel(b!, await promql(`${ratio(w)} / (1 - ${s.objective})`)), `${s.name} ${w}`).toBeLessThan(1e-9);
        compared++;
      }
    }
    expect(compared).toBe(35);
    // and against the traffic as generated (an independent sanity check of the fixture itself)
    const by = Object.fromEntries(json!.slos.map((s) => [s.name, s]));
    expect(by['shop-payments-availability'].sli).toBeCloseTo(0.9998, 6);
    expect(by['shop-search-availability'].budgetConsumed).toBeCloseTo(0.85, 4);
    expect(by['shop-checkout-availability'].burnRates['1h']).toBeCloseTo(20, 3);
    expect(by['ledger-writes'].window).toBe('28d');
  });

  it('warn and page fire at their thresholds: budget consumed, fast burn, slow burn', async () => {
    const { json } = await snapshot(['--slo', `${SLOS}/sloth-services.yaml`, '--slo', `${SLOS}/ledger.openslo.yaml`]);
    const status = Object.fromEntries(json!.slos.map((s) => [s.name, s.status]));
    expect(status).toEqual({
      'ledger-writes': 'ok',
      'shop-payments-availability': 'ok',
      'shop-search-availability': 'warn', // 85% consumed >= 80%
      'shop-checkout-availability': 'page', // 20x over 1h and 5m > 14.4
      'shop-batch-availability': 'warn', // 4x over 24h and 2h > 3
    });
    const checkout = json!.slos.find((s) => s.name === 'shop-checkout-availability')!;
    expect(checkout.alerts.map((a) => `${a.severity}/${a.kind}`)).toEqual(['page/burn-rate']);
    expect(json!.status).toBe('page');
    // thresholds are configurable: at 90% search no longer warns; at 50% checkout pages on budget too
    const t = await snapshot(['--slo', `${SLOS}/sloth-services.yaml`, '--warn-budget', '0.5', '--page-budget', '0.86']);
    const byName = Object.fromEntries(t.json!.slos.map((s) => [s.name, s]));
    expect(byName['shop-checkout-availability'].alerts.map((a) => `${a.severity}/${a.kind}`)).toEqual(['page/burn-rate', 'warn/budget']);
    expect(byName['shop-search-availability'].alerts.map((a) => `${a.severity}/${a.kind}`)).toEqual(['warn/budget']);
    const t2 = await snapshot(['--slo', `${SLOS}/sloth-services.yaml`, '--page-budget', '0.84']);
    expect(t2.json!.slos.find((s) => s.name === 'shop-search-availability')!.status).toBe('page');
  });

  it('exit codes: 0 without a page, 1 with one, 1 on warn with --fail-on warn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-slo-'));
    writeFileSync(join(dir, 'ok.yaml'), readFileSync(`${SLOS}/ledger.openslo.yaml`));
    expect((await snapshot(['--slo', 'ok.yaml'], dir)).code).toBe(0);
    expect((await snapshot(['--slo', `${SLOS}/sloth-services.yaml`])).code).toBe(1);
    const search = readFileSync(`${SLOS}/sloth-services.yaml`, 'utf8')
      .replace(/slos:[\s\S]*?- name: "search-availability"/, 'slos:\n  - name: "search-availability"')
      .replace(/\n {2}- name: "checkout[\s\S]*$/, '\n');
    writeFileSync(join(dir, 'search.yaml'), search);
    const w = await snapshot(['--slo', 'search.yaml'], dir);
    expect(w.json!.status).toBe('warn');
    expect(w.code).toBe(0);
    expect((await snapshot(['--slo', 'search.yaml', '--fail-on', 'warn'], dir)).code).toBe(1);
  });

  it('missing data is exit 2 naming the query: a total query with no series, several series, an unknown metric', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-slo-'));
    const spec = (total: string) =>
      `version: prometheus/v1\nservice: x\nslos:\n  - name: a\n    objective: 99\n    sli:\n      events:\n        error_query: sum(rate(http_requests_total{service="nope",code=~"5.."}[{{.window}}]))\n        total_query: ${total}\n`;
    writeFileSync(join(dir, 'empty.yaml'), spec('sum(rate(http_requests_total{service="nope"}[{{.window}}]))'));
    const e = await snapshot(['--slo', 'empty.yaml'], dir);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/no data: query "sum\(rate\(http_requests_total\{service=\\"nope\\"\}\[30d\]\)\)" returned no series/);
    writeFileSync(join(dir, 'many.yaml'), spec('rate(http_requests_total[{{.window}}])'));
    const m = await snapshot(['--slo', 'many.yaml'], dir);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/returned \d+ series; expected one/);
    writeFileSync(join(dir, 'bad.yaml'), spec('sum(rate(http_requests_total[{{.window}}])'));
    const b = await snapshot(['--slo', 'bad.yaml'], dir);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/bad_data: .*parse error/);
  });

  it('signed snapshot: an in-toto Statement in DSSE over the spec files, valid against the predicate schema; the ledger records the budget delta', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-slo-'));
    writeFileSync(join(dir, 'slos.yaml'), readFileSync(`${SLOS}/sloth-services.yaml`));
    const day = new Date(Date.parse(AT) - 86400_000).toISOString();
    const prev = await mc(
      ['slo', 'snapshot', '--prometheus', server.url, '--at', day, '--slo', 'slos.yaml', '--out', 'prev.intoto.jsonl', '--key', DEV_KEY],
      { cwd: dir },
    );
    expect(prev.code).toBe(0); // a day earlier checkout had not spiked, batch had just begun
    const r = await mc(
      [
        'slo',
        'snapshot',
        '--prometheus',
        server.url,
        '--at',
        AT,
        '--slo',
        'slos.yaml',
        '--previous',
        'prev.intoto.jsonl',
        '--jwks',
        DEV_JWKS,
        '--out',
        'now.intoto.jsonl',
        '--key',
        DEV_KEY,
        '--format',
        'json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    const env = JSON.parse(readFileSync(join(dir, 'now.intoto.jsonl'), 'utf8'));
    const v = verifyEnvelope(env, await parseJwks(readFileSync(DEV_JWKS, 'utf8'), 'jwks'));
    expect(v.validKeys).toHaveLength(1);
    const st = JSON.parse(Buffer.from(v.payload).toString('utf8'));
    expect(st.predicateType).toBe(SLO_SNAPSHOT_PREDICATE);
    expect(st.subject).toEqual([
      {
        name: 'slos.yaml',
        digest: {
          sha256: (await import('node:crypto'))
            .createHash('sha256')
            .update(readFileSync(join(dir, 'slos.yaml')))
            .digest('hex'),
        },
      },
    ]);
    const validate = schemaValidator(JSON.parse(readFileSync(join(repoRoot, 'schemas/slo-snapshot.schema.json'), 'utf8')));
    expect(validate(st.predicate), JSON.stringify(validate.errors)).toBe(true);
    const earlier = JSON.parse(
      Buffer.from(JSON.parse(readFileSync(join(dir, 'prev.intoto.jsonl'), 'utf8')).payload, 'base64').toString('utf8'),
    ).predicate as SloSnapshot;
    for (const s of st.predicate.slos as SloSnapshot['slos']) {
      const p = earlier.slos.find((x) => x.name === s.name)!;
      expect(s.ledger).toEqual({
        previousAt: day,
        previousBudgetConsumed: p.budgetConsumed,
        budgetConsumedDelta: s.budgetConsumed - p.budgetConsumed,
      });
    }
    // never overwritten in place
    const again = await mc(
      ['slo', 'snapshot', '--prometheus', server.url, '--at', AT, '--slo', 'slos.yaml', '--out', 'now.intoto.jsonl', '--key', DEV_KEY],
      { cwd: dir },
    );
    expect(again.code).toBe(2);
    // a tampered previous snapshot is refused; so is a signed one without a JWKS, and a later one
    const tampered = readFileSync(join(dir, 'prev.intoto.jsonl'), 'utf8').replace(
      /"payload":"(.)/,
      (_m, c) => `"payload":"${c === 'A' ? 'B' : 'A'}`,
    );
    writeFileSync(join(dir, 'tampered.intoto.jsonl'), tampered);
    expect((await snapshot(['--slo', 'slos.yaml', '--previous', 'tampered.intoto.jsonl', '--jwks', DEV_JWKS], dir)).code).toBe(2);
    expect((await snapshot(['--slo', 'slos.yaml', '--previous', 'prev.intoto.jsonl'], dir)).code).toBe(2);
    const later = await mc(
      [
        'slo',
        'snapshot',
        '--prometheus',
        server.url,
        '--at',
        day,
        '--slo',
        'slos.yaml',
        '--previous',
        'now.intoto.jsonl',
        '--jwks',
        DEV_JWKS,
      ],
      { cwd: dir },
    );
    expect(later.code).toBe(2);
    expect(later.stderr).toMatch(/a snapshot taken before/);
  });
  it('the action (bundle, runner contract): outputs, job summary, annotations on the spec line, signed snapshot, key never printed', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'mc-slo-ws-'));
    cpSync(SLOS, join(ws, 'slos'), { recursive: true });
    const key = readFileSync(DEV_KEY, 'utf8');
    const r = await runBuiltAction('slo-snapshot', {
      workspace: ws,
      inputs: {
        prometheus: server.url,
        slo: 'slos/*.yaml',
        at: AT,
        out: 'evidence/slo-snapshot.intoto.jsonl',
        key,
        report: 'evidence/slo-report.json',
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      status: 'page',
      paging: 'shop-checkout-availability',
      warning: 'shop-search-availability,shop-batch-availability',
      snapshot: 'evidence/slo-snapshot.intoto.jsonl',
      report: 'evidence/slo-report.json',
    });
    expect(JSON.parse(r.outputs['budget-remaining'])['shop-payments-availability']).toBeCloseTo(0.8, 6);
    expect(r.summary).toContain('### SLO snapshot: PAGE');
    expect(r.summary).toMatch(/\| \*\*PAGE\*\* \| shop-checkout-availability \| 99\.90% \/ 30d \|/);
    expect(r.annotations.map((a) => [a.level, a.props.file, a.props.line, a.props.title])).toEqual([
      ['warning', 'slos/sloth-services.yaml', '16', 'slo-snapshot: shop-search-availability warn'],
      ['error', 'slos/sloth-services.yaml', '22', 'slo-snapshot: shop-checkout-availability page'],
      ['warning', 'slos/sloth-services.yaml', '28', 'slo-snapshot: shop-batch-availability warn'],
      ['warning', 'slos/sloth-services.yaml', '28', 'slo-snapshot: shop-batch-availability warn'],
      ['error', undefined, undefined, undefined],
    ]);
    // the key reaches the log only as ::add-mask:: commands (consumed by the runner, never shown)
    const shown =
      r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n') +
      r.stderr +
      r.summary;
    expect(shown).not.toMatch(/PRIVATE KEY|MC4CAQAw/);
    const env = JSON.parse(readFileSync(join(ws, 'evidence/slo-snapshot.intoto.jsonl'), 'utf8'));
    expect(verifyEnvelope(env, await parseJwks(readFileSync(DEV_JWKS, 'utf8'), 'jwks')).validKeys).toHaveLength(1);
    // fail-on: warn turns a warn-only set into a failure; unusable input is exit 2 with an ::error line
    const only = await runBuiltAction('slo-snapshot', {
      workspace: ws,
      inputs: { prometheus: server.url, slo: 'slos/ledger.openslo.yaml', at: AT },
    });
    expect([only.exitCode, only.outputs.status]).toEqual([0, 'ok']);
    const bad = await runBuiltAction('slo-snapshot', {
      workspace: ws,
      inputs: { prometheus: server.url, slo: 'slos/ledger.openslo.yaml', 'fail-on': 'sometimes' },
    });
    expect(bad.exitCode).toBe(2);
    expect(bad.stdout).toContain("::error title=unusable input::input 'fail-on': expected page or warn, found 'sometimes'");
  }, 60_000);
});

describe('mc slo snapshot without a server', () => {
  it('an unreachable Prometheus is exit 2 naming the server and the query, never a pass', async () => {
    // a port that was just free: nothing listens there
    const port = await new Promise<number>((res) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => res(p));
      });
    });
    const r = await mc(
      ['slo', 'snapshot', '--prometheus', `http://127.0.0.1:${port}`, '--at', AT, '--slo', join(SLOS, 'ledger.openslo.yaml')],
      { cwd: repoRoot },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`prometheus http://127.0.0.1:${port} unreachable (ECONNREFUSED) for query "sum(rate`);
  });
  it('refuses credentials inside the URL (they would be logged) and bad flags', async () => {
    const spec = join(SLOS, 'ledger.openslo.yaml');
    expect((await mc(['slo', 'snapshot', '--prometheus', 'http://u:secret@127.0.0.1:9', '--slo', spec])).stderr).not.toContain('secret');
    for (const bad of [
      ['--at', 'yesterday'],
      ['--format', 'xml'],
      ['--fail-on', 'never'],
      ['--warn-budget', 'x'],
      ['--warn-budget', '0.95'],
      ['--timeout', '0'],
    ]) {
      const r = await mc(['slo', 'snapshot', '--prometheus', 'http://127.0.0.1:9', '--slo', spec, ...bad]);
      expect(r.code, bad.join(' ')).toBe(2);
    }
  });
  it('sends the bearer token, basic auth and headers; a server that does not answer times out (exit 2)', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const fake = createHttpServer((req, res) => {
      seen.push(req.headers);
      if (req.headers['x-hang']) return; // never answers
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [0, '1'] }] } }));
    });
    await new Promise<void>((res) => fake.listen(0, '127.0.0.1', res));
    const url = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
    const dir = mkdtempSync(join(tmpdir(), 'mc-slo-'));
    writeFileSync(join(dir, 'token'), 's3cr3t-token\n');
    writeFileSync(join(dir, 'auth'), 'alice:pa55\n');
    writeFileSync(join(dir, 'slo.yaml'), readFileSync(join(SLOS, 'ledger.openslo.yaml')));
    try {
      const a = await mc(
        [
          'slo',
          'snapshot',
          '--prometheus',
          url,
          '--slo',
          'slo.yaml',
          '--bearer-token-file',
          'token',
          '--header',
          'X-Scope-OrgID: tenant-1',
        ],
        { cwd: dir },
      );
      expect(a.code).toBe(0);
      expect(seen.every((h) => h.authorization === 'Bearer s3cr3t-token' && h['x-scope-orgid'] === 'tenant-1')).toBe(true);
      seen.length = 0;
      expect(
        (await mc(['slo', 'snapshot', '--prometheus', url, '--slo', 'slo.yaml', '--basic-auth-file', 'auth'], { cwd: dir })).code,
      ).toBe(0);
      expect(seen[0].authorization).toBe(`Basic ${Buffer.from('alice:pa55').toString('base64')}`);
      const t = await mc(['slo', 'snapshot', '--prometheus', url, '--slo', 'slo.yaml', '--header', 'X-Hang: 1', '--timeout', '0.3'], {
        cwd: dir,
      });
      expect(t.code).toBe(2);
      expect(t.stderr).toMatch(/unreachable \(no answer within 300 ms\)/);
      expect(t.stderr + a.stderr + a.stdout).not.toContain('s3cr3t');
    } finally {
      fake.closeAllConnections();
      await new Promise((res) => fake.close(res));
    }
  });

  itWith(['openssl'], 'verifies TLS: a server with a self-signed certificate is refused (exit 2), never queried blindly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-slo-tls-'));
    // a throwaway self-signed certificate for 127.0.0.1 (OpenSSL, as any operator would make one)
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'pipe' },
    );
    let asked = 0;
    const tls = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => {
      asked++;
      res.end('{}');
    });
    await new Promise<void>((res) => tls.listen(0, '127.0.0.1', res));
    try {
      const r = await mc(
        [
          'slo',
          'snapshot',
          '--prometheus',
          `https://127.0.0.1:${(tls.address() as AddressInfo).port}`,
          '--slo',
          join(SLOS, 'ledger.openslo.yaml'),
        ],
        { cwd: repoRoot },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/unreachable \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\)/);
      expect(asked).toBe(0);
    } finally {
      await new Promise((res) => tls.close(res));
    }
  });
});
