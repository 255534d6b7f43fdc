/**
 * The reference finder and its gates (tests/helpers/references.ts): each oracle, once removed (empty
 * PATH, a missing or module-less interpreter), is reported missing with its Debian package; gated tests
 * then skip, or FAIL under MC_REQUIRE_REFERENCES=1; an openssl that is missing never passes for one that
 * rejected a signature.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import {
  findReferences,
  gate,
  itWith,
  installHint,
  REFERENCES,
  ReferenceMissingError,
  references,
  requireReferences,
  skipLine,
  which,
  type ReferenceId,
} from './references.js';
import { opensslVerify } from './openssl.js';

const tmp = mkdtempSync(join(tmpdir(), 'mc-refs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const IDS = Object.keys(REFERENCES) as ReferenceId[];

describe('finding the references', () => {
  it('with an empty PATH and no interpreter every reference is missing, naming why and its Debian package', () => {
    const none = findReferences({ path: '', pythons: [] });
    for (const id of IDS) {
      expect(none[id].found, id).toBe(false);
      expect(none[id].missing, id).toMatch(/is not on PATH|no python3 interpreter runs/);
      expect(skipLine(none[id], false)).toContain(`apt-get install -y ${REFERENCES[id].debian}`);
      expect(skipLine(none[id], true)).toMatch(/FAIL/);
    }
    expect(installHint('pynacl')).toBe('PyNaCl (Python module nacl) is missing: apt-get install -y python3-nacl');
  });
  it('a directory without the tools and a missing interpreter: openssl, in-toto and every Python reference are missing', () => {
    const f = findReferences({ path: tmp, pythons: [join(tmp, 'no-such-python3')] });
    for (const id of IDS) expect(f[id].found, id).toBe(false);
  });
  it('an interpreter without site-packages holds no third-party module: PyYAML, PyNaCl, scipy, securesystemslib, in-toto are missing', () => {
    const bare = join(tmp, 'python3-bare');
    const real = which('python3', process.env.PATH ?? '') ?? '/usr/bin/python3';
    writeFileSync(bare, `#!/bin/sh\nexec ${real} -I -S "$@"\n`);
    chmodSync(bare, 0o755);
    const f = findReferences({ pythons: [bare] });
    expect(f.python3.found).toBe(true);
    for (const id of ['pyyaml', 'pynacl', 'scipy', 'securesystemslib', 'in-toto'] as const) {
      expect(f[id].found, id).toBe(false);
      expect(f[id].missing, id).toMatch(/imports |is not on PATH/);
    }
  });
  it('a reference found here names its binaries or interpreter', () => {
    const f = references();
    for (const id of IDS) {
      if (!f[id].found) continue;
      for (const b of REFERENCES[id].binaries) expect(f[id].binaries[b]).toMatch(/^\//);
      if (REFERENCES[id].modules.length) expect(f[id].python).toMatch(/python/);
    }
  });
});

describe('gates', () => {
  const none = findReferences({ path: '', pythons: [] });
  it('present: run; missing: skip; missing under MC_REQUIRE_REFERENCES=1: fail', () => {
    const all = Object.fromEntries(IDS.map((id) => [id, { ...none[id], found: true, missing: undefined }])) as typeof none;
    expect(gate(['in-toto', 'openssl'], all, {})).toBe('run');
    for (const id of IDS) {
      expect(gate([id], none, {})).toBe('skip');
      expect(gate([id], none, { MC_REQUIRE_REFERENCES: '1' })).toBe('fail');
    }
    expect(() => requireReferences(['scipy', 'in-toto'], none)).toThrow(ReferenceMissingError);
    expect(() => requireReferences(['scipy', 'in-toto'], none)).toThrow(/apt-get install -y python3-scipy.*apt-get install -y in-toto/);
  });
  const vitest = (env: NodeJS.ProcessEnv) =>
    spawnSync(
      process.execPath,
      [
        resolve('node_modules/vitest/vitest.mjs'),
        'run',
        '--config',
        resolve(import.meta.dirname, '../fixtures/references-gate/vitest.config.ts'),
        '--reporter=json',
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, MC_REQUIRE_REFERENCES: '', ...env, MC_REFERENCES: JSON.stringify(none) },
      },
    );
  it('gated tests of a run without the references are skipped, the run passes', () => {
    const r = vitest({});
    const rep = JSON.parse(r.stdout) as { numPendingTests: number; numFailedTests: number; numPassedTests: number };
    expect([r.status, rep.numPendingTests, rep.numFailedTests, rep.numPassedTests]).toEqual([0, 2, 0, 0]);
  }, 60_000);
  it('with MC_REQUIRE_REFERENCES=1 the same tests FAIL naming the package to install', () => {
    const r = vitest({ MC_REQUIRE_REFERENCES: '1' });
    const rep = JSON.parse(r.stdout) as {
      numPendingTests: number;
      numFailedTests: number;
      testResults: { assertionResults: { failureMessages: string[] }[] }[];
    };
    expect([r.status, rep.numPendingTests, rep.numFailedTests]).toEqual([1, 0, 2]);
    const msgs = rep.testResults.flatMap((f) => f.assertionResults.flatMap((a) => a.failureMessages)).join('\n');
    expect(msgs).toContain('apt-get install -y in-toto');
    expect(msgs).toContain('apt-get install -y openssl');
  }, 60_000);
});

describe('the openssl oracle', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = join(tmp, 'pub.pem');
  writeFileSync(pub, publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(join(tmp, 'data.bin'), 'signed bytes');
  writeFileSync(join(tmp, 'sig.bin'), sign(null, Buffer.from('signed bytes'), privateKey));
  writeFileSync(join(tmp, 'other.bin'), 'other bytes');
  it('a missing openssl throws; it is never taken for a rejection', () => {
    expect(() => opensslVerify(pub, join(tmp, 'data.bin'), join(tmp, 'sig.bin'), join(tmp, 'no-such-openssl'))).toThrow(
      /openssl could not run .*ENOENT.*apt-get install -y openssl/,
    );
  });
  it('an openssl that fails otherwise (exit 1 without the rejection message) throws', () => {
    const fake = join(tmp, 'false-openssl');
    writeFileSync(fake, '#!/bin/sh\necho "pkeyutl: Error" >&2\nexit 1\n');
    chmodSync(fake, 0o755);
    expect(() => opensslVerify(pub, join(tmp, 'data.bin'), join(tmp, 'sig.bin'), fake)).toThrow(/neither verified nor rejected \(exit 1\)/);
  });
  itWith(['openssl'], 'the real openssl verifies a good signature and rejects a changed message', () => {
    expect(opensslVerify(pub, join(tmp, 'data.bin'), join(tmp, 'sig.bin')).verified).toBe(true);
    expect(opensslVerify(pub, join(tmp, 'other.bin'), join(tmp, 'sig.bin')).verified).toBe(false);
  });
});
