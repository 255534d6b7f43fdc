/**
 * Evidence policy: which kinds of evidence a release must carry and how old it may be
 * (seed v0.3.2: "required: slo-snapshot,gate-report", "max-age: 24h").
 */
import { InputError } from '../core/errors.js';
import { validateWithSchema, type JsonSchema } from '../core/schema.js';
import policySchemaJson from '../../schemas/evidence-policy.schema.json';
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

/** schemas/evidence-policy.schema.json, bundled (the one document, published for editors). */
const policySchema = policySchemaJson as JsonSchema;

/**
 * Builds a policy from a parsed YAML/JSON document, validated against
 * schemas/evidence-policy.schema.json (src/core/schema.ts): `required` as a list or comma string, `max-age` as a
 * duration. Unknown keys (`requird`, `maxAge`), an empty document and wrong types are errors; a top-level
 * `$schema` (for editors) is allowed.
 * @throws InputError naming the file and the field
 */
export async function parsePolicy(doc: unknown, source: string): Promise<EvidencePolicy> {
  if (doc === null || doc === undefined)
    throw new InputError(source, undefined, 'an evidence policy mapping with required and/or max-age', { found: 'an empty document' });
  // a mapping with neither key (the schema's anyOf) would be a policy that requires nothing
  if (
    typeof doc === 'object' &&
    !Array.isArray(doc) &&
    !('required' in doc) &&
    !('max-age' in doc) &&
    Object.keys(doc).every((k) => k === '$schema')
  )
    throw new InputError(source, undefined, 'an evidence policy with required and/or max-age', { found: 'an empty mapping' });
  validateWithSchema(policySchema, doc, source, {
    what: 'evidence policy',
    expected: (e, path) => {
      if (e.keyword === 'additionalProperties') return undefined;
      if (path.length === 0) return 'an evidence policy mapping with required and/or max-age';
      return path[0] === 'max-age' ? 'a duration such as 90s, 15m, 24h or 7d' : 'a list of kinds or a comma-separated string';
    },
  });
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
