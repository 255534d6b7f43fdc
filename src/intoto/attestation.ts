/**
 * in-toto attestations (in-toto attestation framework v1: spec/v1/envelope.md, statement.md,
 * resource_descriptor.md) and SLSA provenance checks in the style of slsa-verifier
 * (https://slsa.dev/spec/v1.0/provenance, https://slsa.dev/provenance/v0.2):
 *
 * - the DSSE envelope has an allowed payloadType and at least `threshold` signatures that verify
 *   over PAE(payloadType, payload) with distinct trusted keys (ed25519 through src/core/ed25519.ts,
 *   ecdsa/rsa through node:crypto; keyids: securesystemslib keyid, or for ed25519 also the RFC 7638
 *   JWK thumbprint the suite's own envelopes carry);
 * - the payload is an in-toto Statement v1 (or v0.1) whose predicateType is allow-listed;
 * - every artifact on disk matches a subject by digest (sha256, sha384 or sha512; names are reported,
 *   not required to match, as slsa-verifier does);
 * - SLSA provenance: expected builder id, build type, and external parameters (dotted paths), plus
 *   the source of the build (repository and ref), read from ONE place as slsa-verifier does (see
 *   {@link provenanceSource}): a dependency merely listed in resolvedDependencies is not the source,
 *   and the repository and the ref always come from the same entry.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { InputError } from '../core/errors.js';
import { decodeBase64, pae, parseEnvelope, INTOTO_PAYLOAD_TYPE } from '../core/dsse.js';
import { thumbprint } from '../core/ed25519.js';
import { comparePaths } from '../core/fsx.js';
import { verifySignature, type SslibKey } from './sslib-keys.js';

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];

/** What an attestation must satisfy. */
export interface AttestationPolicy {
  /** allowed payloadTypes (default: application/vnd.in-toto+json) */
  payloadTypes?: string[];
  /** allowed predicateTypes; empty or absent: any */
  predicateTypes?: string[];
  /** distinct trusted keys that must sign (default 1) */
  threshold?: number;
  /** expected SLSA builder id (exact, or equal up to '@' when the expectation has no '@') */
  builderId?: string;
  /** expected SLSA buildType */
  buildType?: string;
  /** expected source repository, e.g. github.com/org/repo (scheme, git+ and .git are ignored) */
  sourceUri?: string;
  /** expected source ref: refs/heads/main, refs/tags/v1.0, or a bare branch/tag name */
  sourceRef?: string;
  /** expected values at dotted paths under externalParameters (v1) or invocation.parameters (v0.2) */
  externalParameters?: Record<string, string>;
}

/** One named check and its outcome. */
export interface AttestationCheck {
  check: string;
  ok: boolean;
  expected?: string;
  found?: string;
  message: string;
}

