/**
 * Issue 19 item 1: `mc intoto attestation verify --source-uri U --source-ref R` accepted any
 * resolvedDependencies[] entry and took the uri and the ref from different entries, so provenance
 * built from attacker/fork@refs/heads/evil that merely lists org/repo@main as a dependency passed.
 * The source is now read from one place, as slsa-verifier does (externalParameters.workflow for the
 * GitHub Actions build types, externalParameters.source, else the first resolved dependency; v0.2:
 * invocation.configSource), and the repository and ref come from the same entry.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrivateKey } from '../../src/core/ed25519.js';
import { makeStatement, signStatement } from '../../src/core/statement.js';
import { SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1, splitSourceUri, verifyAttestation } from '../../src/intoto/attestation.js';
import { parsePublicKeyFile } from '../../src/intoto/sslib-keys.js';
import { mc } from '../helpers/cli.js';

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'mc-sec-att-'));
const artifact = join(dir, 'app.tar.gz');
writeFileSync(artifact, 'release\n');
const sha = createHash('sha256').update('release\n').digest('hex');
const GHA = 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
const pub = parsePublicKeyFile(readFileSync(join(repo, 'examples/keys/dev-not-for-production.pub.pem'), 'utf8'), 'ed25519', 'dev.pub.pem');
const policy = { sourceUri: 'github.com/org/repo', sourceRef: 'main' };
const dep = (uri: string) => ({ uri, digest: { gitCommit: 'a'.repeat(40) } });

async function envelope(predicateType: string, predicate: unknown): Promise<string> {
  const key = await loadPrivateKey(readFileSync(join(repo, 'examples/keys/dev-not-for-production.pem'), 'utf8'), 'dev');
  return JSON.stringify(signStatement(makeStatement([{ name: 'app.tar.gz', digest: { sha256: sha } }], predicateType, predicate), [key]));
}

const v1 = (externalParameters: unknown, resolvedDependencies: unknown[]) =>
  envelope(SLSA_PROVENANCE_V1, {
    buildDefinition: { buildType: GHA, externalParameters, resolvedDependencies },
    runDetails: { builder: { id: 'https://example.com/builder' } },
  });
const verify = async (env: string) => verifyAttestation(env, 'att.json', [pub], [artifact], policy);

describe('SLSA source: one entry, the build source', () => {
  it('generic v1: built from attacker/fork@refs/heads/evil, org/repo@main only listed as a dependency: fails', async () => {
    const r = await verify(
      await v1({}, [dep('git+https://github.com/attacker/fork@refs/heads/evil'), dep('git+https://github.com/org/repo@refs/heads/main')]),
    );
    expect(r.passed).toBe(false);
    expect(r.failure).toMatch(
      /source repository git\+https:\/\/github.com\/attacker\/fork \(resolvedDependencies\[0\]\) is not github.com\/org\/repo/,
    );
  });

  it('uri from one entry and ref from another never combine', async () => {
    const r = await verify(
      await v1({}, [dep('git+https://github.com/org/repo@refs/heads/evil'), dep('git+https://github.com/attacker/x@refs/heads/main')]),
    );
    expect(r.passed).toBe(false);
    expect(r.checks.find((c) => c.check === 'source.uri')?.ok).toBe(true);
    expect(r.checks.find((c) => c.check === 'source.ref')?.ok).toBe(false);
  });

  it('GitHub Actions build type: the workflow repository and ref are the source', async () => {
    const evil = await verify(
      await v1({ workflow: { repository: 'https://github.com/attacker/fork', ref: 'refs/heads/evil', path: '.github/workflows/r.yml' } }, [
        dep('git+https://github.com/org/repo@refs/heads/main'),
      ]),
    );
    expect(evil.passed).toBe(false);
    const mixed = await verify(
      await v1({ workflow: { repository: 'https://github.com/org/repo', ref: 'refs/heads/evil', path: 'r.yml' } }, []),
    );
    expect(mixed.passed).toBe(false);
    expect(mixed.failure).toMatch(/source ref refs\/heads\/evil \(externalParameters.workflow\) is not main/);
    // the checkout must be the workflow's repository: a workflow naming org/repo over a fork checkout is inconsistent
    const lie = await verify(
      await v1({ workflow: { repository: 'https://github.com/org/repo', ref: 'refs/heads/main', path: 'r.yml' } }, [
        dep('git+https://github.com/attacker/fork@refs/heads/evil'),
      ]),
    );
    expect(lie.passed).toBe(false);
    expect(lie.failure).toMatch(/inconsistent provenance/);
  });

  it('v0.2: invocation.configSource is the source; materials are not', async () => {
    const env = await envelope(SLSA_PROVENANCE_V02, {
      builder: { id: 'https://example.com/builder' },
      invocation: {
        configSource: {
          uri: 'git+https://github.com/attacker/fork@refs/heads/evil',
          digest: { sha1: 'b'.repeat(40) },
          entryPoint: 'r.yml',
        },
      },
      materials: [{ uri: 'git+https://github.com/org/repo@refs/heads/main', digest: { sha1: 'a'.repeat(40) } }],
    });
    expect((await verify(env)).passed).toBe(false);
  });

  it('controls: genuine provenance passes (GitHub Actions v1, generic v1, v0.2)', async () => {
    expect(
      (
        await verify(
          await v1({ workflow: { repository: 'https://github.com/org/repo', ref: 'refs/heads/main', path: 'r.yml' } }, [
            dep('git+https://github.com/org/repo@refs/heads/main'),
          ]),
        )
      ).passed,
    ).toBe(true);
    expect(
      (
        await verify(
          await v1({}, [
            dep('git+https://github.com/org/repo@refs/heads/main'),
            dep('https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz'),
          ]),
        )
      ).passed,
    ).toBe(true);
    const v02 = await envelope(SLSA_PROVENANCE_V02, {
      builder: { id: 'b' },
      invocation: {
        configSource: { uri: 'git+https://github.com/org/repo@refs/heads/main', digest: { sha1: 'a'.repeat(40) }, entryPoint: 'r.yml' },
      },
    });
    expect((await verify(v02)).passed).toBe(true);
  });

  it('CLI: the fork provenance is exit 1', async () => {
    writeFileSync(
      join(dir, 'att.json'),
      await v1({}, [dep('git+https://github.com/attacker/fork@refs/heads/evil'), dep('git+https://github.com/org/repo@refs/heads/main')]),
    );
    writeFileSync(join(dir, 'dev.pub.pem'), readFileSync(join(repo, 'examples/keys/dev-not-for-production.pub.pem')));
    const r = await mc(
      [
        'intoto',
        'attestation',
        'verify',
        '--envelope',
        'att.json',
        '--key',
        'dev.pub.pem',
        '--key-types',
        'ed25519',
        '--artifact',
        'app.tar.gz',
        '--source-uri',
        'github.com/org/repo',
        '--source-ref',
        'main',
      ],
      { cwd: dir, env: {} },
    );
    expect(r.code, r.stderr).toBe(1);
  });

  it('splitSourceUri: the ref follows the first @ after the host', () => {
    expect(splitSourceUri('git+https://github.com/org/repo@refs/heads/main')).toEqual({
      repo: 'git+https://github.com/org/repo',
      ref: 'refs/heads/main',
    });
    expect(splitSourceUri('git+https://user@github.com/org/repo')).toEqual({ repo: 'git+https://user@github.com/org/repo' });
  });
});
