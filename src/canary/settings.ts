/**
 * The settings of one canary judgement, read the same way from `mc canary-score` flags and from the
 * mc/canary-score action's inputs. Every default is owned here once; messages name the flag or
 * input as the user wrote it (`--pass` in the CLI, `input 'pass'` in the action).
 */
import { UsageError } from '../core/errors.js';
import type { Judge } from './classifier.js';
import type { CanaryConfig } from './config.js';
import type { Decision, Override } from './judge.js';

/** The settings as given (strings; undefined or '' when unset). */
export interface CanaryRawSettings {
  judge?: string;
  pass?: string;
  marginal?: string;
  override?: string;
  overrideReason?: string;
  overrideBy?: string;
  trafficWeight?: string;
  bakeMinutes?: string;
}

/** The name a setting has for the user: `--pass` or `input 'pass'` (`scopes`: the scopes file). */
export type CanaryLabel = (field: keyof CanaryRawSettings | 'scopes') => string;

/**
 * Checked settings. Settings the config may also give (judge, thresholds) stay undefined when
 * unset here; {@link canaryThresholds} and {@link canaryJudge} apply config and defaults.
 */
export interface CanarySettings {
  /** judge from the flag or input; the config's `judge`, then {@link DEFAULT_JUDGE}, when unset */
  judge?: Judge;
  /** score (0–100) at or above which the canary passes; config, then {@link DEFAULT_PASS}, when unset */
  pass?: number;
  /** score (0–100) at or above which the canary is marginal; config, then {@link DEFAULT_MARGINAL}, when unset */
  marginal?: number;
  /** a recorded human override of the decision */
  override?: Override;
  /** current traffic weight of the canary, percent 0–100 (for the recommendation) */
  trafficWeight?: number;
  /** minutes the canary has baked so far, 0–1e6 (for the recommendation) */
  bakeMinutes?: number;
  /** names settings in messages (kept for checks that need the config, see {@link canaryThresholds}) */
  label: CanaryLabel;
}

/** Each setting's name as a flag (`--NAME`) and as an action input (`input 'NAME'`). */
export const CANARY_SETTING_NAMES: Record<keyof CanaryRawSettings | 'scopes', string> = {
  judge: 'judge',
  pass: 'pass',
  marginal: 'marginal',
  override: 'override',
  overrideReason: 'override-reason',
  overrideBy: 'override-by',
  trafficWeight: 'traffic-weight',
  bakeMinutes: 'bake-minutes',
  scopes: 'scopes',
};

/** The judge when neither the settings nor the config name one. */
export const DEFAULT_JUDGE: Judge = 'exact';
/** Kayenta's default pass threshold (score percent). */
export const DEFAULT_PASS = 95;
/** Kayenta's default marginal threshold (score percent). */
export const DEFAULT_MARGINAL = 75;

/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
export function canarySettings(raw: CanaryRawSettings, label: CanaryLabel): CanarySettings {
  const num = (field: 'pass' | 'marginal' | 'trafficWeight' | 'bakeMinutes', min: number, max: number): number | undefined => {
    const v = raw[field];
    if (v === undefined || v === '') return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max)
      throw new UsageError(`${label(field)}: expected a number from ${min} to ${max}, found '${v}'`);
    return n;
  };
  if (raw.judge && raw.judge !== 'exact' && raw.judge !== 'kayenta')
    throw new UsageError(`${label('judge')}: expected kayenta or exact, found '${raw.judge}'`);
  const pass = num('pass', 0, 100);
  const marginal = num('marginal', 0, 100);
  const trafficWeight = num('trafficWeight', 0, 100);
  const bakeMinutes = num('bakeMinutes', 0, 1e6);
  let override: Override | undefined;
  if (raw.override) {
    const d = raw.override.toUpperCase();
    if (d !== 'PROMOTE' && d !== 'HOLD' && d !== 'HALT')
      throw new UsageError(`${label('override')}: expected PROMOTE, HOLD or HALT, found '${raw.override}'`);
    if (!raw.overrideReason)
      throw new UsageError(`${label('override')} needs ${label('overrideReason')} (the override is recorded in the report)`);
    override = { decision: d as Decision, reason: raw.overrideReason, ...(raw.overrideBy ? { by: raw.overrideBy } : {}) };
  }
  return {
    ...(raw.judge ? { judge: raw.judge as Judge } : {}),
    ...(pass !== undefined ? { pass } : {}),
    ...(marginal !== undefined ? { marginal } : {}),
    ...(override ? { override } : {}),
    ...(trafficWeight !== undefined ? { trafficWeight } : {}),
    ...(bakeMinutes !== undefined ? { bakeMinutes } : {}),
    label,
  };
}

/** The judge: the settings', else the config's, else {@link DEFAULT_JUDGE}. */
export function canaryJudge(settings: CanarySettings, config: CanaryConfig): Judge {
  return settings.judge ?? config.judge ?? DEFAULT_JUDGE;
}

/**
 * The score thresholds: each the settings', else the config's, else the default.
 * @throws UsageError when marginal exceeds pass (named as the user gave them).
 */
export function canaryThresholds(settings: CanarySettings, config: CanaryConfig): { pass: number; marginal: number } {
  const pass = settings.pass ?? config.thresholds?.pass ?? DEFAULT_PASS;
  const marginal = settings.marginal ?? config.thresholds?.marginal ?? DEFAULT_MARGINAL;
  if (marginal > pass)
    throw new UsageError(`${settings.label('marginal')} (${marginal}) must not exceed ${settings.label('pass')} (${pass})`);
  return { pass, marginal };
}