/** Result of verifying one attestation. */
export interface AttestationResult {
  passed: boolean;
  envelope: string;
  payloadType: string;
  predicateType?: string;
  subjects: { name: string; digest: Record<string, string> }[];
  signatures: { keyid: string; status: 'valid' | 'invalid' | 'unknown-key' }[];
  artifacts: { path: string; sha256: string; subject: string | null }[];
  checks: AttestationCheck[];
  /** the first failed check's message */
  failure?: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function get(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (!isObj(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

/**
 * Splits a source URI into repository and ref: `git+https://github.com/org/repo@refs/heads/main` is
 * `{ repo: 'git+https://github.com/org/repo', ref: 'refs/heads/main' }` (SLSA's git URI form: the ref
 * follows the first `@` after the host; an `@` in user info before the host is not a ref).
 */
export function splitSourceUri(uri: string): { repo: string; ref?: string } {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(uri)?.[0].length ?? 0;
  const slash = uri.indexOf('/', scheme);
  const at = slash < 0 ? -1 : uri.indexOf('@', slash);
  return at < 0 ? { repo: uri } : { repo: uri.slice(0, at), ref: uri.slice(at + 1) };
}

/** Normalizes a repository URI for comparison: no scheme, no `git+`, no `.git`, no `@ref`, no trailing slash. */
export function normalizeRepo(uri: string): string {
  return splitSourceUri(uri)
    .repo.replace(/^git\+/, '')
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^[^/@]*@/, '') // user info
    .replace(/\.git$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/** The source of a build: one repository and its ref, and where in the predicate they were read. */
export interface ProvenanceSource {
  uri?: string;
  ref?: string;
  /** the predicate field the source came from, for messages */
  from: string;
}

/**
 * The source of a build in SLSA provenance, from ONE place (as slsa-verifier reads it), never a
 * repository from one entry and a ref from another:
 * - v1 with `externalParameters.workflow` (the GitHub Actions build types): `workflow.repository` and
 *   `workflow.ref`; a first resolved dependency that names a git source must agree with them;
 * - v1 with `externalParameters.source` (a `git+…@ref` string or `{uri, ref}`): that;
 * - other v1: `resolvedDependencies[0]`, the dependency that IS the source (uri `…@ref`); other entries
 *   are inputs of the build, not its source;
 * - v0.2: `invocation.configSource.uri` (`…@ref`; else `invocation.environment.github_ref` of the same build).
 * @returns the source, or an error message when the predicate is inconsistent
 */
export function provenanceSource(pred: unknown, isV1: boolean): ProvenanceSource | { error: string } {
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  if (!isV1) {
    const uri = str(get(pred, 'invocation.configSource.uri'));
    if (!uri) return { from: 'invocation.configSource.uri' };
    const sp = splitSourceUri(uri);
    return { uri: sp.repo, ref: sp.ref ?? str(get(pred, 'invocation.environment.github_ref')), from: 'invocation.configSource' };
  }
  const params = get(pred, 'buildDefinition.externalParameters');
  const deps = get(pred, 'buildDefinition.resolvedDependencies');
  const first = Array.isArray(deps) ? deps[0] : undefined;
  const firstUri = str(get(first, 'uri'));
  const workflow = get(params, 'workflow');
  if (isObj(workflow)) {
    const src: ProvenanceSource = { uri: str(workflow.repository), ref: str(workflow.ref), from: 'externalParameters.workflow' };
    // the checkout the builder resolved must be the workflow's repository (and ref, when it names one)
    if (firstUri && /^git\+/.test(firstUri) && src.uri) {
      const sp = splitSourceUri(firstUri);
      if (normalizeRepo(sp.repo) !== normalizeRepo(src.uri) || (sp.ref && src.ref && sp.ref !== src.ref)) {
        return {
          error: `resolvedDependencies[0] (${firstUri}) is not the workflow's source ${src.uri}@${src.ref ?? ''}: inconsistent provenance`,
        };
      }
    }
    return src;
  }
  const source = get(params, 'source');
  if (typeof source === 'string' && source) {
    const sp = splitSourceUri(source);
    return { uri: sp.repo, ref: sp.ref, from: 'externalParameters.source' };
  }
  if (isObj(source) && str(source.uri)) {
    const sp = splitSourceUri(source.uri as string);
    return { uri: sp.repo, ref: str(source.ref) ?? sp.ref, from: 'externalParameters.source' };
  }
  if (firstUri) {
    const sp = splitSourceUri(firstUri);
    return { uri: sp.repo, ref: sp.ref, from: 'resolvedDependencies[0]' };
  }
  return { from: 'externalParameters.workflow' };
}

function refMatches(found: string, expected: string): boolean {
  if (found === expected) return true;
  if (!expected.startsWith('refs/')) return found === `refs/heads/${expected}` || found === `refs/tags/${expected}`;
  return false;
}

function builderMatches(found: string, expected: string): boolean {
  if (found === expected) return true;
  return !expected.includes('@') && found.split('@')[0] === expected;
}

async function keyIds(k: SslibKey): Promise<string[]> {
  const ids = [k.keyid];
  if (k.keytype === 'ed25519' && /^[0-9a-fA-F]{64}$/.test(k.keyval.public))
    ids.push(await thumbprint(Buffer.from(k.keyval.public, 'hex').toString('base64url')));
  return ids;
}

/**
 * Verifies an attestation envelope (JSON, or the first line of a `.intoto.jsonl` bundle) against trusted
 * keys, artifacts on disk and a policy.
 * @param artifacts paths of the artifacts (read and hashed here)
 * @throws InputError when the envelope or an artifact cannot be read or parsed (exit 2)
 */
export async function verifyAttestation(
  envelopeText: string,
  source: string,
  keys: SslibKey[],
  artifacts: string[],
  policy: AttestationPolicy = {},
): Promise<AttestationResult> {
  let json: unknown;
  try {
    json = JSON.parse(envelopeText);
  } catch {
    // a .intoto.jsonl bundle: the first non-empty line
    try {
      json = JSON.parse(envelopeText.split('\n').find((l) => l.trim()) ?? '');
    } catch {
      throw new InputError(source, undefined, 'a DSSE envelope as JSON (or a .intoto.jsonl line)');
    }
  }
  const env = parseEnvelope(json, source);
  const checks: AttestationCheck[] = [];
  const add = (c: AttestationCheck) => checks.push(c);
  const result: AttestationResult = {
    passed: false,
    envelope: source,
    payloadType: env.payloadType,
    subjects: [],
    signatures: [],
    artifacts: [],
    checks,
  };

  // payloadType
  const allowedPT = policy.payloadTypes?.length ? policy.payloadTypes : [INTOTO_PAYLOAD_TYPE];
  add({
    check: 'payloadType',
    ok: allowedPT.includes(env.payloadType),
    expected: allowedPT.join(' | '),
    found: env.payloadType,
    message: `payloadType ${env.payloadType}${allowedPT.includes(env.payloadType) ? '' : ` is not allowed (expected ${allowedPT.join(' or ')})`}`,
  });

  // signatures
  const payload = decodeBase64(env.payload) ?? new Uint8Array();
  const msg = pae(env.payloadType, payload);
  const ids = await Promise.all(keys.map(async (k) => ({ k, ids: await keyIds(k) })));
  const validKeys = new Set<string>();
  for (const s of env.signatures) {
    const sig = decodeBase64(s.sig);
    const cands = s.keyid ? ids.filter((x) => x.ids.includes(s.keyid!)) : ids;
    if (!cands.length) {
      result.signatures.push({ keyid: s.keyid ?? '', status: 'unknown-key' });
      continue;
    }
    const ok = cands.find((c) => sig && verifySignature(c.k, sig, msg));
    if (ok) validKeys.add(ok.k.keyid);
    result.signatures.push({ keyid: s.keyid ?? ok?.k.keyid ?? '', status: ok ? 'valid' : s.keyid ? 'invalid' : 'unknown-key' });
  }
  const threshold = policy.threshold ?? 1;
  add({
    check: 'signatures',
    ok: validKeys.size >= threshold,
    expected: `${threshold} trusted key(s)`,
    found: String(validKeys.size),
    message: `${validKeys.size} valid signature(s) from trusted keys (need ${threshold})${
      result.signatures.some((s) => s.status !== 'valid')
        ? `; rejected: ${result.signatures
            .filter((s) => s.status !== 'valid')
            .map((s) => `${s.keyid || '(no keyid)'} ${s.status}`)
            .join(', ')}`
        : ''
    }`,
  });

  // statement
  let st: Record<string, unknown> | undefined;
  try {
    const parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload)) as unknown;
    if (isObj(parsed)) st = parsed;
  } catch {
    /* reported below */
  }
  const stOk = !!st && STATEMENT_TYPES.includes(String(st._type)) && Array.isArray(st.subject) && typeof st.predicateType === 'string';
  add({
    check: 'statement',
    ok: stOk,
    expected: STATEMENT_TYPES[0],
    found: st ? String(st._type) : 'not JSON',
    message: stOk ? `in-toto Statement ${String(st!._type)}` : 'payload is not an in-toto Statement (_type, subject[], predicateType)',
  });
  if (stOk && st) {
    const predicateType = st.predicateType as string;
    result.predicateType = predicateType;
    result.subjects = (st.subject as unknown[])
      .filter(isObj)
      .map((s) => ({ name: String(s.name ?? ''), digest: (isObj(s.digest) ? s.digest : {}) as Record<string, string> }));
    const allowed = policy.predicateTypes ?? [];
    const ptOk = !allowed.length || allowed.includes(predicateType);
    add({
      check: 'predicateType',
      ok: ptOk,
      expected: allowed.length ? allowed.join(' | ') : '(any)',
      found: predicateType,
      message: `predicateType ${predicateType}${ptOk ? '' : ` is not in the allow-list (${allowed.join(', ')})`}`,
    });

    // subjects vs artifacts
    for (const path of [...artifacts].sort(comparePaths)) {
      let bytes: Buffer;
      try {
        bytes = await readFile(path);
      } catch (e) {
        throw new InputError(path, undefined, 'a readable artifact', { found: (e as NodeJS.ErrnoException).code });
      }
      const digests: Record<string, string> = {};
      for (const alg of ['sha256', 'sha384', 'sha512']) digests[alg] = createHash(alg).update(bytes).digest('hex');
      const subj = result.subjects.find((s) =>
        Object.entries(s.digest).some(
          ([alg, hex]) => digests[alg] !== undefined && typeof hex === 'string' && hex.toLowerCase() === digests[alg],
        ),
      );
      result.artifacts.push({ path, sha256: digests.sha256, subject: subj ? subj.name : null });
      add({
        check: 'subject',
        ok: !!subj,
        expected: path,
        found: subj?.name,
        message: subj ? `${path} matches subject ${subj.name}` : `${path} (sha256:${digests.sha256}) matches no subject of the attestation`,
      });
    }

    // SLSA provenance
    const pred = st.predicate;
    const isV1 = predicateType === SLSA_PROVENANCE_V1;
    const isV02 = predicateType === SLSA_PROVENANCE_V02;
    const wantsSlsa =
      policy.builderId ||
      policy.buildType ||
      policy.sourceUri ||
      policy.sourceRef ||
      (policy.externalParameters && Object.keys(policy.externalParameters).length);
    if (wantsSlsa && !isV1 && !isV02) {
      add({
        check: 'provenance',
        ok: false,
        expected: SLSA_PROVENANCE_V1,
        found: predicateType,
        message: `provenance checks need a SLSA provenance predicate, found ${predicateType}`,
      });
    } else if (wantsSlsa) {
      const builder = String((isV1 ? get(pred, 'runDetails.builder.id') : get(pred, 'builder.id')) ?? '');
      const buildType = String((isV1 ? get(pred, 'buildDefinition.buildType') : get(pred, 'buildType')) ?? '');
      const params = isV1 ? get(pred, 'buildDefinition.externalParameters') : get(pred, 'invocation.parameters');
      if (policy.builderId)
        add({
          check: 'builder.id',
          ok: builderMatches(builder, policy.builderId),
          expected: policy.builderId,
          found: builder,
          message: `builder id ${builder || '(none)'}${builderMatches(builder, policy.builderId) ? '' : `, expected ${policy.builderId}`}`,
        });
      if (policy.buildType)
        add({
          check: 'buildType',
          ok: buildType === policy.buildType,
          expected: policy.buildType,
          found: buildType,
          message: `buildType ${buildType || '(none)'}${buildType === policy.buildType ? '' : `, expected ${policy.buildType}`}`,
        });
      if (policy.sourceUri || policy.sourceRef) {
        const src = provenanceSource(pred, isV1);
        if ('error' in src) {
          add({
            check: 'source',
            ok: false,
            expected: `${policy.sourceUri ?? ''}@${policy.sourceRef ?? ''}`,
            found: undefined,
            message: src.error,
          });
        } else {
          if (policy.sourceUri) {
            const ok = !!src.uri && normalizeRepo(src.uri) === normalizeRepo(policy.sourceUri);
            add({
              check: 'source.uri',
              ok,
              expected: policy.sourceUri,
              found: src.uri,
              message: ok
                ? `source ${src.uri} (${src.from})`
                : `source repository ${src.uri ?? '(none)'} (${src.from}) is not ${policy.sourceUri}`,
            });
          }
          if (policy.sourceRef) {
            const ok = !!src.ref && refMatches(src.ref, policy.sourceRef);
            add({
              check: 'source.ref',
              ok,
              expected: policy.sourceRef,
              found: src.ref,
              message: ok
                ? `source ref ${src.ref} (${src.from})`
                : `source ref ${src.ref ?? '(none)'} (${src.from}) is not ${policy.sourceRef}`,
            });
          }
        }
      }
      for (const [k, v] of Object.entries(policy.externalParameters ?? {}).sort(([a], [b]) => comparePaths(a, b))) {
        const f = get(params, k);
        const fs = typeof f === 'string' ? f : f === undefined ? undefined : JSON.stringify(f);
        add({
          check: `externalParameters.${k}`,
          ok: fs === v,
          expected: v,
          found: fs,
          message: `externalParameters.${k} = ${fs ?? '(absent)'}${fs === v ? '' : `, expected ${v}`}`,
        });
      }
    }
  }
  const failed = checks.find((c) => !c.ok);
  result.passed = !failed;
  if (failed) result.failure = failed.message;
  return result;
}
