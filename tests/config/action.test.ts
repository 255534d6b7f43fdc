/**
 * The bundled action run as the GitHub runner runs it (tests/harness/runner.ts), and the sticky PR
 * comment against a loopback HTTP server standing in for the GitHub REST API.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltAction } from '../harness/runner.js';
import { stickyMarker, upsertStickyComment, type CommentsClient } from '../../src/config/comment.js';
import { DEV_JWKS, DEV_KEY, put, workspace } from './helpers.js';

/** A minimal GitHub issues-comments API: list, create, update; records every request. */
class FakeGitHub {
  comments: { id: number; body: string }[] = [];
  requests: { method: string; url: string; auth?: string }[] = [];
  server: Server = createServer((req, res) => void this.handle(req, res));
  private nextId = 1000;
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server.close(() => r()));
  }
  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse) {
    let body = '';
    for await (const chunk of req) body += chunk;
    this.requests.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization });
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && /^\/repos\/mc\/example\/issues\/7\/comments$/.test(path)) return send(200, this.comments);
    if (req.method === 'POST' && /^\/repos\/mc\/example\/issues\/7\/comments$/.test(path)) {
      const c = { id: this.nextId++, body: JSON.parse(body).body };
      this.comments.push(c);
      return send(201, c);
    }
    const m = /^\/repos\/mc\/example\/issues\/comments\/(\d+)$/.exec(path);
    if (req.method === 'PATCH' && m) {
      const c = this.comments.find((x) => x.id === Number(m[1]));
      if (!c) return send(404, { message: 'Not Found' });
      c.body = JSON.parse(body).body;
      return send(200, c);
    }
    send(404, { message: 'Not Found' });
  }
}

const gh = new FakeGitHub();
beforeAll(() => gh.start());
afterAll(() => gh.stop());

describe('sticky PR comment (octokit from @actions/github against a loopback GitHub API)', () => {
  it('creates one comment, then updates it in place; other comments are left alone', async () => {
    gh.comments.push({ id: 1, body: 'LGTM' });
    const octokit = getOctokit('test-token', { baseUrl: gh.url }) as unknown as CommentsClient;
    const target = { owner: 'mc', repo: 'example', issue_number: 7 };
    const a = await upsertStickyComment(octokit, target, stickyMarker('staging'), 'first');
    const b = await upsertStickyComment(octokit, target, stickyMarker('staging'), 'second');
    const c = await upsertStickyComment(octokit, target, stickyMarker('production'), 'prod');
    expect(a.action).toBe('created');
    expect(b).toEqual({ action: 'updated', id: a.id });
    expect(c.action).toBe('created');
    expect(gh.comments.map((x) => x.body)).toEqual([
      'LGTM',
      '<!-- mc-config-attest:staging -->\nsecond',
      '<!-- mc-config-attest:production -->\nprod',
    ]);
    expect(gh.requests.every((r) => r.auth === 'token test-token')).toBe(true);
    gh.comments = [];
  });
});

