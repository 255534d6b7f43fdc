/**
 * Config snapshots: an in-toto Statement v1 (predicate type CONFIG_SNAPSHOT_PREDICATE) in a
 * DSSE envelope signed with Ed25519, written as a one-line `.intoto.jsonl` bundle.
 *
 * Subjects: every file (`name`: the POSIX path, sha256 of its raw bytes) and every resource
 * (`name`: `resource:<id>`, sha256 of the RFC 8785 canonical JSON of the normalized object).
 *
 * Where verify's baseline values come from: the predicate carries each normalized object
 * (`resources[].object`, Secret values already reduced to digests), so the values shown as
 * "baseline" in a drift report are the signed ones, never a file the pull request could edit.
 * The signature covers the whole payload, objects included; each resource must be a subject with the same digest.
 */
import { sha256Hex } from '../core/digest.js';
import { INTOTO_PAYLOAD_TYPE, verifyEnvelope } from '../core/dsse.js';
import { InputError } from '../core/errors.js';
import { keyValidAt, type PrivateKey, type PublicKey } from '../core/ed25519.js';
import { makeStatement, parseJsonlEnvelope, parseStatement, signStatement, type Statement, type Subject } from '../core/statement.js';
import type { IgnoreConfig } from './ignore.js';
import { NORMALIZER_VERSION, type K8sIdentity, type Resource } from './resource.js';

/** Predicate type of config snapshots. */
export const CONFIG_SNAPSHOT_PREDICATE = 'https://mc-actions.dev/config-snapshot/v1';

/** A file of the snapshot. */
export interface SnapshotFile {
  path: string;
  /** sha256 (hex) of the raw bytes */
  sha256: string;
  /** bytes */
  size: number;
  /** number of non-empty documents */
  documents: number;
}

/** A resource of the snapshot (see Resource). */
export interface SnapshotResource {
  id: string;
  k8s?: K8sIdentity;
  file: string;
  document: number;
  sha256: string;
  object: unknown;
  notes?: string[];
}

/** A recorded approval of drift (the explicit `change-approved` input or `--change-approved` flag). */
export interface Approval {
  /** who approved: the workflow actor (GITHUB_ACTOR) or the local user */
  actor: string;
  /** the run that approved: a workflow run URL, or "local" */
  run: string;
  /** sha256 of the baseline snapshot file the drift was measured against */
  baselineSha256: string;
  /** counted changes approved */
  changes: number;
  /** ISO 8601 time */
  approvedAt: string;
}

/** The predicate of CONFIG_SNAPSHOT_PREDICATE v1. */
export interface ConfigSnapshotPredicate {
  /** deployment environment name (e.g. production) */
  environment: string;
  /** source commit the configs come from ("" when unknown) */
  commit: string;
  /** ISO 8601 time the snapshot was made */
  createdAt: string;
  normalizer: { name: 'mc-config-attest'; version: string };
  ignore: IgnoreConfig;
  files: SnapshotFile[];
  resources: SnapshotResource[];
  approval?: Approval;
}

/** Inputs for building a snapshot. */
export interface SnapshotInput {
  environment: string;
  commit: string;
  ignore: IgnoreConfig;
  files: SnapshotFile[];
  resources: Resource[];
  approval?: Approval;
  /** defaults to now */
  createdAt?: string;
}

/** Builds the Statement (subjects: files, then resources). */
export function buildSnapshotStatement(input: SnapshotInput): Statement<ConfigSnapshotPredicate> {
  const subjects: Subject[] = [
    ...input.files.map((f) => ({ name: f.path, digest: { sha256: f.sha256 } })),
    ...input.resources.map((r) => ({ name: `resource:${r.id}`, digest: { sha256: r.sha256 } })),
  ];
  const predicate: ConfigSnapshotPredicate = {
    environment: input.environment,
    commit: input.commit,
    createdAt: input.createdAt ?? new Date().toISOString(),
    normalizer: { name: 'mc-config-attest', version: NORMALIZER_VERSION },
    ignore: input.ignore,
    files: input.files,
    resources: input.resources.map((r) => {
      const s: SnapshotResource = { id: r.id, file: r.file, document: r.document, sha256: r.sha256, object: r.object };
      if (r.k8s) s.k8s = r.k8s;
      if (r.notes) s.notes = r.notes;
      return s;
    }),
  };
  if (input.approval) predicate.approval = input.approval;
  return makeStatement(subjects, CONFIG_SNAPSHOT_PREDICATE, predicate);
}

