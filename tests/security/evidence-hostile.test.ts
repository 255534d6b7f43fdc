// Issue 19: hostile input against evidence pack / verify / disclose, the JWKS and JWS readers, and the
// shared core (src/core/fsx.ts confinement, src/core/digest.ts bounded hashing). Every test reproduces
// an attack from the issue and expects exit 1 or 2, quickly, with nothing outside the root read or
// written and no secret printed. docs/SECURITY.md maps each promise to the test below that attacks it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPrivateKeyFile, type PrivateKey } from '../../src/core/ed25519.js';
import { makeStatement, signStatement, signStatementWithPayload } from '../../src/core/statement.js';
import { INTOTO_PAYLOAD_TYPE, signEnvelope } from '../../src/core/dsse.js';
import { sha256Hex } from '../../src/core/digest.js';
import {
  DISCLOSURE_FORMAT,
  MANIFEST_PREDICATE,
  ROOT_PREDICATE,
  fileLeafHashes,
  leafBytes,
  type FileEntry,
} from '../../src/evidence/manifest.js';
import { inclusionProof, leafHash, rootFromLeafHashes } from '../../src/evidence/merkle.js';
import { mc } from '../helpers/cli.js';

let base: string;
let trusted: string; // keys/ of the trusted signer
let attacker: string; // keys/ of someone else
let trustedKey: PrivateKey;
let attackerKey: PrivateKey;
const CREATED = '2026-11-01T00:00:00Z';
const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'mc-hostile-'));
  trusted = join(base, 'trusted');
  attacker = join(base, 'attacker');
  for (const d of [trusted, attacker]) {
    expect((await mc(['keygen', '--out', d])).code).toBe(0);
    const f = join(d, 'jwks.json');
    const j = JSON.parse(readFileSync(f, 'utf8'));
    for (const k of j.keys) k.iat = Date.parse('2026-01-01T00:00:00Z') / 1000;
    writeFileSync(f, JSON.stringify(j));
  }
  trustedKey = await readPrivateKeyFile(join(trusted, 'private.pem'));
  attackerKey = await readPrivateKeyFile(join(attacker, 'private.pem'));
});

function workspace(): string {
  const ws = mkdtempSync(join(base, 'ws-'));
  mkdirSync(join(ws, 'reports/us'), { recursive: true });
  writeFileSync(join(ws, 'reports/us/slo.json'), '{"p95":120}\n');
  writeFileSync(join(ws, 'reports/gate.md'), '# gate\n');
  return ws;
}

type Entry = Partial<FileEntry> & { path: string };

/** Writes PACKDIR/evidence.intoto.jsonl signed by `key` listing whatever entries it is given, and the key's JWKS. */
function forgePack(packDir: string, list: Entry[], key: PrivateKey, patterns: string[] = []) {
  const files: FileEntry[] = list.map((e) => ({
    sha256: '0'.repeat(64),
    size: 10,
    kind: 'file',
    mediaType: 'application/octet-stream',
    labels: {},
    ...e,
  }));
  const leaves = fileLeafHashes(files);
  const merkle = {
    algorithm: 'RFC6962-SHA256',
    leaf: 'jcs-file-entry',
    treeSize: files.length,
    root: Buffer.from(rootFromLeafHashes(leaves)).toString('hex'),
  };
  const release = { name: 'forged', version: '1', createdAt: CREATED };
  const st = makeStatement(
    files.map((f) => ({ name: f.path, digest: { sha256: f.sha256 } })),
    MANIFEST_PREDICATE,
    { release, collection: { patterns, exclude: [] }, files: files.map(({ sha256: _s, ...f }) => f), merkle },
  );
  const { envelope, payload } = signStatementWithPayload(st, [key]);
  const rootEnv = signStatement(
    makeStatement([{ name: 'merkle-root', digest: { sha256: merkle.root } }], ROOT_PREDICATE, {
      release,
      merkle,
      manifest: { sha256: sha256Hex(payload) },
    }),
    [key],
  );
  mkdirSync(packDir, { recursive: true });
  writeFileSync(join(packDir, 'evidence.intoto.jsonl'), `${JSON.stringify(envelope)}\n${JSON.stringify(rootEnv)}\n`);
  writeFileSync(join(packDir, 'jwks.json'), JSON.stringify({ keys: [key.publicKey.jwk] }));
  return { files, leaves, merkle, release, rootLine: JSON.stringify(rootEnv) };
}

/** A disclosure signed by `key` whose statement says whatever it is given (line 1: a real root statement). */
function forgeDisclosure(
  dir: string,
  rootLine: string,
  predicate: unknown,
  subjects: { name: string; digest: { sha256: string } }[],
  key: PrivateKey,
) {
  mkdirSync(dir, { recursive: true });
  const env = signStatement(makeStatement(subjects, DISCLOSURE_FORMAT, predicate), [key]);
  writeFileSync(join(dir, 'disclosure.intoto.jsonl'), `${rootLine}\n${JSON.stringify(env)}\n`);
}

