/**
 * The settings of config-attest, read the same way from the `mc config-attest snapshot|verify`
 * flags and from the mc/config-attest action's inputs. Every default is owned here once; messages
 * name the flag or input as the user wrote it (`--max-age` in the CLI, `input 'max-baseline-age'`
 * in the action). Paths, keys and trust material stay with the entrypoints.
 */
import { UsageError } from '../core/errors.js';
import { parseMaxAge } from './attest.js';
import { DEFAULT_LIMITS, type ParseLimits } from './parse.js';

/** The settings as given (strings; undefined or '' when unset). */
export interface ConfigRawSettings {
  /** action only: snapshot or verify (the CLI has one command per mode) */
  mode?: string;
  maxFileBytes?: string;
  maxAliasCount?: string;
  /** verify: the oldest baseline accepted, such as 90d, 12h, 30m or seconds */
  maxBaselineAge?: string;
}

/** The name a setting has for the user: `--max-file-bytes` or `input 'max-file-bytes'`. */
export type ConfigLabel = (field: keyof ConfigRawSettings) => string;

/** Checked settings with defaults applied. */
export interface ConfigSettings {
  /** `snapshot` or `verify` (undefined when not given: the CLI command says which) */
  mode?: 'snapshot' | 'verify';
  /** parse limits: {@link DEFAULT_LIMITS} with the given file size and alias budget */
  limits: ParseLimits;
  /** oldest baseline accepted, in seconds (no limit when unset) */
  maxAgeSeconds?: number;
}

/** The snapshot file the action writes when `snapshot` is not given. */
export const DEFAULT_SNAPSHOT_FILE = 'config-snapshot.intoto.jsonl';

/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError or InputError (exit 2) naming the setting and what was expected.
 */
export function configSettings(raw: ConfigRawSettings, label: ConfigLabel): ConfigSettings {
  if (raw.mode && raw.mode !== 'snapshot' && raw.mode !== 'verify')
    throw new UsageError(`${label('mode')}: expected snapshot or verify, found '${raw.mode}'`);
  const int = (field: 'maxFileBytes' | 'maxAliasCount', def: number): number => {
    const v = raw[field];
    if (v === undefined || v === '') return def;
    if (!/^\d+$/.test(v)) throw new UsageError(`${label(field)}: expected a non-negative integer, found '${v}'`);
    return Number(v);
  };
  const limits: ParseLimits = {
    ...DEFAULT_LIMITS,
    maxFileBytes: int('maxFileBytes', DEFAULT_LIMITS.maxFileBytes),
    maxAliasCount: int('maxAliasCount', DEFAULT_LIMITS.maxAliasCount),
  };
  // InputError (exit 2) naming the setting: `--max-age: expected a maximum age such as 90d ...`
  const maxAgeSeconds = raw.maxBaselineAge ? parseMaxAge(raw.maxBaselineAge, label('maxBaselineAge')) : undefined;
  return {
    ...(raw.mode ? { mode: raw.mode as 'snapshot' | 'verify' } : {}),
    limits,
    ...(maxAgeSeconds !== undefined ? { maxAgeSeconds } : {}),
  };
}