describe('bundled action (runner contract)', () => {
  it('snapshot, then verify on a pull request: drift exit 1, outputs, summary, annotations on changed lines, one sticky comment', async () => {
    const ws = workspace('mc-ws-config-');
    put(ws, 'deploy/operator.yaml', 'drift-pairs/kube-prometheus-prometheusOperator-deployment/before.yaml');
    put(ws, 'deploy/values.yaml', 'helm-values/prometheus-community/alertmanager.values.yaml');
    writeFileSync(join(ws, 'jwks.json'), readFileSync(DEV_JWKS));
    const s = await runBuiltAction('config-attest', {
      workspace: ws,
      inputs: {
        mode: 'snapshot',
        paths: 'deploy/*.yaml',
        environment: 'production',
        'private-key': readFileSync(DEV_KEY, 'utf8'),
        snapshot: 'baseline.intoto.jsonl',
      },
    });
    expect(s.exitCode, s.stdout + s.stderr).toBe(0);
    expect(s.outputs).toMatchObject({ status: 'snapshot', resources: '2' });
    // the key reaches the log only as ::add-mask:: commands (consumed by the runner, never shown)
    expect(
      s.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toMatch(/PRIVATE KEY|MC4CAQAw/);

    put(ws, 'deploy/operator.yaml', 'drift-pairs/kube-prometheus-prometheusOperator-deployment/after.yaml');
    const event = join(ws, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }));
    const env = { GITHUB_API_URL: gh.url, GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' };
    const inputs = {
      mode: 'verify',
      environment: 'production',
      paths: 'deploy/*.yaml',
      baseline: 'baseline.intoto.jsonl',
      jwks: 'jwks.json',
      report: 'out/report.json',
      'github-token': 'ghs_test',
    };
    const v = await runBuiltAction('config-attest', { workspace: ws, inputs, env });
    expect(v.exitCode).toBe(1);
    expect(v.outputs).toMatchObject({ status: 'drift', title: 'DRIFT', drift: 'true', changes: '12', report: 'out/report.json' });
    expect(v.summary).toContain('config-attest: DRIFT (production)');
    expect(v.summary).toContain('`spec.template.spec.containers[name=prometheus-operator].image`');
    const image = v.annotations.find((a) => a.message.includes('containers[name=prometheus-operator].image'));
    expect(image).toMatchObject({ level: 'error', props: { file: 'deploy/operator.yaml', line: '40' } });
    expect(v.annotations.filter((a) => a.level === 'error' && a.props.file)).toHaveLength(12);
    const report = JSON.parse(readFileSync(join(ws, 'out/report.json'), 'utf8'));
    expect(report.counts.changes).toBe(12);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0].body).toMatch(/^<!-- mc-config-attest:production -->\n### ❌ config-attest: DRIFT/);

    // approved on the second run: exit 0, DRIFT APPROVED, the same comment updated
    const a = await runBuiltAction('config-attest', {
      workspace: ws,
      inputs: {
        ...inputs,
        report: 'out/report2.json',
        'change-approved': 'true',
        'approved-snapshot': 'approved.intoto.jsonl',
        'private-key': readFileSync(DEV_KEY, 'utf8'),
      },
      env,
    });
    expect(a.exitCode, a.stdout).toBe(0);
    expect(a.outputs).toMatchObject({
      status: 'drift-approved',
      title: 'DRIFT APPROVED',
      drift: 'true',
      report: 'out/report2.json',
      snapshot: 'approved.intoto.jsonl',
    });
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0].body).toContain('DRIFT APPROVED');
    expect(gh.comments[0].body).toContain('approved (change-approved) by **octocat**');
    const approved = JSON.parse(
      Buffer.from(JSON.parse(readFileSync(join(ws, 'approved.intoto.jsonl'), 'utf8')).payload, 'base64').toString(),
    );
    expect(approved.predicate.approval).toMatchObject({ actor: 'octocat', run: 'https://github.com/mc/example/actions/runs/1' });
  });

  it('a baseline signed by an untrusted key is exit 2, never a pass', async () => {
    const ws = workspace('mc-ws-config-');
    put(ws, 'operator.yaml', 'manifests/kube-prometheus/prometheusOperator-deployment.yaml');
    await runBuiltAction('config-attest', {
      workspace: ws,
      inputs: {
        mode: 'snapshot',
        paths: 'operator.yaml',
        environment: 'prod',
        'private-key': readFileSync(DEV_KEY, 'utf8'),
        snapshot: 'b.jsonl',
      },
    });
    writeFileSync(
      join(ws, 'jwks.json'),
      JSON.stringify({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' }] }),
    );
    const r = await runBuiltAction('config-attest', {
      workspace: ws,
      inputs: { mode: 'verify', environment: 'prod', paths: 'operator.yaml', baseline: 'b.jsonl', jwks: 'jwks.json' },
    });
    expect(r.exitCode).toBe(2);
    expect(r.outputs.status).toBeUndefined();
    expect(r.annotations[0]).toMatchObject({ level: 'error', props: { title: 'unusable input' } });
    expect(r.annotations[0].message).toContain('no trusted key signed this baseline');
  });
});
