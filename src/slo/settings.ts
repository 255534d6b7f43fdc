/**
 * The settings of one SLO snapshot, read the same way from `mc slo snapshot` flags and from the
 * mc/slo-snapshot action's inputs. Messages name the flag or input as the user wrote it. (The
 * connection settings are src/cli/prometheus-flags.ts's and src/runtime/prometheus-inputs.ts's.)
 */
import { UsageError } from '../core/errors.js';
import { DEFAULT_THRESHOLDS, checkThresholds, type SnapshotThresholds } from './snapshot.js';
import { durationSeconds } from './spec.js';

/** The settings as given (strings; undefined or '' when unset). */
export interface SloRawSettings {
  at?: string;
  window?: string;
  warnBudget?: string;
  pageBudget?: string;
  failOn?: string;
}

/** Checked settings with defaults applied. */
export interface SloSettings {
  /** evaluation time (default: now) */
  at: Date;
  /** window of Sloth specs (default 30d) */
  slothWindow: string;
  thresholds: SnapshotThresholds;
  /** the worst status that still passes: fail on `page` (default) or already on `warn` */
  failOn: 'page' | 'warn';
}

/**
 * @param raw the settings as given
 * @param label how a setting is named to the user (`--warn-budget` or input `warn-budget`)
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
export function sloSettings(raw: SloRawSettings, label: (field: keyof SloRawSettings) => string): SloSettings {
  const num = (field: keyof SloRawSettings, def: number): number => {
    const v = raw[field];
    if (v === undefined || v === '') return def;
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${label(field)}: expected a number, found '${v}'`);
    return n;
  };
  let at = new Date();
  if (raw.at) {
    const t = Date.parse(raw.at);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(raw.at) || !Number.isFinite(t))
      throw new UsageError(`${label('at')}: expected an RFC 3339 time such as 2026-12-01T00:00:00Z, found '${raw.at}'`);
    at = new Date(t);
  }
  const slothWindow = raw.window || '30d';
  try {
    durationSeconds(slothWindow);
  } catch {
    throw new UsageError(`${label('window')}: expected a duration such as 28d or 30d, found '${slothWindow}'`);
  }
  const failOn = raw.failOn || 'page';
  if (failOn !== 'page' && failOn !== 'warn') throw new UsageError(`${label('failOn')}: expected page or warn, found '${failOn}'`);
  const thresholds = {
    ...DEFAULT_THRESHOLDS,
    warnBudget: num('warnBudget', DEFAULT_THRESHOLDS.warnBudget),
    pageBudget: num('pageBudget', DEFAULT_THRESHOLDS.pageBudget),
  };
  checkThresholds(thresholds, label);
  return { at, slothWindow, thresholds, failOn };
}

/** Whether a snapshot status fails the gate under `failOn`. */
export function gateFails(status: 'ok' | 'warn' | 'page', failOn: 'page' | 'warn'): boolean {
  return status === 'page' || (failOn === 'warn' && status === 'warn');
}