const verify = async (ws: string, args: string[]) => {
  const r = await mc(['evidence', 'verify', 'pack', '--format', 'json', ...args], { cwd: ws });
  return { ...r, report: r.code !== 2 && r.stdout ? JSON.parse(r.stdout) : undefined };
};

async function pack(ws: string, patterns: string[], extra: string[] = []) {
  return mc(['evidence', 'pack', '--key', join(trusted, 'private.pem'), '--out', 'pack', '--created-at', CREATED, ...extra, ...patterns], {
    cwd: ws,
  });
}

describe('item 10: verify reads no listed path before the signature, and only confined regular files', () => {
  it('a forged pack listing ../../etc/passwd under its own JWKS: refused, its digest and size never reported (exit 1)', async () => {
    const ws = workspace();
    forgePack(join(ws, 'pack'), [{ path: '../../etc/passwd' }, { path: '/etc/passwd' }], attackerKey);
    const r = await verify(ws, []); // no --jwks: the pack's own keys (integrity only)
    expect(r.code).toBe(1);
    expect(r.report.files.refused.map((x: { path: string }) => x.path).sort()).toEqual(['../../etc/passwd', '/etc/passwd']);
    const real = sha(readFileSync('/etc/passwd'));
    expect(r.stdout).not.toContain(real);
    expect(r.stdout).not.toContain(`"actualSize": ${readFileSync('/etc/passwd').length}`);
  });

  it('a pack whose signature does not verify under the trusted keys is failed without reading any listed file', async () => {
    const ws = workspace();
    mkdirSync(join(ws, 'reports/fifo-dir'));
    execFileSync('mkfifo', [join(ws, 'reports/fifo-dir/f')]);
    forgePack(
      join(ws, 'pack'),
      [{ path: 'reports/gate.md', sha256: sha('# gate\n'), size: 7 }, { path: 'reports/fifo-dir/f' }],
      attackerKey,
    );
    const r = await verify(ws, ['--jwks', join(trusted, 'jwks.json')]);
    expect(r.code).toBe(1);
    expect(r.report.files).toEqual({ ok: [], missing: [], mismatched: [], unexpected: [], refused: [] });
    expect(r.report.problems[0]).toMatch(/0 of the required 1 trusted keys signed.*; no listed file was read/);
  });

  it('../../dev/zero, a symlinked parent to /dev and a FIFO are refused at once (exit 1, no hang, no read)', async () => {
    const ws = workspace();
    symlinkSync('/dev', join(ws, 'dev'));
    execFileSync('mkfifo', [join(ws, 'reports/pipe')]);
    symlinkSync('/etc/passwd', join(ws, 'reports/passwd'));
    forgePack(
      join(ws, 'pack'),
      [{ path: '../../dev/zero' }, { path: 'dev/zero' }, { path: 'reports/pipe' }, { path: 'reports/passwd' }],
      attackerKey,
    );
    const r = await verify(ws, []);
    expect(r.code).toBe(1);
    const refused = Object.fromEntries(r.report.files.refused.map((x: { path: string; reason: string }) => [x.path, x.reason]));
    expect(refused['../../dev/zero']).toMatch(/\.\. segment/);
    expect(refused['dev/zero']).toMatch(/symbolic link/);
    expect(refused['reports/pipe']).toMatch(/not a regular file/);
    expect(refused['reports/passwd']).toMatch(/not a regular file/);
  });

  it('a listed file larger than its signed size is read to size + 1 bytes only and reported mismatched', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'reports/big.bin'), Buffer.alloc(4 << 20, 7));
    forgePack(join(ws, 'pack'), [{ path: 'reports/big.bin', size: 5 }], trustedKey);
    const r = await verify(ws, ['--jwks', join(trusted, 'jwks.json')]);
    expect(r.code).toBe(1);
    expect(r.report.files.mismatched).toEqual([
      {
        path: 'reports/big.bin',
        expected: '0'.repeat(64),
        actual: 'not read: larger than its signed size',
        expectedSize: 5,
        actualSize: 6,
      },
    ]);
  });

  it("disclose refuses the pack's own JWKS (exit 2) and never writes outside --out, even when a ../ path is signed by a key given as trusted", async () => {
    const ws = workspace();
    mkdirSync(join(ws, 'deep/er'), { recursive: true });
    writeFileSync(join(ws, 'deep/escape.txt'), 'x\n');
    forgePack(join(ws, 'pack'), [{ path: '../escape.txt', sha256: sha('x\n'), size: 2, labels: { region: 'US' } }], attackerKey);
    const noJwks = await mc(
      ['evidence', 'disclose', 'pack', '--region', 'US', '--out', 'out', '--key', join(attacker, 'private.pem'), '--root', 'deep/er'],
      { cwd: ws },
    );
    expect(noJwks.code).toBe(2);
    expect(noJwks.stderr).toMatch(/--jwks \(the trusted keys\) is required/);
    const own = await mc(
      [
        'evidence',
        'disclose',
        'pack',
        '--region',
        'US',
        '--out',
        'deep/er/out',
        '--jwks',
        'pack/jwks.json',
        '--key',
        join(attacker, 'private.pem'),
        '--root',
        'deep/er',
      ],
      { cwd: ws },
    );
    expect(own.code).toBe(2);
    expect(own.stderr).toMatch(/refused: \.\.\/escape\.txt/);
    expect(existsSync(join(ws, 'deep/er/out'))).toBe(false);
    expect(readdirSync(join(ws, 'deep'))).toEqual(['er', 'escape.txt']);
  });

  it('disclosure entries are confined too: a trusted-signed disclosure naming ../../etc/passwd is refused (exit 1)', async () => {
    const ws = workspace();
    const { files, leaves, merkle, rootLine } = forgePack(
      join(ws, 'pack'),
      [{ path: '../../etc/passwd', labels: { region: 'US' } }],
      trustedKey,
    );
    const entries = [{ ...files[0], index: 0, proof: inclusionProof(leaves, 0).map((h) => Buffer.from(h).toString('hex')) }];
    forgeDisclosure(
      join(ws, 'disc'),
      rootLine,
      { disclosure: { region: 'US' }, createdAt: CREATED, merkle: { root: merkle.root, treeSize: 1 }, entries },
      [{ name: files[0].path, digest: { sha256: files[0].sha256 } }],
      trustedKey,
    );
    const r = await mc(['evidence', 'verify', 'disc', '--jwks', join(trusted, 'jwks.json'), '--format', 'json'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files.refused[0]).toMatchObject({ path: '../../etc/passwd' });
    expect(r.stdout).not.toContain(sha(readFileSync('/etc/passwd')));
  });
});

