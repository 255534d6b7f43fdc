/**
 * The settings of evidence-pack, read the same way from the `mc evidence pack|verify|disclose`
 * flags and from the mc/evidence-pack action's inputs. Every default is owned here once; messages
 * name the flag or input as the user wrote it (`--threshold` in the CLI, `input 'threshold'` in
 * the action). Paths stay with the entrypoints (they resolve against the workspace or the cwd).
 */
import { UsageError } from '../core/errors.js';
import type { PackRule } from './pack.js';
import { parseDuration } from './policy.js';

/** The settings as given (strings; undefined or '' when unset). */
export interface EvidenceRawSettings {
  /** action only: pack, verify or disclose (the CLI has one command per mode) */
  mode?: string;
  /** action only: upload the pack as a workflow artifact (auto, true or false) */
  upload?: string;
  /** `GLOB=KIND` kind rules */
  kinds?: string[];
  /** `GLOB=KEY=VALUE` label rules */
  labels?: string[];
  threshold?: string;
  /** comma-separated evidence kinds the policy requires (added to a policy file's) */
  requireKinds?: string;
  /** largest allowed age of the evidence, a duration such as 24h */
  maxAge?: string;
}

/** The name a setting has for the user: `--threshold` or `input 'threshold'`. */
export type EvidenceLabel = (field: keyof EvidenceRawSettings) => string;

/** The evidence-pack modes. */
export type EvidenceMode = 'pack' | 'verify' | 'disclose';

/** Checked settings with defaults applied. */
export interface EvidenceSettings {
  /** default `pack` */
  mode: EvidenceMode;
  /** default `auto`: upload when the Actions runtime is there */
  upload: 'auto' | 'true' | 'false';
  /** kind rules, then label rules (in that order of precedence) */
  rules: PackRule[];
  /** trusted signatures required, a whole number >= 1 (default 1) */
  threshold: number;
  /** evidence kinds the policy requires (from the setting; a policy file may add more) */
  requireKinds: string[];
  /** largest allowed evidence age in seconds, when given */
  maxAgeSeconds?: number;
}

/** The pack directory (pack, disclose) and where verify looks for it when not given. */
export const DEFAULT_PACK_DIR = 'evidence-pack';
/** The verification report the action writes when `report` is not given. */
export const DEFAULT_VERIFY_REPORT = 'evidence-verify.json';

/**
 * Parses `GLOB=KIND` kind rules and `GLOB=KEY=VALUE` label rules (in that order of precedence).
 * @throws UsageError on a malformed entry, naming the setting.
 */
export function parseRules(kinds: string[], labels: string[], label: EvidenceLabel = (f) => f): PackRule[] {
  const rules: PackRule[] = [];
  for (const k of kinds) {
    const i = k.lastIndexOf('=');
    if (i <= 0 || i === k.length - 1) throw new UsageError(`${label('kinds')}: kind rule '${k}': expected GLOB=KIND`);
    rules.push({ glob: k.slice(0, i), kind: k.slice(i + 1) });
  }
  for (const l of labels) {
    const m = /^(.+)=([^=]+)=(.*)$/.exec(l);
    if (!m) throw new UsageError(`${label('labels')}: label rule '${l}': expected GLOB=KEY=VALUE`);
    rules.push({ glob: m[1], labels: { [m[2]]: m[3] } });
  }
  return rules;
}

/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
export function evidenceSettings(raw: EvidenceRawSettings, label: EvidenceLabel): EvidenceSettings {
  const mode = raw.mode || 'pack';
  if (mode !== 'pack' && mode !== 'verify' && mode !== 'disclose')
    throw new UsageError(`${label('mode')}: expected pack, verify or disclose, found '${mode}'`);
  const upload = raw.upload || 'auto';
  if (upload !== 'auto' && upload !== 'true' && upload !== 'false')
    throw new UsageError(`${label('upload')}: expected auto, true or false, found '${upload}'`);
  const t = raw.threshold || '1';
  if (!/^[1-9]\d*$/.test(t)) throw new UsageError(`${label('threshold')}: expected a whole number >= 1, found '${t}'`);
  let maxAgeSeconds: number | undefined;
  if (raw.maxAge) {
    try {
      maxAgeSeconds = parseDuration(raw.maxAge, 'max-age');
    } catch {
      throw new UsageError(`${label('maxAge')}: expected a duration such as 90s, 15m, 24h or 7d, found '${raw.maxAge}'`);
    }
  }
  return {
    mode,
    upload,
    rules: parseRules(raw.kinds ?? [], raw.labels ?? [], label),
    threshold: Number(t),
    requireKinds: (raw.requireKinds ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    ...(maxAgeSeconds !== undefined ? { maxAgeSeconds } : {}),
  };
}
