/**
 * `mc intoto` command-line contract: in-toto-verify's arguments, exit codes 0/1/2, clear messages,
 * parameter substitution (against the reference library's substitute_parameters), keygen, sign --verify.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandMulti } from '../../src/cli/commands/intoto.js';
import { formatParams } from '../../src/intoto/verify.js';
import { mc } from './scenarios.js';
import { copyTestKeys } from '../helpers/test-keys.js';
import { binary, itWith, pythonFor } from '../helpers/references.js';

const dir = mkdtempSync(join(tmpdir(), 'mc-intoto-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  copyTestKeys(dir, ['owner', 'alice']);
  const r = await mc(
    [
      'intoto',
      'run',
      '-q',
      '-n',
      'build',
      '-k',
      'alice',
      '-t',
      'ed25519',
      '-p',
      'app-1.2.txt',
      '--',
      'sh',
      '-c',
      'echo built > app-1.2.txt',
    ],
    dir,
  );
  expect(r.code).toBe(0);
  writeFileSync(
    join(dir, 'layout.yaml'),
    [
      '_type: layout',
      'expires: "2040-01-01T00:00:00Z"',
      'steps:',
      '  - name: build',
      '    pubkeys: [alice]',
      '    expected_command: [sh, -c, "echo built > app-{VERSION}.txt"]',
      '    expected_products: [[CREATE, "app-{VERSION}.txt"], [DISALLOW, "*"]]',
      'inspect: []',
    ].join('\n'),
  );
  const s = await mc(
    [
      'intoto',
      'sign',
      '-f',
      'layout.yaml',
      '-k',
      'owner',
      '-t',
      'ed25519',
      '--functionary',
      'alice=alice.pub:ed25519',
      '-o',
      'root.layout',
    ],
    dir,
  );
  expect(s.code).toBe(0);
}, 60_000);

/** The reference library with substitution parameters (in-toto-verify 1.3 has no CLI flag for them). */
function refWithParams(params: Record<string, string>): string {
  const code = `import json,sys,os,logging; from securesystemslib import interface as i; from in_toto import verifylib; from in_toto.models.metadata import Metablock
logging.getLogger('in_toto').setLevel(logging.CRITICAL)
os.chdir(sys.argv[1])
try:
  verifylib.in_toto_verify(Metablock.load('root.layout'), i.import_publickeys_from_file(['owner.pub'], ['ed25519']), '.', substitution_parameters=json.loads(sys.argv[2]))
  print('0')
except Exception as e:
  print('1 ' + type(e).__name__)`;
  return execFileSync(pythonFor('in-toto'), ['-c', code, dir, JSON.stringify(params)])
    .toString()
    .trim();
}

