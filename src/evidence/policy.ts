/**
 * Evidence policy: which kinds of evidence a release must carry and how old it may be
 * (seed v0.3.2: "required: slo-snapshot,gate-report", "max-age: 24h").
 */
import { InputError } from '../core/errors.js';
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

/**
 * Builds a policy from a parsed YAML/JSON document (`required` as a list or comma string;
 * `max-age`/`maxAge` as a duration).
 * @throws InputError naming the field on a malformed value.
 */
export function parsePolicy(doc: unknown, source: string): EvidencePolicy {
  if (!doc || typeof doc !== 'object') throw new InputError(source, undefined, 'a mapping with required and max-age');
  const d = doc as Record<string, unknown>;
  const req = d.required ?? [];
  const required = typeof req === 'string' ? req.split(',').map((s) => s.trim()).filter(Boolean) : Array.isArray(req) ? req.map(String) : null;
  if (!required) throw new InputError(source, 'required', 'a list of kinds or a comma-separated string');
  const age = d['max-age'] ?? d.maxAge;
  return { required, maxAgeSeconds: age === undefined ? undefined : parseDuration(String(age), `${source}: max-age`) };
}

/** Checks verified files and release metadata against a policy. */
export function checkPolicy(policy: EvidencePolicy, verified: Pick<FileEntry, 'kind'>[], release: ReleaseInfo, now: Date): { ok: boolean; problems: string[] } {
  const problems: string[] = [];
  const kinds = new Set(verified.map((f) => f.kind));
  const missing = policy.required.filter((k) => !kinds.has(k));
  if (missing.length) problems.push(`policy: required evidence kinds missing: ${missing.join(', ')}`);
  if (policy.maxAgeSeconds !== undefined) {
    const age = (now.getTime() - Date.parse(release.createdAt)) / 1000;
    if (!(age <= policy.maxAgeSeconds)) problems.push(`policy: evidence is ${Math.round(age)} s old, more than the allowed ${policy.maxAgeSeconds} s`);
  }
  return { ok: problems.length === 0, problems };
}
