/**
 * `mc intoto verify|run|sign|keygen|attestation verify`: thin commands over src/intoto.
 * `mc intoto verify` takes in-toto-verify's own arguments (so scripts switch by changing the command
 * name) plus `--param KEY=VALUE`; exit codes 0 pass, 1 verification failed, 2 usage or unusable input.
 */
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { ExitCode, InputError, UsageError } from '../../core/errors.js';
import { readText, writeFileAtomic } from '../../core/fsx.js';
import {
  attestationText,
  dumpMetablock,
  generateKey,
  keyFiles,
  linkFileName,
  parseMetadata,
  parsePrivateKeyFile,
  parsePublicKeyFile,
  publicKeyDict,
  readLayout,
  runStep,
  signDsse,
  signMetablock,
  verifyAttestation,
  verifyJson,
  verifyLayoutFile,
  verifyMarkdown,
  verifyMetadataSignature,
  verifyText,
  intotoSettings,
  keyTypesFor,
  type IntotoRawSettings,
  type KeyType,
  type Layout,
  type SslibKey,
} from '../../intoto/index.js';
import { parseCliArgs, type CliCommand } from '../cli.js';

/**
 * argparse `nargs='+'` for node:util parseArgs: `-k a b c` becomes `-k a -k b -k c` for the given
 * flags (values are taken up to the next token starting with '-' or up to `--`).
 */
export function expandMulti(argv: string[], flags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    out.push(a);
    if (a === '--') {
      out.push(...argv.slice(i + 1));
      break;
    }
    if (!flags.includes(a)) continue;
    let first = true;
    while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) {
      if (!first) out.push(a);
      out.push(argv[++i]);
      first = false;
    }
  }
  return out;
}

/**
 * A user-given path resolved against the working directory, or the working directory itself.
 * (No literal '.' paths: ncc's asset relocator would bundle the whole build directory.)
 */
function at(cwd: string, p: string | undefined): string {
  return p ? resolve(cwd, p) : cwd;
}

/** The flag of each setting in `mc intoto verify` (in-toto-verify's names), or as `names` says. */
function flag(f: keyof IntotoRawSettings, names: Partial<Record<keyof IntotoRawSettings, string>> = {}): string {
  return (
    names[f] ??
    {
      layoutKeys: '--layout-keys',
      keyTypes: '--key-types',
      params: '--param',
      attestationKeys: '--key',
      attestationKeyTypes: '--key-types',
      attestationThreshold: '--threshold',
      externalParams: '--external-param',
    }[f]
  );
}

/** The key types of `n` keys (see {@link keyTypesFor}); in-toto's default rsa. */
function keyTypes(types: string[] | undefined, n: number, flag: string): KeyType[] {
  return keyTypesFor(types, n, flag);
}

/** Loads public keys as in-toto-verify `--layout-keys` with `--key-types`. */
export async function loadPublicKeys(paths: string[], types: string[] | undefined, cwd: string, flag = '--key-types'): Promise<SslibKey[]> {
  const t = keyTypes(types, paths.length, flag);
  return Promise.all(paths.map(async (p, i) => parsePublicKeyFile(await readText(resolve(cwd, p), `${t[i]} public key`), t[i], p)));
}

