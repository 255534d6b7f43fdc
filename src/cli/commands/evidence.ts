/**
 * `mc keygen`, `mc jwks retire`, `mc evidence pack|verify|disclose`, `mc jws sign|verify`:
 * thin commands over src/evidence and src/core/keys.
 */
import { join, resolve } from 'node:path';
import { ExitCode, InputError, UsageError } from '../../core/errors.js';
import { exists, readText, writeFileAtomic } from '../../core/fsx.js';
import { formatJwks, generateKey, privateKeyPem, publicKeyPem, readJwksFile, readPrivateKeyFile } from '../../core/ed25519.js';
import { disclose } from '../../evidence/disclose.js';
import { signDetached, verifyDetached } from '../../evidence/jws.js';
import { loadPolicy, trustedKeys } from '../../evidence/options.js';
import { evidenceSettings, type EvidenceRawSettings } from '../../evidence/settings.js';
import { buildPack, releaseFromEnv, writePack } from '../../evidence/pack.js';
import { verifyMarkdown, verifyText } from '../../evidence/render.js';
import { verifyPack } from '../../evidence/verify.js';
import { parseCliArgs, type CliCommand } from '../cli.js';
import { viewCmd } from './evidence-view.js';
import { readFile } from 'node:fs/promises';

/** The flag of each setting (mode and upload are the action's only). */
const flag = (f: keyof EvidenceRawSettings): string =>
  `--${({ kinds: 'kind', labels: 'label', requireKinds: 'require-kinds', maxAge: 'max-age' } as Record<string, string>)[f] ?? f}`;

const keygen: CliCommand = {
  name: 'keygen',
  summary: 'generate an Ed25519 key pair: private.pem (PKCS#8), public.pem (SPKI), jwks.json',
  usage: 'mc keygen --out DIR [--add-to JWKS.json]',
  async run(argv, io) {
    const { values } = parseCliArgs(argv, { out: { type: 'string' }, 'add-to': { type: 'string' } }, this.usage, false);
    if (!values.out) throw new UsageError(`--out is required\nusage: ${this.usage}`);
    const dir = resolve(io.cwd, values.out);
    if (await exists(join(dir, 'private.pem')))
      throw new InputError(join(dir, 'private.pem'), undefined, 'a path that does not exist yet (keys are never overwritten)');
    const key = await generateKey();
    const previous = values['add-to'] ? await readJwksFile(resolve(io.cwd, values['add-to'])) : [];
    await writeFileAtomic(join(dir, 'private.pem'), privateKeyPem(key), { noClobber: true, mode: 0o600 }); // owner only
    await writeFileAtomic(join(dir, 'public.pem'), publicKeyPem(key.publicKey));
    await writeFileAtomic(join(dir, 'jwks.json'), formatJwks([...previous.filter((k) => k.kid !== key.kid), key.publicKey]));
    io.stdout(`kid ${key.kid}\nwrote ${join(values.out, 'private.pem')} (keep secret), public.pem, jwks.json\n`);
    return ExitCode.Pass;
  },
};

const jwksRetire: CliCommand = {
  name: 'jwks retire',
  summary: 'retire a key: set its exp so signatures made after it no longer verify (the key stays in the set)',
  usage: 'mc jwks retire --jwks JWKS.json --kid KID [--at RFC3339] [--out FILE]',
  async run(argv, io) {
    const { values } = parseCliArgs(
      argv,
      { jwks: { type: 'string' }, kid: { type: 'string' }, at: { type: 'string' }, out: { type: 'string' } },
      this.usage,
      false,
    );
    if (!values.jwks || !values.kid) throw new UsageError(`--jwks and --kid are required\nusage: ${this.usage}`);
    const file = resolve(io.cwd, values.jwks);
    const keys = await readJwksFile(file);
    const key = keys.find((k) => k.kid === values.kid);
    if (!key) throw new InputError(file, 'keys', `a key with kid ${values.kid}`);
    const at = values.at ? Date.parse(values.at) : Date.now();
    if (Number.isNaN(at)) throw new UsageError(`--at: expected an RFC 3339 time, found '${values.at}'`);
    key.jwk.exp = Math.floor(at / 1000);
    await writeFileAtomic(values.out ? resolve(io.cwd, values.out) : file, formatJwks(keys));
    io.stdout(`retired ${values.kid} at ${new Date(key.jwk.exp * 1000).toISOString()}\n`);
    return ExitCode.Pass;
  },
};

