/**
 * in-toto attestations (in-toto attestation framework v1: spec/v1/envelope.md, statement.md,
 * resource_descriptor.md) and SLSA provenance checks in the style of slsa-verifier
 * (https://slsa.dev/spec/v1.0/provenance, https://slsa.dev/provenance/v0.2):
 *
 * - the DSSE envelope has an allowed payloadType and at least `threshold` signatures that verify
 *   over PAE(payloadType, payload) with distinct trusted keys (ed25519 through src/core/keys.ts,
 *   ecdsa/rsa through node:crypto; keyids: securesystemslib keyid, or for ed25519 also the RFC 7638
 *   JWK thumbprint the suite's own envelopes carry);
 * - the payload is an in-toto Statement v1 (or v0.1) whose predicateType is allow-listed;
 * - every artifact on disk matches a subject by digest (sha256, sha384 or sha512; names are reported,
 *   not required to match, as slsa-verifier does);
 * - SLSA provenance: expected builder id, build type, and external parameters (dotted paths), plus
 *   convenience checks for the source repository and ref.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { InputError } from '../core/errors.js';
import { decodeBase64, pae, parseEnvelope, INTOTO_PAYLOAD_TYPE } from '../core/dsse.js';
import { thumbprint } from '../core/keys.js';
import { comparePaths } from '../core/fsx.js';
import { verifySignature, type SslibKey } from './keys.js';

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

/** Normalizes a repository URI for comparison: no scheme, no `git+`, no `.git`, no `@ref`, no trailing slash. */
export function normalizeRepo(uri: string): string {
  return uri
    .replace(/^git\+/, '')
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/@[^/]*$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
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
  if (k.keytype === 'ed25519' && /^[0-9a-fA-F]{64}$/.test(k.keyval.public)) ids.push(await thumbprint(Buffer.from(k.keyval.public, 'hex').toString('base64url')));
  return ids;
}

/**
 * Verifies an attestation envelope (JSON, or the first line of a `.intoto.jsonl` bundle) against trusted
 * keys, artifacts on disk and a policy.
 * @param artifacts paths of the artifacts (read and hashed here)
 * @throws InputError when the envelope or an artifact cannot be read or parsed (exit 2)
 */