const verify: CliCommand = {
  name: 'intoto verify',
  summary: 'verify a supply chain: layout, links, inspections (in-toto-verify compatible)',
  usage:
    'mc intoto verify --layout FILE --layout-keys KEY [KEY ...] [--key-types TYPE ...] [--link-dir DIR] [--param KEY=VALUE ...] [--workdir DIR] [--inspect-in-place] [--inspection-link-dir DIR] [--report FILE.json] [--summary FILE.md] [--verbose|--quiet]',
  async run(argv, io) {
    const { values } = parseCliArgs(
      expandMulti(argv, ['-k', '--layout-keys', '-t', '--key-types', '-g', '--gpg']),
      {
        layout: { type: 'string', short: 'l' },
        'layout-keys': { type: 'string', short: 'k', multiple: true },
        'key-types': { type: 'string', short: 't', multiple: true },
        'link-dir': { type: 'string' },
        gpg: { type: 'string', short: 'g', multiple: true },
        'gpg-home': { type: 'string' },
        param: { type: 'string', multiple: true },
        workdir: { type: 'string' },
        'inspect-in-place': { type: 'boolean' },
        'inspection-link-dir': { type: 'string' },
        report: { type: 'string' },
        summary: { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        quiet: { type: 'boolean', short: 'q' },
      },
      this.usage,
      false,
    );
    if (values.gpg || values['gpg-home']) throw new UsageError('--gpg is not supported: pass the layout keys as files with --layout-keys');
    if (!values.layout) throw new UsageError(`--layout is required\nusage: ${this.usage}`);
    if (!values['layout-keys']?.length)
      throw new UsageError(`wrong arguments: specify at least one of '--layout-keys path [path ...]'\nusage: ${this.usage}`);
    const { layoutKeyTypes, params } = intotoSettings(
      { layoutKeys: values['layout-keys'], keyTypes: values['key-types'], params: values.param },
      flag,
    );
    const keys = await loadPublicKeys(values['layout-keys'], layoutKeyTypes, io.cwd);
    const result = await verifyLayoutFile(resolve(io.cwd, values.layout), {
      layoutKeys: keys,
      linkDir: at(io.cwd, values['link-dir']),
      params,
      workDir: at(io.cwd, values.workdir),
      inspectInPlace: values['inspect-in-place'],
      inspectionLinkDir: values['inspection-link-dir'] ? resolve(io.cwd, values['inspection-link-dir']) : undefined,
      log: values.verbose ? (m) => io.stderr(`${m}\n`) : undefined,
    });
    result.layout.source = values.layout;
    if (values.report) await writeFileAtomic(resolve(io.cwd, values.report), verifyJson(result));
    if (values.summary) await writeFileAtomic(resolve(io.cwd, values.summary), verifyMarkdown(result));
    if (!values.quiet || !result.passed) (result.passed ? io.stdout : io.stderr)(verifyText(result, values.verbose));
    return result.passed ? ExitCode.Pass : ExitCode.Fail;
  },
};

const run: CliCommand = {
  name: 'intoto run',
  summary: 'record a step: materials, run the command, products; sign the link (in-toto-run compatible)',
  usage:
    'mc intoto run --step-name NAME --key KEY [--key-type TYPE] [--materials PATH ...] [--products PATH ...] [--record-streams] [--no-command] [--exclude PATTERN ...] [--base-path DIR] [--lstrip-paths PREFIX ...] [--metadata-directory DIR] [--dsse] -- COMMAND [ARGS ...]',
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(
      expandMulti(argv, ['-m', '--materials', '-p', '--products', '--exclude', '--lstrip-paths']),
      {
        'step-name': { type: 'string', short: 'n' },
        key: { type: 'string', short: 'k' },
        'key-type': { type: 'string', short: 't' },
        materials: { type: 'string', short: 'm', multiple: true },
        products: { type: 'string', short: 'p', multiple: true },
        'record-streams': { type: 'boolean', short: 's' },
        'no-command': { type: 'boolean', short: 'x' },
        exclude: { type: 'string', multiple: true },
        'base-path': { type: 'string' },
        'lstrip-paths': { type: 'string', multiple: true },
        'metadata-directory': { type: 'string', short: 'd' },
        dsse: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        quiet: { type: 'boolean', short: 'q' },
      },
      this.usage,
      true,
    );
    if (!values['step-name']) throw new UsageError(`--step-name is required\nusage: ${this.usage}`);
    if (!values.key) throw new UsageError(`--key is required (unsigned links are not written)\nusage: ${this.usage}`);
    if (!values['no-command'] && positionals.length === 0)
      throw new UsageError(`no command given: pass '-- COMMAND [ARGS]' or --no-command\nusage: ${this.usage}`);
    if (values['no-command'] && positionals.length) throw new UsageError('--no-command and a command are mutually exclusive');
    const [type] = keyTypes(values['key-type'] ? [values['key-type']] : undefined, 1, '--key-type');
    const key = parsePrivateKeyFile(await readText(resolve(io.cwd, values.key), `${type} private key`), type, values.key);
    const link = await runStep(
      values['step-name'],
      values.materials ?? [],
      values.products ?? [],
      values['no-command'] ? [] : positionals,
      {
        basePath: at(io.cwd, values['base-path']),
        cwd: io.cwd,
        exclude: values.exclude,
        lstripPaths: values['lstrip-paths'],
        recordStreams: values['record-streams'],
      },
    );
    const out = join(at(io.cwd, values['metadata-directory']), linkFileName(link.name, key.keyid));
    await writeFileAtomic(out, values.dsse ? signDsse(link, [key]) : dumpMetablock(link, signMetablock(link, [key])));
    if (!values.quiet)
      io.stdout(
        `recorded ${Object.keys(link.materials).length} material(s), ${Object.keys(link.products).length} product(s); wrote ${out}\n`,
      );
    const rv = (link.byproducts as { 'return-value'?: number })['return-value'];
    if (rv !== undefined && rv !== 0) io.stderr(`warning: the command exited with ${rv} (recorded in the link's byproducts)\n`);
    return ExitCode.Pass;
  },
};

