/** The optional judge against a loopback OpenAI-compatible server (127.0.0.1, stopped after the tests). */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/grounding/gate.js';
import { cacheEntryMac, completionsUrl, judgeKey, parseJudgeReply } from '../../src/grounding/judge.js';
import type { GroundingCase } from '../../src/grounding/types.js';
import { mc } from '../helpers/cli.js';

let server: Server;
let base = '';
const seen: { auth?: string; body: { model: string; messages: { role: string; content: string }[] } }[] = [];
let mode: 'supported' | 'unsupported' | 'error' = 'supported';

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      seen.push({ auth: req.headers.authorization, body: JSON.parse(data) });
      if (req.url !== '/v1/chat/completions' || mode === 'error') {
        res.writeHead(500).end('{}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: `{"verdict": "${mode}", "reason": "test"}` } }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/v1`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

const SOURCE = 'The Early Bird Bundle costs $100/month for the first 20 customers.';
// an off-topic claim: unverified (low coverage) locally; a changed price: ungrounded
const cases: GroundingCase[] = [
  { id: 'weak', contexts: [{ id: 'd', text: SOURCE }], answer: 'Quarterly revenue depends on weather patterns across coastal regions.' },
  {
    id: 'bad',
    contexts: [{ id: 'd', text: SOURCE }],
    answer: 'The Early Bird Bundle costs $150/month. Quarterly revenue depends on weather patterns across coastal regions.',
  },
];
const input = { file: 'cases.jsonl', sha256: '0'.repeat(64) };
const CACHE_KEY = 'test-cache-key-0123456789abcdef';

describe('judge', () => {
  it('asks about unverified claims only, sends the key as a bearer token, caches verdicts by content hash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-judge-'));
    const cacheFile = join(dir, 'cache.json');
    mode = 'supported';
    seen.length = 0;
    const judge = { url: base, model: 'test-model', apiKey: 'sk-test-secret-123', cacheFile, cacheKey: CACHE_KEY };
    const r1 = await runGate(cases, input, { judge, minPassRate: 0.5 });
    expect(seen.length).toBe(1); // the same unverified claim in both answers: asked once; the ungrounded claim is never sent
    expect(seen[0].auth).toBe('Bearer sk-test-secret-123');
    expect(seen[0].body.model).toBe('test-model');
    expect(seen[0].body.messages[1].content).toContain(SOURCE);
    expect(r1.answers[0].verdict).toBe('grounded');
    expect(r1.answers[0].claims[0].judge).toMatchObject({ verdict: 'supported', cached: false, model: 'test-model' });
    // the judge never overrides a high-precision flag
    expect(r1.answers[1].verdict).toBe('ungrounded');
    expect(r1.judge).toMatchObject({ endpoint: `${base}/chat/completions`, calls: 1, cacheHits: 1, errors: 0 });
    expect(JSON.stringify(r1)).not.toContain('sk-test-secret-123');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    expect(Object.keys(cache.entries)).toHaveLength(1); // the same claim and sources: one key
    expect(Object.keys(cache.entries)[0]).toBe(r1.answers[0].claims[0].judge?.key);

    // rerun: deterministic and free
    seen.length = 0;
    mode = 'error';
    const r2 = await runGate(cases, input, { judge, minPassRate: 0.5 });
    expect(seen.length).toBe(0);
    expect(r2.answers.map((a) => a.verdict)).toEqual(r1.answers.map((a) => a.verdict));
    expect(r2.judge).toMatchObject({ calls: 0, cacheHits: 2 });
  });

  it('fails closed: an unreachable or failing endpoint leaves claims unverified', async () => {
    mode = 'error';
    const r = await runGate([cases[0]], input, { judge: { url: base, model: 'm' } });
    expect(r.answers[0].verdict).toBe('unverified');
    expect(r.answers[0].claims[0].judge?.verdict).toBe('unknown');
    expect(r.passed).toBe(false);
    const down = await runGate([cases[0]], input, { judge: { url: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 2000 } });
    expect(down.answers[0].verdict).toBe('unverified');
    expect(down.judge?.errors).toBe(1);
  });

  it('an unsupported verdict keeps the claim unverified', async () => {
    mode = 'unsupported';
    const r = await runGate([cases[0]], input, { judge: { url: base, model: 'm2' } });
    expect(r.answers[0].verdict).toBe('unverified');
    expect(r.answers[0].claims[0].judge?.verdict).toBe('unsupported');
  });

  it('through the CLI: the key comes from the environment, never from argv, and is never printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-judge-cli-'));
    writeFileSync(join(dir, 'cases.jsonl'), JSON.stringify(cases[0]) + '\n');
    mode = 'supported';
    seen.length = 0;
    const env = { ...process.env, MC_JUDGE_API_KEY: 'sk-cli-secret-456', MC_JUDGE_CACHE_KEY: 'cli-cache-key-0123456789' };
    const r = await mc(
      [
        'grounding-check',
        '--cases',
        'cases.jsonl',
        '--judge-url',
        base,
        '--judge-model',
        'm3',
        '--judge-cache',
        'judge-cache.json',
        '--format',
        'json',
      ],
      { cwd: dir, env },
    );
    expect(r.code).toBe(0);
    expect(seen[0].auth).toBe('Bearer sk-cli-secret-456');
    expect(r.stdout + r.stderr).not.toContain('sk-cli-secret-456');
    expect(JSON.parse(r.stdout).judge).toMatchObject({ model: 'm3', calls: 1 });
    expect(readFileSync(join(dir, 'judge-cache.json'), 'utf8')).not.toContain('sk-cli-secret-456');
    expect(readFileSync(join(dir, 'judge-cache.json'), 'utf8')).not.toContain('cli-cache-key-0123456789');
    // a cache without its key is refused (exit 2), never read unauthenticated
    const noKey = await mc(
      ['grounding-check', '--cases', 'cases.jsonl', '--judge-url', base, '--judge-model', 'm3', '--judge-cache', 'judge-cache.json'],
      { cwd: dir, env: { ...process.env, MC_JUDGE_CACHE_KEY: '' } },
    );
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/judge-cache-key/);
  });

  it('attack: a cache committed in a pull request, made with an "always supported" judge, lifts nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-judge-forged-'));
    const cacheFile = join(dir, 'cache.json');
    const judge = { url: base, model: 'test-model', cacheFile, cacheKey: CACHE_KEY };
    const key = judgeKey('test-model', cases[0].answer, [SOURCE]);
    const forge = (doc: unknown) => writeFileSync(cacheFile, JSON.stringify(doc));
    mode = 'unsupported';
    // (1) an entry without a MAC (the attacker's judge made it), in the old and the new format
    for (const doc of [
      { version: 1, entries: { [key]: { verdict: 'supported', model: 'test-model' } } },
      { version: 2, entries: { [key]: { verdict: 'supported', model: 'test-model', mac: '' } } },
    ]) {
      forge(doc);
      seen.length = 0;
      const r = await runGate([cases[0]], input, { judge, minPassRate: 0 });
      expect(r.answers[0].verdict).toBe('unverified');
      expect(r.judge).toMatchObject({ cacheHits: 0, cacheRejected: 1, calls: 1 });
      expect(seen.length).toBe(1); // the real judge was asked
    }
    // (2) a MAC made with another key (the attacker's own)
    const entry = { verdict: 'supported' as const, model: 'test-model' };
    forge({
      version: 2,
      entries: { [key]: { ...entry, mac: cacheEntryMac('attacker-key-0123456789', key, entry, `${base}/chat/completions`) } },
    });
    expect((await runGate([cases[0]], input, { judge, minPassRate: 0 })).answers[0].verdict).toBe('unverified');
    // (3) a genuine "unsupported" entry edited to "supported" keeps its MAC: refused
    const genuine = { verdict: 'unsupported' as const, model: 'test-model' };
    forge({
      version: 2,
      entries: { [key]: { ...genuine, verdict: 'supported', mac: cacheEntryMac(CACHE_KEY, key, genuine, `${base}/chat/completions`) } },
    });
    expect((await runGate([cases[0]], input, { judge, minPassRate: 0 })).answers[0].verdict).toBe('unverified');
    // (4) a genuine entry from another endpoint (say a local mock that says yes to everything) is refused here
    forge({
      version: 2,
      entries: { [key]: { ...entry, mac: cacheEntryMac(CACHE_KEY, key, entry, 'http://127.0.0.1:1/v1/chat/completions') } },
    });
    expect((await runGate([cases[0]], input, { judge, minPassRate: 0 })).answers[0].verdict).toBe('unverified');
    // control: the same entry authenticated for this endpoint under the right key is used without asking
    forge({ version: 2, entries: { [key]: { ...entry, mac: cacheEntryMac(CACHE_KEY, key, entry, `${base}/chat/completions`) } } });
    seen.length = 0;
    const ok = await runGate([cases[0]], input, { judge, minPassRate: 0 });
    expect(ok.answers[0].verdict).toBe('grounded');
    expect(ok.judge).toMatchObject({ cacheHits: 1, cacheRejected: 0, calls: 0 });
    expect(seen.length).toBe(0);
    // a cache without a key, or with a short one, is refused up front
    await expect(runGate([cases[0]], input, { judge: { url: base, model: 'm', cacheFile } })).rejects.toThrow(/judge-cache-key/);
    await expect(runGate([cases[0]], input, { judge: { url: base, model: 'm', cacheFile, cacheKey: 'short' } })).rejects.toThrow(
      /16 bytes/,
    );
  });

  it('parses replies and URLs', () => {
    expect(parseJudgeReply('```json\n{"verdict":"Supported","reason":"ok"}\n```')).toEqual({ verdict: 'supported', reason: 'ok' });
    expect(parseJudgeReply('UNSUPPORTED: the price differs')).toEqual({ verdict: 'unsupported' });
    expect(parseJudgeReply('maybe')).toBeUndefined();
    expect(completionsUrl('https://gw.example/v1/').href).toBe('https://gw.example/v1/chat/completions');
    expect(() => completionsUrl('https://user:pw@gw.example/v1')).toThrow(/without credentials/);
    expect(() => completionsUrl('ftp://x')).toThrow(/http/);
  });
});