/** Signs a snapshot statement; returns the `.intoto.jsonl` text (one envelope, newline). */
export function signSnapshot(statement: Statement<ConfigSnapshotPredicate>, key: PrivateKey): string {
  return JSON.stringify(signStatement(statement, [key])) + '\n';
}

/** A baseline whose signature verified. */
export interface VerifiedBaseline {
  statement: Statement<ConfigSnapshotPredicate>;
  /** key ids of the trusted keys that signed it */
  keyids: string[];
  /** sha256 of the baseline file's bytes */
  sha256: string;
}

/**
 * Checks a baseline snapshot: the DSSE signature against the trusted keys first, then the
 * statement and predicate. Fails closed.
 * @param text the `.intoto.jsonl` file's contents; @param source its name for messages
 * @throws InputError (exit 2) when no trusted key verifies a signature, any signature by a trusted key is
 *   invalid, the signing key was not valid at the snapshot's createdAt (JWKS iat/exp), the payload is not
 *   a config snapshot, or a resource or file is not a subject with the same digest.
 */
export function loadBaseline(text: string, source: string, trusted: PublicKey[]): VerifiedBaseline {
  const env = parseJsonlEnvelope(text, source);
  if (env.payloadType !== INTOTO_PAYLOAD_TYPE) throw new InputError(source, 'payloadType', INTOTO_PAYLOAD_TYPE, { found: env.payloadType });
  if (env.signatures.length === 0) throw new InputError(source, 'signatures', 'at least one signature (the baseline is not signed)');
  const v = verifyEnvelope(env, trusted);
  const bad = v.signatures.find((s) => s.status === 'invalid');
  if (bad)
    throw new InputError(
      source,
      `signatures[${bad.index}]`,
      `a valid signature by key ${bad.keyid} (the baseline was altered or the signature is corrupt)`,
    );
  if (v.validKeys.length === 0)
    throw new InputError(source, 'signatures', 'a signature by a key in the JWKS (no trusted key signed this baseline)');
  const statement = parseStatement<ConfigSnapshotPredicate>(v.payload, source, CONFIG_SNAPSHOT_PREDICATE, { exactIntegers: true });
  checkPredicate(statement, source);
  // a key signs only inside its validity window (JWKS iat/exp): a retired key cannot make a new baseline
  const at = Date.parse(statement.predicate.createdAt) / 1000;
  if (!Number.isFinite(at)) throw new InputError(source, 'predicate.createdAt', 'an ISO 8601 time');
  const inWindow = v.validKeys.filter((k) => keyValidAt(k, at));
  if (inWindow.length === 0)
    throw new InputError(
      source,
      'signatures',
      `a signature by a key valid at ${statement.predicate.createdAt} (the signing key's JWKS iat/exp validity window excludes the snapshot time)`,
    );
  return { statement, keyids: inWindow.map((k) => k.kid), sha256: sha256Hex(text) };
}

function checkPredicate(st: Statement<ConfigSnapshotPredicate>, source: string): void {
  const p = st.predicate as Partial<ConfigSnapshotPredicate> | undefined;
  if (!p || typeof p !== 'object') throw new InputError(source, 'predicate', 'an object');
  if (!Array.isArray(p.files)) throw new InputError(source, 'predicate.files', 'an array');
  if (!Array.isArray(p.resources)) throw new InputError(source, 'predicate.resources', 'an array');
  if (!p.ignore || typeof p.ignore.defaults !== 'boolean' || !Array.isArray(p.ignore.rules))
    throw new InputError(source, 'predicate.ignore', '{defaults, rules}');
  if (p.normalizer?.version !== NORMALIZER_VERSION) {
    throw new InputError(source, 'predicate.normalizer.version', `normalizer version ${NORMALIZER_VERSION} (take a new snapshot)`, {
      found: String(p.normalizer?.version),
    });
  }
  const subjects = new Map(st.subject.map((s) => [s.name, s.digest?.sha256]));
  for (const [i, f] of p.files.entries()) {
    if (typeof f?.path !== 'string' || subjects.get(f.path) !== f.sha256)
      throw new InputError(source, `predicate.files[${i}]`, 'a file listed as a subject with the same digest');
  }
  for (const [i, r] of p.resources.entries()) {
    if (typeof r?.id !== 'string' || typeof r.file !== 'string')
      throw new InputError(source, `predicate.resources[${i}]`, '{id, file, object}');
    // the objects are authenticated by the signature; they are not hashed again here (cost: 10 MB sets)
    if (subjects.get(`resource:${r.id}`) !== r.sha256 || r.object === undefined)
      throw new InputError(source, `predicate.resources[${i}].object`, `the object whose digest is the subject resource:${r.id}`);
  }
}