describe('mc intoto verify', () => {
  const v = ['intoto', 'verify', '--layout', 'root.layout', '--layout-keys', 'owner.pub', '--key-types', 'ed25519'];
  it('substitutes parameters (--param), fails on a rule with another value, exit 2 for a missing one', async () => {
    expect((await mc([...v, '--param', 'VERSION=1.2'], dir)).code).toBe(0);
    const bad = await mc([...v, '--param', 'VERSION=9.9'], dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/build: expected_products\[1\]: 'DISALLOW \*' matched 1 artifact\(s\): app-1\.2\.txt/);
    const missing = await mc([...v, '--param', 'OTHER=1'], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/parameter 'VERSION'/);
  });
  itWith(['in-toto'], 'the reference library gives the same verdicts for the same parameters', () => {
    expect(refWithParams({ VERSION: '1.2' })).toBe('0');
    expect(refWithParams({ VERSION: '9.9' })).toBe('1 RuleVerificationError');
    expect(refWithParams({})).toBe('1 KeyError');
  });
  it('without --param, braces stay literal (the layout fails)', async () => {
    expect((await mc(v, dir)).code).toBe(1);
  });
  itWith(['in-toto'], 'in-toto-verify, which never substitutes, fails the same layout', () => {
    const r = spawnSync(binary('in-toto', 'in-toto-verify'), ['-l', 'root.layout', '-k', 'owner.pub', '-t', 'ed25519'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.error).toBeUndefined();
    expect([r.status, /RuleVerificationError/.test(r.stderr)]).toEqual([1, true]);
  });
  it('accepts in-toto-verify short flags and nargs lists', async () => {
    expect(expandMulti(['-k', 'a', 'b', '-t', 'ed25519', 'rsa', '--link-dir', 'x'], ['-k', '-t'])).toEqual([
      '-k',
      'a',
      '-k',
      'b',
      '-t',
      'ed25519',
      '-t',
      'rsa',
      '--link-dir',
      'x',
    ]);
    expect(
      (
        await mc(
          ['intoto', 'verify', '-l', 'root.layout', '-k', 'owner.pub', '-t', 'ed25519', '--param', 'VERSION=1.2', '--link-dir', '.', '-q'],
          dir,
        )
      ).code,
    ).toBe(0);
  });
  it('exit 2 with a clear message for usage errors and unusable input', async () => {
    const cases: [string[], RegExp][] = [
      [['intoto', 'verify', '--layout', 'root.layout'], /--layout-keys/],
      [['intoto', 'verify', '--layout-keys', 'owner.pub'], /--layout is required/],
      [[...v.slice(0, 6), '--key-types', 'dsa'], /expected one of rsa, ed25519, ecdsa/],
      [
        ['intoto', 'verify', '-l', 'root.layout', '-k', 'owner.pub', 'alice.pub', '-t', 'ed25519', 'rsa', 'ecdsa'],
        /as many key types as keys/,
      ],
      [
        ['intoto', 'verify', '-l', 'missing.layout', '-k', 'owner.pub', '-t', 'ed25519'],
        /missing\.layout: expected a readable layout file/,
      ],
      [
        ['intoto', 'verify', '-l', 'root.layout', '-k', 'owner.pub'],
        /owner\.pub: expected an RSA public key in PEM .*pass --key-types ed25519 or ecdsa/,
      ],
      [['intoto', 'verify', '-l', 'root.layout', '-g', 'ABCDEF'], /--gpg is not supported/],
      [['intoto', 'verify', '-l', 'layout.yaml', '-k', 'owner.pub', '-t', 'ed25519'], /layout\.yaml: expected in-toto metadata as JSON/],
      [['intoto', 'verify', '--bogus'], /Unknown option/],
      [['intoto', 'run', '-n', 'x', '-k', 'alice', '-t', 'ed25519'], /no command given/],
      [['intoto', 'run', '-n', 'x', '-t', 'ed25519', '--', 'true'], /--key is required/],
    ];
    for (const [args, msg] of cases) {
      const r = await mc(args, dir);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expect(r.err).toMatch(msg);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
  it('a layout with a malformed rule is unusable input naming the field', async () => {
    const lay = JSON.parse(readFileSync(join(dir, 'root.layout'), 'utf8')) as { signed: { steps: { expected_products: string[][] }[] } };
    lay.signed.steps[0].expected_products = [['COPY', 'x']];
    writeFileSync(join(dir, 'bad.layout'), JSON.stringify(lay));
    const r = await mc(['intoto', 'verify', '-l', 'bad.layout', '-k', 'owner.pub', '-t', 'ed25519'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/signed\.steps\[0\]\.expected_products\[0\]/);
  });
  it('writes the JSON verdict and the markdown summary with a per-step table', async () => {
    const r = await mc([...v, '--param', 'VERSION=1.2', '--report', 'out/verdict.json', '--summary', 'out/summary.md'], dir);
    expect(r.code).toBe(0);
    const verdict = JSON.parse(readFileSync(join(dir, 'out/verdict.json'), 'utf8')) as {
      passed: boolean;
      steps: { name: string; validLinks: number }[];
    };
    expect(verdict.passed).toBe(true);
    expect(verdict.steps[0]).toMatchObject({ name: 'build', validLinks: 1 });
    const md = readFileSync(join(dir, 'out/summary.md'), 'utf8');
    expect(md).toContain('| step | kind | links found | signatures | threshold | rules | inspection / command | result |');
    expect(md).toMatch(/\| build \| step \| build\.[0-9a-f]{8}\.link \| 1 valid \| 1\/1 \|/);
  });
});

describe('mc intoto keygen / sign --verify', () => {
  it('generates keys, never overwrites them, and verifies signatures', async () => {
    const g = await mc(['intoto', 'keygen', '--type', 'ecdsa', 'carol'], dir);
    expect(g.code).toBe(0);
    expect(g.out).toMatch(/keyid [0-9a-f]{64}/);
    expect((await mc(['intoto', 'keygen', '--type', 'ecdsa', 'carol'], dir)).code).toBe(2);
    expect(existsSync(join(dir, 'carol.pub'))).toBe(true);
    expect((await mc(['intoto', 'sign', '--verify', '-f', 'root.layout', '-k', 'owner.pub', '-t', 'ed25519'], dir)).code).toBe(0);
    expect((await mc(['intoto', 'sign', '--verify', '-f', 'root.layout', '-k', 'alice.pub', '-t', 'ed25519'], dir)).code).toBe(1);
  });
  itWith(
    ['in-toto'],
    'the reference loads our generated key with our keyid, and verifies our link with in-toto-sign --verify',
    async () => {
      const g = await mc(['intoto', 'keygen', '--type', 'ecdsa', 'dave'], dir);
      expect(g.code).toBe(0);
      const keyid = /keyid ([0-9a-f]{64})/.exec(g.out)![1];
      const refId = execFileSync(pythonFor('securesystemslib'), [
        '-c',
        `from securesystemslib import interface as i; print(i.import_privatekey_from_file('${join(dir, 'dave')}', key_type='ecdsa')['keyid'])`,
      ])
        .toString()
        .trim();
      expect(refId).toBe(keyid);
      const linkFile = readdirSync(dir).find((f) => f.startsWith('build.'))!;
      const ok = spawnSync(binary('in-toto', 'in-toto-sign'), ['--verify', '-f', linkFile, '-k', 'alice.pub', '-t', 'ed25519'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect([ok.error, ok.status]).toEqual([undefined, 0]);
      const wrong = spawnSync(binary('in-toto', 'in-toto-sign'), ['--verify', '-f', linkFile, '-k', 'owner.pub', '-t', 'ed25519'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect([wrong.error, wrong.status]).toEqual([undefined, 1]);
    },
  );
  it('parameter fields follow str.format: {{ and }} are literal braces', () => {
    expect(formatParams('a{{b}}{X}', { X: 'y' }, 'w')).toBe('a{b}y');
    expect(() => formatParams('{X', { X: '1' }, 'w')).toThrow(/^w: .*expected a matching '}' in the parameter field/);
    expect(() => formatParams('}', {}, 'w')).toThrow(/^w: .*expected '}}' for a literal brace/);
  });
});