export async function verifyAttestation(envelopeText: string, source: string, keys: SslibKey[], artifacts: string[], policy: AttestationPolicy = {}): Promise<AttestationResult> {
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
  const result: AttestationResult = { passed: false, envelope: source, payloadType: env.payloadType, subjects: [], signatures: [], artifacts: [], checks };

  // payloadType
  const allowedPT = policy.payloadTypes?.length ? policy.payloadTypes : [INTOTO_PAYLOAD_TYPE];
  add({ check: 'payloadType', ok: allowedPT.includes(env.payloadType), expected: allowedPT.join(' | '), found: env.payloadType, message: `payloadType ${env.payloadType}${allowedPT.includes(env.payloadType) ? '' : ` is not allowed (expected ${allowedPT.join(' or ')})`}` });

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
  add({ check: 'signatures', ok: validKeys.size >= threshold, expected: `${threshold} trusted key(s)`, found: String(validKeys.size), message: `${validKeys.size} valid signature(s) from trusted keys (need ${threshold})${result.signatures.some((s) => s.status !== 'valid') ? `; rejected: ${result.signatures.filter((s) => s.status !== 'valid').map((s) => `${s.keyid || '(no keyid)'} ${s.status}`).join(', ')}` : ''}` });

  // statement
  let st: Record<string, unknown> | undefined;
  try {
    const parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload)) as unknown;
    if (isObj(parsed)) st = parsed;
  } catch {
    /* reported below */
  }
  const stOk = !!st && STATEMENT_TYPES.includes(String(st._type)) && Array.isArray(st.subject) && typeof st.predicateType === 'string';
  add({ check: 'statement', ok: stOk, expected: STATEMENT_TYPES[0], found: st ? String(st._type) : 'not JSON', message: stOk ? `in-toto Statement ${String(st!._type)}` : 'payload is not an in-toto Statement (_type, subject[], predicateType)' });
  if (stOk && st) {
    const predicateType = st.predicateType as string;
    result.predicateType = predicateType;
    result.subjects = (st.subject as unknown[]).filter(isObj).map((s) => ({ name: String(s.name ?? ''), digest: (isObj(s.digest) ? s.digest : {}) as Record<string, string> }));
    const allowed = policy.predicateTypes ?? [];
    const ptOk = !allowed.length || allowed.includes(predicateType);
    add({ check: 'predicateType', ok: ptOk, expected: allowed.length ? allowed.join(' | ') : '(any)', found: predicateType, message: `predicateType ${predicateType}${ptOk ? '' : ` is not in the allow-list (${allowed.join(', ')})`}` });

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
      const subj = result.subjects.find((s) => Object.entries(s.digest).some(([alg, hex]) => digests[alg] !== undefined && typeof hex === 'string' && hex.toLowerCase() === digests[alg]));
      result.artifacts.push({ path, sha256: digests.sha256, subject: subj ? subj.name : null });
      add({ check: 'subject', ok: !!subj, expected: path, found: subj?.name, message: subj ? `${path} matches subject ${subj.name}` : `${path} (sha256:${digests.sha256}) matches no subject of the attestation` });
    }

    // SLSA provenance
    const pred = st.predicate;
    const isV1 = predicateType === SLSA_PROVENANCE_V1;
    const isV02 = predicateType === SLSA_PROVENANCE_V02;
    const wantsSlsa = policy.builderId || policy.buildType || policy.sourceUri || policy.sourceRef || (policy.externalParameters && Object.keys(policy.externalParameters).length);
    if (wantsSlsa && !isV1 && !isV02) {
      add({ check: 'provenance', ok: false, expected: SLSA_PROVENANCE_V1, found: predicateType, message: `provenance checks need a SLSA provenance predicate, found ${predicateType}` });
    } else if (wantsSlsa) {
      const builder = String((isV1 ? get(pred, 'runDetails.builder.id') : get(pred, 'builder.id')) ?? '');
      const buildType = String((isV1 ? get(pred, 'buildDefinition.buildType') : get(pred, 'buildType')) ?? '');
      const params = isV1 ? get(pred, 'buildDefinition.externalParameters') : get(pred, 'invocation.parameters');
      if (policy.builderId) add({ check: 'builder.id', ok: builderMatches(builder, policy.builderId), expected: policy.builderId, found: builder, message: `builder id ${builder || '(none)'}${builderMatches(builder, policy.builderId) ? '' : `, expected ${policy.builderId}`}` });
      if (policy.buildType) add({ check: 'buildType', ok: buildType === policy.buildType, expected: policy.buildType, found: buildType, message: `buildType ${buildType || '(none)'}${buildType === policy.buildType ? '' : `, expected ${policy.buildType}`}` });
      if (policy.sourceUri) {
        const cands = (isV1
          ? [get(params, 'workflow.repository'), get(params, 'source.uri'), get(params, 'repository'), get(params, 'source'), ...((get(pred, 'buildDefinition.resolvedDependencies') as unknown[] | undefined) ?? []).map((d) => get(d, 'uri'))]
          : [get(pred, 'invocation.configSource.uri'), ...((get(pred, 'materials') as unknown[] | undefined) ?? []).map((d) => get(d, 'uri'))]
        ).filter((x): x is string => typeof x === 'string');
        const want = normalizeRepo(policy.sourceUri);
        const found = cands.find((c) => normalizeRepo(c) === want);
        add({ check: 'source.uri', ok: !!found, expected: policy.sourceUri, found: found ?? cands[0], message: found ? `source ${found}` : `source repository ${cands[0] ?? '(none)'} is not ${policy.sourceUri}` });
      }
      if (policy.sourceRef) {
        const cands = (isV1
          ? [get(params, 'workflow.ref'), get(params, 'ref'), get(params, 'source.ref'), ...((get(pred, 'buildDefinition.resolvedDependencies') as unknown[] | undefined) ?? []).map((d) => String(get(d, 'uri') ?? '').split('@')[1])]
          : [String(get(pred, 'invocation.configSource.uri') ?? '').split('@')[1], get(pred, 'invocation.environment.github_ref')]
        ).filter((x): x is string => typeof x === 'string' && x !== '');
        const found = cands.find((c) => refMatches(c, policy.sourceRef!));
        add({ check: 'source.ref', ok: !!found, expected: policy.sourceRef, found: found ?? cands[0], message: found ? `source ref ${found}` : `source ref ${cands[0] ?? '(none)'} is not ${policy.sourceRef}` });
      }
      for (const [k, v] of Object.entries(policy.externalParameters ?? {}).sort(([a], [b]) => comparePaths(a, b))) {
        const f = get(params, k);
        const fs = typeof f === 'string' ? f : f === undefined ? undefined : JSON.stringify(f);
        add({ check: `externalParameters.${k}`, ok: fs === v, expected: v, found: fs, message: `externalParameters.${k} = ${fs ?? '(absent)'}${fs === v ? '' : `, expected ${v}`}` });
      }
    }
  }
  const failed = checks.find((c) => !c.ok);
  result.passed = !failed;
  if (failed) result.failure = failed.message;
  return result;
}