describe('item 10: the pack files themselves are untrusted', () => {
  it.each([
    ['a symbolic link to /dev/zero', (f: string) => symlinkSync('/dev/zero', f)],
    ['a FIFO', (f: string) => execFileSync('mkfifo', [f])],
  ])('evidence.intoto.jsonl that is %s: exit 2 at once, nothing read', async (_what, make) => {
    const ws = workspace();
    mkdirSync(join(ws, 'pack'));
    writeFileSync(join(ws, 'pack/jwks.json'), readFileSync(join(trusted, 'jwks.json')));
    make(join(ws, 'pack/evidence.intoto.jsonl'));
    const r = await verify(ws, ['--jwks', join(trusted, 'jwks.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/evidence\.intoto\.jsonl: expected a readable evidence pack \(found not a regular file/);
  });

  it("a pack's own jwks.json that links to another file, or is not JSON, is exit 2 without quoting it", async () => {
    const ws = workspace();
    expect((await pack(ws, ['reports/**'])).code).toBe(0);
    rmSync(join(ws, 'pack/jwks.json'));
    symlinkSync('/etc/passwd', join(ws, 'pack/jwks.json'));
    const r = await verify(ws, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/jwks\.json: expected a readable JWKS \(found not a regular file/);
    rmSync(join(ws, 'pack/jwks.json'));
    writeFileSync(join(ws, 'pack/jwks.json'), 'root:x:0:0:SECRETq7Zp\n');
    const r2 = await verify(ws, []);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/jwks\.json: expected a JSON Web Key Set as JSON \(found invalid JSON\)/);
    expect(r2.stderr).not.toMatch(/root|q7Zp/);
  });
});

describe('log injection: names from a pack or a tree never start a line of their own', () => {
  it('a forged path with a newline and a workflow command is refused and printed escaped (exit 1)', async () => {
    const ws = workspace();
    forgePack(join(ws, 'pack'), [{ path: 'a\n::error::forged' }, { path: 'b\r\n::add-mask::x' }], attackerKey);
    const r = await mc(['evidence', 'verify', 'pack'], { cwd: ws });
    expect(r.code).toBe(1);
    expect((r.stdout + r.stderr).split(/\r?\n|\r/).filter((l) => l.startsWith('::'))).toEqual([]);
    expect(r.stdout).toMatch(/a\\x0a::error::forged \(not a path inside the root \(a control character\)\)/);
  });

  it('a file name with a newline, named literally, is refused by pack (exit 2), escaped in the message', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'reports/x\n::error::y'), 'z');
    const r = await pack(ws, ['reports/x\n::error::y']); // (globs never match a name with a newline)
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reports\/x\\x0a::error::y: expected a relative path inside the root .*a control character/);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
  });
});