const pack: CliCommand = {
  name: 'evidence pack',
  summary: 'digest files and sign the manifest (in-toto Statement in DSSE) into PACKDIR',
  usage:
    'mc evidence pack --key PRIVATE.pem [--key ...] --out PACKDIR [--root DIR] [--exclude GLOB]... [--kind GLOB=KIND]... [--label GLOB=KEY=VALUE]... [--name N] [--version V] [--commit SHA] [--run URL] [--created-at RFC3339] PATH_OR_GLOB...',
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(
      argv,
      {
        key: { type: 'string', multiple: true },
        out: { type: 'string' },
        root: { type: 'string' },
        exclude: { type: 'string', multiple: true },
        kind: { type: 'string', multiple: true },
        label: { type: 'string', multiple: true },
        name: { type: 'string' },
        version: { type: 'string' },
        commit: { type: 'string' },
        run: { type: 'string' },
        'created-at': { type: 'string' },
      },
      this.usage,
    );
    if (!values.key?.length || !values.out || !positionals.length)
      throw new UsageError(`--key, --out and at least one path are required\nusage: ${this.usage}`);
    const settings = evidenceSettings({ kinds: values.kind, labels: values.label }, flag);
    const keys = await Promise.all(values.key.map((k) => readPrivateKeyFile(resolve(io.cwd, k))));
    const outDir = resolve(io.cwd, values.out);
    const built = await buildPack({
      root: resolve(io.cwd, values.root ?? '.'),
      patterns: positionals,
      exclude: values.exclude,
      rules: settings.rules,
      release: releaseFromEnv(
        { name: values.name, version: values.version, commit: values.commit, run: values.run, createdAt: values['created-at'] },
        io.env,
      ),
      keys,
      outDir,
    });
    const { packFile } = await writePack(outDir, built, keys);
    io.stdout(
      `packed ${built.fileCount} files into ${packFile}\nmanifest sha256:${built.manifestDigest}\nsigned by ${keys.map((k) => k.kid).join(', ')}\n`,
    );
    return ExitCode.Pass;
  },
};

const verify: CliCommand = {
  name: 'evidence verify',
  summary: 'verify a pack or disclosure: signatures, threshold, files (ok/missing/mismatched/unexpected), policy',
  usage:
    'mc evidence verify PACKDIR [--root DIR] [--jwks FILE] [--threshold N] [--policy FILE] [--require-kinds K1,K2] [--max-age 24h] [--format text|json|markdown]',
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(
      argv,
      {
        root: { type: 'string' },
        jwks: { type: 'string' },
        threshold: { type: 'string' },
        policy: { type: 'string' },
        'require-kinds': { type: 'string' },
        'max-age': { type: 'string' },
        format: { type: 'string' },
      },
      this.usage,
    );
    if (positionals.length !== 1) throw new UsageError(`expected one PACKDIR\nusage: ${this.usage}`);
    const format = values.format ?? 'text';
    if (!['text', 'json', 'markdown'].includes(format))
      throw new UsageError(`--format: expected text, json or markdown, found '${format}'`);
    const settings = evidenceSettings(
      { threshold: values.threshold, requireKinds: values['require-kinds'], maxAge: values['max-age'] },
      flag,
    );
    const packDir = resolve(io.cwd, positionals[0]);
    const { keys, trust } = await trustedKeys(packDir, values.jwks && resolve(io.cwd, values.jwks));
    const report = await verifyPack({
      packDir,
      root: values.root ? resolve(io.cwd, values.root) : undefined,
      cwd: io.cwd,
      trusted: keys,
      trust,
      threshold: settings.threshold,
      policy: await loadPolicy(values.policy && resolve(io.cwd, values.policy), settings),
    });
    io.stdout(
      format === 'json' ? JSON.stringify(report, null, 2) + '\n' : format === 'markdown' ? verifyMarkdown(report) : verifyText(report),
    );
    return report.verdict === 'verified' ? ExitCode.Pass : ExitCode.Fail;
  },
};

