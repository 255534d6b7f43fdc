/** The CLI contract (exit codes, JSON shape, outputs) and the bundled action through the runner harness. */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mc } from '../helpers/cli.js';
import { repoRoot, runBuiltAction } from '../harness/runner.js';
import { itWith } from '../helpers/references.js';
import { opensslVerify } from '../helpers/openssl.js';

const SRC = 'The Early Bird Bundle costs $100/month and is valid for the first 20 customers who sign up before 31st August 2022.';
const good = (id: string) => ({
  id,
  question: 'What does it cost?',
  contexts: [{ id: 'd1', text: SRC }],
  answer: 'The bundle costs $100 a month for the first twenty customers.',
  citations: ['d1'],
});
const bad = { id: 'bad', question: 'What does it cost?', contexts: [{ id: 'd1', text: SRC }], answer: 'The bundle costs $150 a month.' };
const KEY = join(repoRoot, 'examples/keys/dev-not-for-production.pem');
const PUB = join(repoRoot, 'examples/keys/dev-not-for-production.pub.pem');

function workspace(lines: unknown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-grounding-'));
  writeFileSync(join(dir, 'cases.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return dir;
}

/** DSSE v1 PAE from the spec, independent of the code under test: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body. */
const pae = (type: string, body: Buffer) => Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${body.length} `), body]);

/** Verifies the DSSE signature with OpenSSL (independent Ed25519 implementation) over the PAE bytes. */
function opensslVerifies(envelopeLine: string, dir: string): boolean {
  const env = JSON.parse(envelopeLine) as { payload: string; payloadType: string; signatures: { sig: string }[] };
  writeFileSync(join(dir, 'pae.bin'), pae(env.payloadType, Buffer.from(env.payload, 'base64')));
  writeFileSync(join(dir, 'sig.bin'), Buffer.from(env.signatures[0].sig, 'base64'));
  // throws when openssl is missing or fails otherwise: only a real verdict counts
  return opensslVerify(PUB, join(dir, 'pae.bin'), join(dir, 'sig.bin')).verified;
}

describe('mc grounding-check', () => {
  it('exits 0 when the pass rate is met and prints the JSON verdicts', async () => {
    const dir = workspace([good('a'), good('b')]);
    const r = await mc(['grounding-check', '--cases', 'cases.jsonl', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.passRate).toBe(1);
    expect(out.answers.map((a: { id: string; verdict: string }) => [a.id, a.verdict])).toEqual([
      ['a', 'grounded'],
      ['b', 'grounded'],
    ]);
    expect(out.answers[0].claims[0]).toHaveProperty('claim');
  });

  it('exits 1 below the pass rate, and on any ungrounded answer with --fail-on-ungrounded', async () => {
    const dir = workspace([good('a'), good('b'), good('c'), bad]);
    const r = await mc(['grounding-check', '--cases', 'cases.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('quantity-mismatch');
    expect(r.stdout).toContain('pass rate 75.0%');
    expect((await mc(['grounding-check', '--cases', 'cases.jsonl', '--min-pass-rate', '0.7'], { cwd: dir })).code).toBe(0);
    expect(
      (await mc(['grounding-check', '--cases', 'cases.jsonl', '--min-pass-rate', '0.7', '--fail-on-ungrounded'], { cwd: dir })).code,
    ).toBe(1);
  });

  it('exits 2 on unusable input, naming file, line and field, without a stack trace', async () => {
    const dir = workspace([good('a')]);
    writeFileSync(join(dir, 'broken.jsonl'), JSON.stringify(good('a')) + '\n{"id":"x","contexts":"nope","answer":"y"}\n');
    const r = await mc(['grounding-check', '--cases', 'broken.jsonl'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken.jsonl:2: contexts: expected');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((await mc(['grounding-check', '--cases', 'missing.jsonl'], { cwd: dir })).code).toBe(2);
    expect((await mc(['grounding-check'], { cwd: dir })).code).toBe(2);
    expect((await mc(['grounding-check', '--cases', 'cases.jsonl', '--min-pass-rate', '1.5'], { cwd: dir })).code).toBe(2);
    expect((await mc(['grounding-check', '--cases', 'cases.jsonl', '--attestation', 'a.intoto.jsonl'], { cwd: dir })).code).toBe(2);
  });

  itWith(['openssl'], 'writes the report, JUnit, summary and a signed attestation that OpenSSL verifies; never overwrites it', async () => {
    const dir = workspace([good('a'), bad]);
    const args = [
      'grounding-check',
      '--cases',
      'cases.jsonl',
      '--min-pass-rate',
      '0.5',
      '--report',
      'out/r.json',
      '--junit',
      'out/j.xml',
      '--summary',
      'out/s.md',
      '--attestation',
      'out/g.intoto.jsonl',
      '--key',
      KEY,
    ];
    const r = await mc(args, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain('PRIVATE KEY');
    const line = readFileSync(join(dir, 'out/g.intoto.jsonl'), 'utf8');
    expect(opensslVerifies(line, dir)).toBe(true);
    const st = JSON.parse(Buffer.from(JSON.parse(line).payload, 'base64').toString());
    expect(st._type).toBe('https://in-toto.io/Statement/v1');
    expect(st.predicateType).toBe('https://mc-actions.dev/grounding-report/v1');
    expect(st.subject).toEqual([
      {
        name: 'cases.jsonl',
        digest: {
          sha256: createHash('sha256')
            .update(readFileSync(join(dir, 'cases.jsonl')))
            .digest('hex'),
        },
      },
    ]);
    expect(st.predicate.counts).toMatchObject({ answers: 2, grounded: 1, ungrounded: 1 });
    const junit = readFileSync(join(dir, 'out/j.xml'), 'utf8');
    expect(junit).toContain('<testsuite name="grounding-check" tests="2" failures="1"');
    expect(readFileSync(join(dir, 'out/s.md'), 'utf8')).toContain('### Worst claims');
    // evidence is never overwritten
    const again = await mc(args, { cwd: dir });
    expect(again.code).toBe(2);
    expect(readFileSync(join(dir, 'out/g.intoto.jsonl'), 'utf8')).toBe(line);
  });
});

describe('grounding-check action (bundle, runner contract)', () => {
  itWith(['openssl'], 'sets outputs, writes the summary and annotations on the failing line, exits 1 when the gate fails', async () => {
    const ws = workspace([good('a'), bad]);
    copyFileSync(KEY, join(ws, 'key.pem'));
    const r = await runBuiltAction('grounding-check', {
      workspace: ws,
      inputs: {
        cases: 'cases.jsonl',
        attestation: 'evidence/grounding.intoto.jsonl',
        'signing-key': readFileSync(KEY, 'utf8'),
        junit: 'junit.xml',
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      passed: 'false',
      'pass-rate': '0.5',
      grounded: '1',
      ungrounded: '1',
      unverified: '0',
      report: 'grounding-report.json',
      attestation: 'evidence/grounding.intoto.jsonl',
    });
    expect(r.summary).toContain('## Grounding check: failed');
    expect(r.summary).toContain('| bad | ❌ ungrounded | 1 | quantity-mismatch |');
    const ann = r.annotations.find((a) => a.level === 'error' && a.props.file === 'cases.jsonl');
    expect(ann?.props.line).toBe('2');
    expect(ann?.message).toContain('$150');
    // the key reaches the runner only in ::add-mask:: commands (which the runner consumes, never logs)
    expect(
      r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain('PRIVATE KEY');
    expect(opensslVerifies(readFileSync(join(ws, 'evidence/grounding.intoto.jsonl'), 'utf8'), ws)).toBe(true);
    expect(existsSync(join(ws, 'grounding-report.json'))).toBe(true);
  });

  it('passes with a lower min-pass-rate and exits 2 on unusable input', async () => {
    const ws = workspace([good('a'), bad]);
    const ok = await runBuiltAction('grounding-check', { workspace: ws, inputs: { cases: 'cases.jsonl', 'min-pass-rate': '0.5' } });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.passed).toBe('true');
    const missing = await runBuiltAction('grounding-check', { workspace: ws, inputs: { cases: 'nope.jsonl' } });
    expect(missing.exitCode).toBe(2);
    expect(missing.annotations.some((a) => a.level === 'error' && a.message.includes('nope.jsonl'))).toBe(true);
  });
});