describe('item 9: pack (and config-attest snapshot) never follow a symlinked directory out of the root', () => {
  function withLinkedDir(): string {
    const ws = workspace();
    const outside = join(base, `outside-${Math.random().toString(36).slice(2)}`);
    mkdirSync(outside);
    writeFileSync(join(outside, 'private.pem'), 'SECRET-KEY-MATERIAL\n');
    writeFileSync(join(outside, 'app.yaml'), 'replicas: 3\n');
    symlinkSync(outside, join(ws, 'linked')); // a symlinked directory at a glob base
    symlinkSync(outside, join(ws, 'reports/inner')); // and one under a real directory
    return ws;
  }

  it.each([['linked/**'], ['linked/*.pem'], ['linked/private.pem'], ['reports/inner/**'], ['reports/inner/private.pem']])(
    'evidence pack %s: exit 2, nothing packed',
    async (pattern) => {
      const ws = withLinkedDir();
      const r = await pack(ws, [pattern]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/symbolic link/);
      expect(existsSync(join(ws, 'pack'))).toBe(false);
    },
  );

  it('evidence pack reports/**: the symlinked directory met by the walk is refused (exit 2)', async () => {
    const ws = withLinkedDir();
    const r = await pack(ws, ['reports/**']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reports\/inner is a symbolic link/);
  });

  it.each([['linked/*.yaml'], ['linked/app.yaml'], ['reports/inner/*.yaml'], ['reports/inner/app.yaml']])(
    'config-attest snapshot %s: exit 2, no snapshot written',
    async (pattern) => {
      const ws = withLinkedDir();
      const r = await mc(
        ['config-attest', 'snapshot', '--key', join(trusted, 'private.pem'), '--env', 'production', '--out', 'snap.intoto.jsonl', pattern],
        { cwd: ws },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/symbolic link/);
      expect(existsSync(join(ws, 'snap.intoto.jsonl'))).toBe(false);
    },
  );

  it('a FIFO named literally is refused at once (exit 2); one matched by a glob is left out', async () => {
    const ws = workspace();
    execFileSync('mkfifo', [join(ws, 'reports/pipe')]);
    const lit = await pack(ws, ['reports/pipe']);
    expect(lit.code).toBe(2);
    expect(lit.stderr).toMatch(/regular file/);
    expect((await pack(ws, ['reports/**'])).code).toBe(0);
    const st = JSON.parse(
      Buffer.from(JSON.parse(readFileSync(join(ws, 'pack/evidence.intoto.jsonl'), 'utf8').split('\n')[0]).payload, 'base64').toString(),
    );
    expect(st.subject.map((s: { name: string }) => s.name)).toEqual(['reports/gate.md', 'reports/us/slo.json']);
  });
});

describe('item 4: the disclosure document is signed', () => {
  async function disclosed() {
    const ws = workspace();
    writeFileSync(join(ws, 'reports/us/t2.json'), '{"t":2}\n');
    expect((await pack(ws, ['reports/**'], ['--label', 'reports/us/**=region=US', '--label', 'reports/gate.md=region=EU'])).code).toBe(0);
    const d = await mc(
      [
        'evidence',
        'disclose',
        'pack',
        '--region',
        'US',
        '--out',
        'disc',
        '--jwks',
        join(trusted, 'jwks.json'),
        '--key',
        join(trusted, 'private.pem'),
      ],
      { cwd: ws },
    );
    expect(d.code).toBe(0);
    expect((await mc(['evidence', 'verify', 'disc', '--jwks', join(trusted, 'jwks.json')], { cwd: ws })).code).toBe(0);
    return ws;
  }
  function editLine2(
    ws: string,
    edit: (st: { subject: unknown[]; predicate: { disclosure: { region: string }; entries: unknown[] } }) => void,
  ) {
    const f = join(ws, 'disc/disclosure.intoto.jsonl');
    const [l1, l2] = readFileSync(f, 'utf8').trim().split('\n');
    const env = JSON.parse(l2);
    const st = JSON.parse(Buffer.from(env.payload, 'base64').toString());
    edit(st);
    env.payload = Buffer.from(JSON.stringify(st)).toString('base64');
    writeFileSync(f, `${l1}\n${JSON.stringify(env)}\n`);
  }
  const verifyDisc = (ws: string) =>
    mc(['evidence', 'verify', 'disc', '--jwks', join(trusted, 'jwks.json'), '--format', 'json'], { cwd: ws });

  it('changing the region fails the signature (exit 1)', async () => {
    const ws = await disclosed();
    editLine2(ws, (st) => void (st.predicate.disclosure.region = 'EU'));
    const r = await verifyDisc(ws);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).disclosureSignatures.signatures[0].status).toBe('invalid');
  });

  it('dropping entries, down to none, fails the signature (exit 1)', async () => {
    for (const keep of [1, 0]) {
      const ws = await disclosed();
      editLine2(ws, (st) => {
        st.subject = st.subject.slice(0, keep);
        st.predicate.entries = st.predicate.entries.slice(0, keep);
      });
      expect((await verifyDisc(ws)).code).toBe(1);
    }
  });

  it('an unsigned (old-format) or missing line 2 is unusable (exit 2)', async () => {
    const ws = await disclosed();
    const f = join(ws, 'disc/disclosure.intoto.jsonl');
    const [l1] = readFileSync(f, 'utf8').trim().split('\n');
    writeFileSync(
      f,
      `${l1}\n${JSON.stringify({ format: 'https://mc-actions.dev/evidence-disclosure/v1', disclosure: { region: 'US' }, treeSize: 3, entries: [] })}\n`,
    );
    const r = await verifyDisc(ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2/);
    writeFileSync(f, `${l1}\n`);
    const r2 = await verifyDisc(ws);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/line 2: expected the signed disclosure statement .*truncated/);
  });

  it('a disclosure signed by a trusted key cannot slip in a file of another region (exit 1)', async () => {
    const ws = workspace();
    const { files, leaves, merkle, rootLine } = forgePack(
      join(ws, 'pack'),
      [
        { path: 'a.json', labels: { region: 'EU' } },
        { path: 'b.json', labels: { region: 'US' } },
      ],
      trustedKey,
    );
    const entries = [{ ...files[0], index: 0, proof: inclusionProof(leaves, 0).map((h) => Buffer.from(h).toString('hex')) }];
    mkdirSync(join(ws, 'disc/files'), { recursive: true });
    writeFileSync(join(ws, 'disc/files/a.json'), 'x');
    forgeDisclosure(
      join(ws, 'disc'),
      rootLine,
      { disclosure: { region: 'US' }, createdAt: CREATED, merkle: { root: merkle.root, treeSize: 2 }, entries },
      [{ name: 'a.json', digest: { sha256: files[0].sha256 } }],
      trustedKey,
    );
    const r = await verifyDisc(ws);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems.join()).toMatch(/a\.json: not labelled region=US/);
  });
});