const discloseCmd: CliCommand = {
  name: 'evidence disclose',
  summary:
    'derive a region/tenant pack: only its files, with Merkle inclusion proofs against the signed root, in a signed disclosure statement',
  usage:
    'mc evidence disclose PACKDIR --region R [--tenant T] --out DIR --jwks FILE --key PRIVATE.pem [--key ...] [--root DIR] [--threshold N] [--created-at RFC3339]',
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(
      argv,
      {
        region: { type: 'string' },
        tenant: { type: 'string' },
        out: { type: 'string' },
        root: { type: 'string' },
        jwks: { type: 'string' },
        key: { type: 'string', multiple: true },
        threshold: { type: 'string' },
        'created-at': { type: 'string' },
      },
      this.usage,
    );
    if (positionals.length !== 1 || !values.region || !values.out)
      throw new UsageError(`PACKDIR, --region and --out are required\nusage: ${this.usage}`);
    // trust material comes from the caller, never from the pack: a forged pack verifies under its own JWKS
    if (!values.jwks)
      throw new UsageError(
        `--jwks (the trusted keys) is required: the pack's own jwks.json proves integrity, not who signed\nusage: ${this.usage}`,
      );
    if (!values.key?.length) throw new UsageError(`--key is required: the disclosure statement is signed\nusage: ${this.usage}`);
    const { threshold } = evidenceSettings({ threshold: values.threshold }, flag);
    const packDir = resolve(io.cwd, positionals[0]);
    const { keys: trusted, trust } = await trustedKeys(packDir, resolve(io.cwd, values.jwks));
    const keys = await Promise.all(values.key.map((k) => readPrivateKeyFile(resolve(io.cwd, k))));
    const r = await disclose({
      packDir,
      root: resolve(io.cwd, values.root ?? '.'),
      region: values.region,
      tenant: values.tenant,
      outDir: resolve(io.cwd, values.out),
      trusted,
      trust,
      keys,
      threshold,
      createdAt: values['created-at'],
    });
    io.stdout(
      `disclosed ${r.entries} files for region=${values.region}${values.tenant ? ` tenant=${values.tenant}` : ''} into ${r.file}\nsigned by ${keys.map((k) => k.kid).join(', ')}\n`,
    );
    return ExitCode.Pass;
  },
};

const jwsSign: CliCommand = {
  name: 'jws sign',
  summary: 'print a detached compact JWS (EdDSA, kid) over a payload file (RFC 7515 appendix F)',
  usage: 'mc jws sign --key PRIVATE.pem --payload FILE',
  async run(argv, io) {
    const { values } = parseCliArgs(argv, { key: { type: 'string' }, payload: { type: 'string' } }, this.usage, false);
    if (!values.key || !values.payload) throw new UsageError(`--key and --payload are required\nusage: ${this.usage}`);
    const key = await readPrivateKeyFile(resolve(io.cwd, values.key));
    await readText(resolve(io.cwd, values.payload), 'payload');
    io.stdout((await signDetached(new Uint8Array(await readFile(resolve(io.cwd, values.payload))), key)) + '\n');
    return ExitCode.Pass;
  },
};

const jwsVerify: CliCommand = {
  name: 'jws verify',
  summary: 'verify a detached JWS over a payload file against a JWKS',
  usage: 'mc jws verify --jwks FILE --payload FILE TOKEN',
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(argv, { jwks: { type: 'string' }, payload: { type: 'string' } }, this.usage);
    if (!values.jwks || !values.payload || positionals.length !== 1)
      throw new UsageError(`--jwks, --payload and TOKEN are required\nusage: ${this.usage}`);
    const keys = await readJwksFile(resolve(io.cwd, values.jwks));
    await readText(resolve(io.cwd, values.payload), 'payload');
    const r = await verifyDetached(positionals[0], new Uint8Array(await readFile(resolve(io.cwd, values.payload))), keys);
    if (r.ok) io.stdout(`VERIFIED: signed by ${r.kid}\n`);
    else io.stdout(`FAILED: ${r.reason}\n`);
    return r.ok ? ExitCode.Pass : ExitCode.Fail;
  },
};

export const commands: CliCommand[] = [keygen, jwksRetire, pack, verify, discloseCmd, jwsSign, jwsVerify, viewCmd];