/** Parses an unsigned layout (YAML or JSON: a bare layout or a Metablock) for signing. */
function layoutFromText(
  parseYaml: (text: string, opts: { maxAliasCount: number }) => unknown,
  text: string,
  source: string,
): { signed: Layout | ReturnType<typeof parseMetadata>['signed']; existing: { keyid: string; sig: string }[] } {
  let doc: unknown;
  try {
    doc = parseYaml(text, { maxAliasCount: 100 });
  } catch (e) {
    throw new InputError(source, undefined, 'a layout or link as JSON or YAML', { found: (e as Error).message.split('\n')[0] });
  }
  const o = doc as Record<string, unknown>;
  if (o && typeof o === 'object' && 'signed' in o) {
    const md = parseMetadata(JSON.stringify(o), source);
    return { signed: md.signed, existing: md.signatures };
  }
  if (o && typeof o === 'object' && o._type === 'layout') return { signed: o as unknown as Layout, existing: [] };
  const md = parseMetadata(JSON.stringify({ signed: o, signatures: [] }), source);
  return { signed: md.signed, existing: [] };
}

const sign: CliCommand = {
  name: 'intoto sign',
  summary: 'sign (or verify the signatures of) a layout or link (in-toto-sign compatible; YAML layouts accepted)',
  usage:
    'mc intoto sign --file FILE --key KEY [KEY ...] [--key-type TYPE ...] [--output FILE] [--append] [--verify] [--functionary NAME=PUBKEY[:TYPE] ...] [--expires ISO8601] [--dsse]',
  async run(argv, io) {
    const { values } = parseCliArgs(
      expandMulti(argv, ['-k', '--key', '-t', '--key-type', '--functionary']),
      {
        file: { type: 'string', short: 'f' },
        key: { type: 'string', short: 'k', multiple: true },
        'key-type': { type: 'string', short: 't', multiple: true },
        output: { type: 'string', short: 'o' },
        append: { type: 'boolean', short: 'a' },
        verify: { type: 'boolean' },
        functionary: { type: 'string', multiple: true },
        expires: { type: 'string' },
        dsse: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        quiet: { type: 'boolean', short: 'q' },
      },
      this.usage,
      false,
    );
    if (!values.file) throw new UsageError(`--file is required\nusage: ${this.usage}`);
    if (!values.key?.length) throw new UsageError(`--key is required\nusage: ${this.usage}`);
    const file = resolve(io.cwd, values.file);
    const text = await readText(file, 'layout or link');
    if (values.verify) {
      const md = parseMetadata(text, values.file);
      const keys = await loadPublicKeys(values.key, values['key-type'], io.cwd, '--key-type');
      let ok = true;
      for (const k of keys) {
        const r = verifyMetadataSignature(md, k);
        if (!r.ok) ok = false;
        io.stdout(`${r.ok ? 'valid' : 'INVALID'}: ${k.keyid}${r.ok ? '' : ` (${r.reason})`}\n`);
      }
      return ok ? ExitCode.Pass : ExitCode.Fail;
    }
    const types = keyTypes(values['key-type'], values.key.length, '--key-type');
    const keys = await Promise.all(
      values.key.map(async (p, i) => parsePrivateKeyFile(await readText(resolve(io.cwd, p), `${types[i]} private key`), types[i], p)),
    );
    // the YAML parser is loaded here, not at module load: `mc intoto verify` never needs it
    const { parse: parseYaml } = await import('yaml');
    let { signed, existing } = layoutFromText(parseYaml, text, values.file);
    if (signed._type === 'layout') {
      const raw = { ...(signed as Layout) } as unknown as Record<string, unknown>;
      // functionaries: names in step pubkeys become keyids, their public keys go into `keys`
      if (values.functionary?.length) {
        const byName = new Map<string, SslibKey>();
        for (const f of values.functionary) {
          const m = /^([^=]+)=(.+?)(?::(rsa|ed25519|ecdsa))?$/.exec(f);
          if (!m) throw new UsageError(`--functionary: expected NAME=PUBKEY[:TYPE], found '${f}'`);
          const [k] = await loadPublicKeys([m[2]], [m[3] ?? 'ed25519'], io.cwd, '--functionary');
          byName.set(m[1], k);
        }
        const keysObj = { ...((raw.keys as Record<string, SslibKey>) ?? {}) };
        for (const k of byName.values()) keysObj[k.keyid] = publicKeyDict(k);
        raw.keys = keysObj;
        raw.steps = ((raw.steps as Record<string, unknown>[]) ?? []).map((s) => ({
          ...s,
          pubkeys: ((s.pubkeys as string[]) ?? []).map((p) => byName.get(p)?.keyid ?? p),
        }));
      }
      if (values.expires) raw.expires = values.expires;
      if (raw.steps === undefined) raw.steps = [];
      if (raw.inspect === undefined) raw.inspect = [];
      signed = readLayout(raw, values.file);
      if (!values.append) existing = [];
    } else if (keys.length !== 1) {
      throw new UsageError('a link is signed by exactly one key');
    } else if (!values.append) existing = [];
    const out = values.output
      ? resolve(io.cwd, values.output)
      : signed._type === 'link'
        ? join(io.cwd, linkFileName(signed.name, keys[0].keyid))
        : file;
    await writeFileAtomic(out, values.dsse ? signDsse(signed, keys) : dumpMetablock(signed, signMetablock(signed, keys, existing)));
    if (!values.quiet)
      io.stdout(
        `signed ${signed._type} with ${keys.map((k) => k.keyid.slice(0, 8)).join(', ')}; wrote ${values.output ?? basename(out)}\n`,
      );
    return ExitCode.Pass;
  },
};