describe('item 5: evidence policy files are validated (schemas/evidence-policy.schema.json)', () => {
  it.each([
    [
      'requird: [slo-snapshot]\n',
      /policy\.yaml: requird: expected no property 'requird' \(not in the evidence policy schema; known here: required, max-age\)/,
    ],
    ['required: [file]\nmaxAge: 1h\n', /policy\.yaml: maxAge: expected no property 'maxAge'/],
    ['', /policy\.yaml: expected an evidence policy mapping .*empty document/],
    ['{}\n', /policy\.yaml: expected an evidence policy .*empty mapping/],
    ['required: 5\n', /policy\.yaml: required: expected a list of kinds/],
    ['max-age: soon\n', /policy\.yaml: max-age: expected a duration/],
    ['- required\n', /policy\.yaml: expected an evidence policy mapping/],
    ['required: [a]\nrequired: [b]\n', /policy\.yaml: expected evidence policy as YAML or JSON/],
  ])('%j: exit 2 naming the file and field', async (text, message) => {
    const ws = workspace();
    expect((await pack(ws, ['reports/**'])).code).toBe(0);
    writeFileSync(join(ws, 'policy.yaml'), text);
    const r = await verify(ws, ['--jwks', join(trusted, 'jwks.json'), '--policy', 'policy.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('item 11: Merkle leaves follow the documented leaf definition whatever the kind says', () => {
  it('a kind equal to labels:{"region":"US"} neither changes nor is changed by a labels object', () => {
    const mk = (path: string, kind: string, labels: Record<string, string>): FileEntry => ({
      path,
      sha256: 'a'.repeat(64),
      size: 1,
      kind,
      mediaType: 'text/plain',
      labels,
    });
    for (const files of [
      [mk('a', 'labels:{"region":"US"}', {}), mk('b', 'file', { region: 'US' })],
      [mk('a', 'file', { region: 'US' }), mk('b', 'labels:{"region":"US"}', {})],
      [mk('a', 'text/plain', {}), mk('b', 'file', {})],
    ]) {
      const reference = files.map((f) => Buffer.from(leafHash(leafBytes(f))).toString('hex'));
      expect(fileLeafHashes(files).map((h) => Buffer.from(h).toString('hex'))).toEqual(reference);
    }
  });

  it('a pack with such a kind signs the root of the documented leaves, and verifies', async () => {
    const ws = workspace();
    expect(
      (await pack(ws, ['reports/**'], ['--kind', 'reports/gate.md=labels:{"region":"US"}', '--label', 'reports/us/**=region=US'])).code,
    ).toBe(0);
    const st = JSON.parse(
      Buffer.from(JSON.parse(readFileSync(join(ws, 'pack/evidence.intoto.jsonl'), 'utf8').split('\n')[0]).payload, 'base64').toString(),
    );
    const files: FileEntry[] = st.subject.map((s: { name: string; digest: { sha256: string } }, i: number) => ({
      ...st.predicate.files[i],
      sha256: s.digest.sha256,
    }));
    expect(st.predicate.merkle.root).toBe(Buffer.from(rootFromLeafHashes(files.map((f) => leafHash(leafBytes(f))))).toString('hex'));
    expect((await verify(ws, ['--jwks', join(trusted, 'jwks.json')])).code).toBe(0);
  });
});

describe('item 16: no value of a secret key input is printed, even in part', () => {
  const secretJwk = { kty: 'SECRETKTYq7Zp', crv: 'SECRETCRVx2Wd', x: 'SECRETXVALUEk3Jd', d: 'SECRETDVALUEz8Qm' };
  const fragments = ['SECRET', 'q7Zp', 'x2Wd', 'k3Jd', 'z8Qm'];
  it.each([
    ['wrong kty/crv', JSON.stringify(secretJwk)],
    ['OKP with a wrong crv', JSON.stringify({ ...secretJwk, kty: 'OKP' })],
    ['an alg that is not EdDSA', JSON.stringify({ ...secretJwk, kty: 'OKP', crv: 'Ed25519', alg: 'SECRETALGq7Zp' })],
    ['not JSON', '{"d":"SECRETDVALUEz8Qm", oops'],
    ['duplicate members', '{"d":"SECRETDVALUEz8Qm","d":"SECRETDVALUEx2Wd"}'],
    ['not a PEM', 'SECRETq7Zp-----BEGIN PRIVATE KEY-----\nSECRETz8Qm\n-----END PRIVATE KEY-----\n'],
  ])('a private key that is %s: exit 2 and no fragment in the output', async (_what, text) => {
    const ws = workspace();
    writeFileSync(join(ws, 'key.jwk'), text);
    for (const args of [
      ['evidence', 'pack', '--key', 'key.jwk', '--out', 'pack', 'reports/**'],
      ['jws', 'sign', '--key', 'key.jwk', '--payload', 'reports/gate.md'],
    ]) {
      const r = await mc(args, { cwd: ws });
      expect(r.code).toBe(2);
      for (const f of fragments) expect(r.stdout + r.stderr).not.toContain(f);
      expect(r.stderr).not.toMatch(/internal error/);
    }
  });
});

describe('keygen', () => {
  it('writes the private key readable by its owner only (0600)', async () => {
    const { statSync } = await import('node:fs');
    expect(statSync(join(trusted, 'private.pem')).mode & 0o777).toBe(0o600);
  });
});

describe('item 19: truncated packs, unexpected symlinks, JWKS key use', () => {
  it('a pack truncated to its first line is unusable (exit 2), as the README says', async () => {
    const ws = workspace();
    expect((await pack(ws, ['reports/**'])).code).toBe(0);
    const f = join(ws, 'pack/evidence.intoto.jsonl');
    writeFileSync(f, readFileSync(f, 'utf8').split('\n')[0] + '\n');
    const r = await verify(ws, ['--jwks', join(trusted, 'jwks.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/evidence\.intoto\.jsonl: line 2: expected the signed Merkle root statement \(the pack is truncated\)/);
    // a partial line 2 and a smuggled line 3 are unusable too
    const full = join(ws, 'pack2');
    expect(
      (
        await mc(['evidence', 'pack', '--key', join(trusted, 'private.pem'), '--out', 'pack2', '--created-at', CREATED, 'reports/**'], {
          cwd: ws,
        })
      ).code,
    ).toBe(0);
    const text = readFileSync(join(full, 'evidence.intoto.jsonl'), 'utf8');
    writeFileSync(f, text.slice(0, text.length - 40));
    expect((await verify(ws, ['--jwks', join(trusted, 'jwks.json')])).code).toBe(2);
    writeFileSync(f, text + '{}\n');
    expect((await verify(ws, ['--jwks', join(trusted, 'jwks.json')])).code).toBe(2);
  });

  it('an extra symlink in the evidence root is reported as unexpected (exit 1), and never followed', async () => {
    const ws = workspace();
    expect((await pack(ws, ['reports/**'])).code).toBe(0);
    symlinkSync('/etc/passwd', join(ws, 'reports/us/extra.json'));
    symlinkSync('/etc', join(ws, 'reports/etc'));
    const r = await verify(ws, ['--jwks', join(trusted, 'jwks.json')]);
    expect(r.code).toBe(1);
    expect(r.report.files.unexpected).toEqual(['reports/etc', 'reports/us/extra.json']);
  });

  it.each([
    [{ alg: 'none' }, /jwks\.json: keys\[0\]\.alg: expected EdDSA or no alg/],
    [{ use: 'enc' }, /jwks\.json: keys\[0\]\.use: expected sig or no use/],
    [{ alg: 'RS256' }, /keys\[0\]\.alg/],
  ])('a JWKS key with %j is not a verification key (exit 2)', async (extra, message) => {
    const ws = workspace();
    expect((await pack(ws, ['reports/**'])).code).toBe(0);
    const jwks = JSON.parse(readFileSync(join(trusted, 'jwks.json'), 'utf8'));
    Object.assign(jwks.keys[0], extra);
    writeFileSync(join(ws, 'jwks.json'), JSON.stringify(jwks));
    const r = await verify(ws, ['--jwks', 'jwks.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('item 20 and duplicate members: malformed structure is exit 2 naming file and field, never "internal error"', () => {
  it.each([
    ['null', /jwks\.json: expected a JSON Web Key Set/],
    ['{"keys":[null]}', /jwks\.json: keys\[0\]: expected a JWK/],
    ['{"keys":null}', /jwks\.json: keys: expected an array/],
    ['[]', /jwks\.json: expected a JSON Web Key Set/],
    [
      '{"keys":[{"kty":"OKP","crv":"Ed25519","x":"AAAA","x":"BBBB"}]}',
      /jwks\.json: expected a JSON Web Key Set without duplicate member names .*keys\[0\]\.x/,
    ],
    [
      '{"keys":[{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"}]}',
      /keys\[0\]\.d: expected public keys only/,
    ],
  ])('JWKS %s', async (text, message) => {
    const ws = workspace();
    expect((await pack(ws, ['reports/**'])).code).toBe(0);
    writeFileSync(join(ws, 'jwks.json'), text);
    const r = await verify(ws, ['--jwks', 'jwks.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it.each([['null'], ['[]'], ['"x"'], ['{"alg":"EdDSA","alg":"none","kid":"k"}']])('a JWS protected header %s', async (header) => {
    const ws = workspace();
    const token = `${Buffer.from(header).toString('base64url')}..${Buffer.alloc(64).toString('base64url')}`;
    const r = await mc(['jws', 'verify', '--jwks', join(trusted, 'jwks.json'), '--payload', 'reports/gate.md', token], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/token header: expected/);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('a null disclosure entry (signed by a trusted key) names the entry', async () => {
    const ws = workspace();
    const { merkle, rootLine } = forgePack(join(ws, 'pack'), [{ path: 'a.json', labels: { region: 'US' } }], trustedKey);
    forgeDisclosure(
      join(ws, 'disc'),
      rootLine,
      { disclosure: { region: 'US' }, createdAt: CREATED, merkle: { root: merkle.root, treeSize: 1 }, entries: [null] },
      [{ name: 'a.json', digest: { sha256: '0'.repeat(64) } }],
      trustedKey,
    );
    const r = await mc(['evidence', 'verify', 'disc', '--jwks', join(trusted, 'jwks.json')], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/disclosure\.intoto\.jsonl: line 2: payload\.predicate\.entries\[0\]: expected an object/);
  });

  it('a signed manifest with a null subject, or files that disagree with the subjects, names the member', async () => {
    const ws = workspace();
    const release = { name: 'x', version: '1', createdAt: CREATED };
    const cases: [unknown[], unknown[], RegExp][] = [
      [[null], [], /payload\.subject\[0\]: expected an object/],
      [
        [{ name: 'a', digest: { sha256: 'A'.repeat(64) } }],
        [{ path: 'a', size: 1, kind: 'k', mediaType: 'm', labels: {} }],
        /payload\.subject\[0\]\.digest\.sha256: expected 64 lowercase hex/,
      ],
      [
        [{ name: 'a', digest: { sha256: 'a'.repeat(64) } }],
        [{ path: 'b', size: 1, kind: 'k', mediaType: 'm', labels: {} }],
        /payload\.predicate\.files\[0\]\.path: expected the subject's name/,
      ],
      [
        [{ name: 'a', digest: { sha256: 'a'.repeat(64) } }],
        [{ path: 'a', size: -1, kind: 'k', mediaType: 'm', labels: {} }],
        /payload\.predicate\.files\[0\]\.size: expected a whole number/,
      ],
      [
        [{ name: 'a', digest: { sha256: 'a'.repeat(64) } }],
        [{ path: 'a', size: 1, kind: 'k', mediaType: 'm', labels: { region: 1 } }],
        /payload\.predicate\.files\[0\]\.labels\.region: expected a string/,
      ],
    ];
    for (const [subject, files, message] of cases) {
      rmSync(join(ws, 'pack'), { recursive: true, force: true });
      mkdirSync(join(ws, 'pack'));
      const merkle = { algorithm: 'RFC6962-SHA256', leaf: 'jcs-file-entry', treeSize: 1, root: 'b'.repeat(64) };
      const st = makeStatement(subject as never, MANIFEST_PREDICATE, { release, collection: { patterns: [], exclude: [] }, files, merkle });
      const { envelope, payload } = signStatementWithPayload(st, [trustedKey]);
      const rootEnv = signStatement(
        makeStatement([{ name: 'merkle-root', digest: { sha256: merkle.root } }], ROOT_PREDICATE, {
          release,
          merkle,
          manifest: { sha256: sha256Hex(payload) },
        }),
        [trustedKey],
      );
      writeFileSync(join(ws, 'pack/evidence.intoto.jsonl'), `${JSON.stringify(envelope)}\n${JSON.stringify(rootEnv)}\n`);
      const r = await verify(ws, ['--jwks', join(trusted, 'jwks.json')]);
      expect(r.code, String(message)).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it("a signed manifest that leaves pack's layout part way (file 30 of 40) is verified, or refused, as a whole: the files read so far count for nothing", async () => {
    // verify reads a manifest in pack's layout while the first files are hashed; past the point where
    // the bytes leave that layout, it starts again the general way (JSON.parse and the shape checks)
    const ws = workspace();
    mkdirSync(join(ws, 'many'));
    const files: FileEntry[] = Array.from({ length: 40 }, (_, i) => {
      const body = `file ${i}\n`.repeat(i + 1);
      const path = `many/f${String(i).padStart(2, '0')}.txt`;
      writeFileSync(join(ws, path), body);
      return { path, sha256: sha(body), size: body.length, kind: 'file', mediaType: 'text/plain', labels: {} };
    });
    const release = { name: 'x', version: '1', createdAt: CREATED };
    const merkle = {
      algorithm: 'RFC6962-SHA256',
      leaf: 'jcs-file-entry',
      treeSize: files.length,
      root: Buffer.from(rootFromLeafHashes(fileLeafHashes(files))).toString('hex'),
    };
    const st = makeStatement(
      files.map((f) => ({ name: f.path, digest: { sha256: f.sha256 } })),
      MANIFEST_PREDICATE,
      { release, collection: { patterns: ['many/**'], exclude: [] }, files: files.map(({ sha256: _s, ...f }) => f), merkle },
    );
    const text = Buffer.from(signStatementWithPayload(st, [trustedKey]).payload).toString();
    const f30 = `"path":"many/f30.txt","size":${files[30].size}}`;
    expect(text).toContain(f30);
    const write = (payloadText: string) => {
      rmSync(join(ws, 'pack'), { recursive: true, force: true });
      mkdirSync(join(ws, 'pack'));
      const payload = Buffer.from(payloadText);
      const envelope = signEnvelope(payload, INTOTO_PAYLOAD_TYPE, [trustedKey]);
      const rootEnv = signStatement(
        makeStatement([{ name: 'merkle-root', digest: { sha256: merkle.root } }], ROOT_PREDICATE, {
          release,
          merkle,
          manifest: { sha256: sha256Hex(payload) },
        }),
        [trustedKey],
      );
      writeFileSync(join(ws, 'pack/evidence.intoto.jsonl'), `${JSON.stringify(envelope)}\n${JSON.stringify(rootEnv)}\n`);
    };
    // the same size spelled 15.0: the same value to JSON.parse, not pack's layout
    write(text.replace(f30, f30.replace(/}$/, '.0}')));
    let r = await verify(ws, ['--jwks', join(trusted, 'jwks.json'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.files.ok).toEqual(files.map((f) => f.path));
    expect(report.merkle.ok).toBe(true);
    // control: one changed file among them still fails, through the same fallback
    writeFileSync(join(ws, 'many/f35.txt'), 'changed');
    r = await verify(ws, ['--jwks', join(trusted, 'jwks.json'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files.mismatched.map((m: { path: string }) => m.path)).toEqual(['many/f35.txt']);
    // a malformed entry at file 30 is exit 2 naming it, as from the start
    write(
      text.replace(
        `{"kind":"file","labels":{},"mediaType":"text/plain","path":"many/f30.txt"`,
        `{"kind":"file","labels":{"region":1},"mediaType":"text/plain","path":"many/f30.txt"`,
      ),
    );
    r = await verify(ws, ['--jwks', join(trusted, 'jwks.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/payload\.predicate\.files\[30\]\.labels\.region: expected a string/);
  });

  it('a pack line with duplicate members is unusable (exit 2)', async () => {
    const ws = workspace();
    expect((await pack(ws, ['reports/**'])).code).toBe(0);
    const f = join(ws, 'pack/evidence.intoto.jsonl');
    const [l1, l2] = readFileSync(f, 'utf8').trim().split('\n');
    writeFileSync(f, `${l1.replace(/^\{/, '{"payloadType":"x",')}\n${l2}\n`);
    const r = await verify(ws, ['--jwks', join(trusted, 'jwks.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 1: expected a DSSE envelope without duplicate member names .*payloadType/);
  });
});
