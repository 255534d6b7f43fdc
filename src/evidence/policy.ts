/**
 * Evidence policy: which kinds of evidence a release must carry and how old it may be
 * (seed v0.3.2: "required: slo-snapshot,gate-report", "max-age: 24h").
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { InputError } from '../core/errors.js';
import { policySchema } from './policy-schema.js';
import type { FileEntry, ReleaseInfo } from './manifest.js';

export interface EvidencePolicy {
  /** kinds that at least one verified file must have */
  required: string[];
  /** maximum age of the release evidence, in seconds */
  maxAgeSeconds?: number;
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** Parses a duration such as `90s`, `15m`, `24h`, `7d`, `1w` (or a plain number of seconds). */
export function parseDuration(text: string, field: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/.exec(text);
  if (!m) throw new InputError(undefined, field, 'a duration such as 90s, 15m, 24h or 7d', { found: text });
  return Number(m[1]) * UNITS[m[2] || 's'];
}

let validatePolicy: ValidateFunction | undefined;

/**
 * Builds a policy from a parsed YAML/JSON document, validated against
 * schemas/evidence-policy.schema.json (ajv): `required` as a list or comma string, `max-age` as a
 * duration. Unknown keys (`requird`, `maxAge`), an empty document and wrong types are errors.
 * @throws InputError naming the file and the field
 */
export async function parsePolicy(doc: unknown, source: string): Promise<EvidencePolicy> {
  // compiled on first use (most runs have no policy file); ajv is imported statically, as in
  // src/trajectory/golden.ts: a dynamic import('ajv') loses its named export in the ncc bundle
  validatePolicy ??= new Ajv({ allErrors: true, strict: true }).compile(policySchema as unknown as object);
  if (doc === null || doc === undefined)
    throw new InputError(source, undefined, 'an evidence policy mapping with required and/or max-age', { found: 'an empty document' });
  if (!validatePolicy(doc)) {
    const errs = validatePolicy.errors ?? [];
    const e = errs.find((x) => x.keyword === 'additionalProperties') ?? errs.find((x) => x.keyword !== 'oneOf') ?? errs[0];
    const at = e?.instancePath ? e.instancePath.slice(1).split('/').join('.') : undefined;
    if (e?.keyword === 'additionalProperties') {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      throw new InputError(source, key, 'a known policy key (required, max-age)', { found: `unknown key '${key}'` });
    }
    if (e?.keyword === 'minProperties')
      throw new InputError(source, undefined, 'an evidence policy with required and/or max-age', { found: 'an empty mapping' });
    if (e?.keyword === 'type' && !at) throw new InputError(source, undefined, 'an evidence policy mapping with required and/or max-age');
    const what = at?.startsWith('max-age') ? 'a duration such as 90s, 15m, 24h or 7d' : 'a list of kinds or a comma-separated string';
    throw new InputError(source, at, what);
  }
  const d = doc as { required?: string | string[]; 'max-age'?: string | number };
  const req = d.required ?? [];
  const required =
    typeof req === 'string'
      ? req
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [...req];
  const age = d['max-age'];
  return { required, maxAgeSeconds: age === undefined ? undefined : parseDuration(String(age), `${source}: max-age`) };
}

/** Checks verified files and release metadata against a policy. */
export function checkPolicy(
  policy: EvidencePolicy,
  verified: Pick<FileEntry, 'kind'>[],
  release: ReleaseInfo,
  now: Date,
): { ok: boolean; problems: string[] } {
  const problems: string[] = [];
  const kinds = new Set(verified.map((f) => f.kind));
  const missing = policy.required.filter((k) => !kinds.has(k));
  if (missing.length) problems.push(`policy: required evidence kinds missing: ${missing.join(', ')}`);
  if (policy.maxAgeSeconds !== undefined) {
    const age = (now.getTime() - Date.parse(release.createdAt)) / 1000;
    if (!(age <= policy.maxAgeSeconds))
      problems.push(`policy: evidence is ${Math.round(age)} s old, more than the allowed ${policy.maxAgeSeconds} s`);
  }
  return { ok: problems.length === 0, problems };
}