const keygen: CliCommand = {
  name: 'intoto keygen',
  summary: 'generate a key pair in securesystemslib format (ed25519, ecdsa or rsa): PATH and PATH.pub',
  usage: 'mc intoto keygen --type ed25519|ecdsa|rsa PATH',
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(argv, { type: { type: 'string', short: 't' } }, this.usage, true);
    if (positionals.length !== 1) throw new UsageError(`expected one PATH\nusage: ${this.usage}`);
    const [type] = keyTypes([values.type ?? 'ed25519'], 1, '--type');
    const key = await generateKey(type);
    const files = keyFiles(key);
    const path = resolve(io.cwd, positionals[0]);
    await writeFileAtomic(path, files.private, { noClobber: true });
    await writeFileAtomic(`${path}.pub`, files.public, { noClobber: true });
    io.stdout(`keyid ${key.keyid}\nwrote ${positionals[0]} (keep secret) and ${positionals[0]}.pub\n`);
    return ExitCode.Pass;
  },
};

const attestation: CliCommand = {
  name: 'intoto attestation verify',
  summary: 'verify an in-toto attestation (Statement in DSSE) against artifacts, predicate allow-list and SLSA provenance expectations',
  usage:
    'mc intoto attestation verify --envelope FILE --key PUBKEY [--key ...] [--key-types TYPE ...] --artifact FILE [--artifact ...] [--predicate-type URI ...] ' +
    '[--payload-type TYPE] [--threshold N] [--builder-id ID] [--build-type URI] [--source-uri REPO] [--source-ref REF] [--external-param PATH=VALUE ...] [--report FILE.json]',
  async run(argv, io) {
    const { values } = parseCliArgs(
      expandMulti(argv, ['--key', '--key-types', '--artifact', '--predicate-type', '-t']),
      {
        envelope: { type: 'string' },
        key: { type: 'string', multiple: true },
        'key-types': { type: 'string', short: 't', multiple: true },
        artifact: { type: 'string', multiple: true },
        'predicate-type': { type: 'string', multiple: true },
        'payload-type': { type: 'string', multiple: true },
        threshold: { type: 'string' },
        'builder-id': { type: 'string' },
        'build-type': { type: 'string' },
        'source-uri': { type: 'string' },
        'source-ref': { type: 'string' },
        'external-param': { type: 'string', multiple: true },
        report: { type: 'string' },
      },
      this.usage,
      false,
    );
    if (!values.envelope) throw new UsageError(`--envelope is required\nusage: ${this.usage}`);
    if (!values.key?.length) throw new UsageError(`--key is required\nusage: ${this.usage}`);
    if (!values.artifact?.length) throw new UsageError(`--artifact is required (the files the attestation is about)\nusage: ${this.usage}`);
    const settings = intotoSettings(
      {
        attestationKeys: values.key,
        attestationKeyTypes: values['key-types'],
        attestationThreshold: values.threshold,
        externalParams: values['external-param'],
      },
      (f) => flag(f, { attestationKeyTypes: '--key-types', attestationThreshold: '--threshold', externalParams: '--external-param' }),
    );
    const keys = await loadPublicKeys(values.key, settings.attestationKeyTypes, io.cwd);
    const envPath = resolve(io.cwd, values.envelope);
    const text = await readFile(envPath, 'utf8').catch(() => {
      throw new InputError(values.envelope, undefined, 'a readable DSSE envelope');
    });
    const result = await verifyAttestation(
      text,
      values.envelope,
      keys,
      values.artifact.map((a) => resolve(io.cwd, a)),
      {
        payloadTypes: values['payload-type'],
        predicateTypes: values['predicate-type'],
        threshold: settings.attestationThreshold,
        builderId: values['builder-id'],
        buildType: values['build-type'],
        sourceUri: values['source-uri'],
        sourceRef: values['source-ref'],
        externalParameters: settings.externalParameters,
      },
    );
    result.artifacts = result.artifacts.map((a) => ({ ...a, path: values.artifact!.find((x) => resolve(io.cwd, x) === a.path) ?? a.path }));
    if (values.report)
      await writeFileAtomic(
        resolve(io.cwd, values.report),
        JSON.stringify({ tool: 'mc intoto attestation verify', ...result }, null, 2) + '\n',
      );
    (result.passed ? io.stdout : io.stderr)(attestationText(result));
    return result.passed ? ExitCode.Pass : ExitCode.Fail;
  },
};

export const commands: CliCommand[] = [verify, run, sign, keygen, attestation];
