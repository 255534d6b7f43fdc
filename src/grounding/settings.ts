/**
 * The settings of one grounding check, read the same way from `mc grounding-check` flags and from
 * the mc/grounding-check action's inputs. Every default is owned here once; messages name the flag
 * or input as the user wrote it (`--min-pass-rate` in the CLI, `input 'min-pass-rate'` in the action).
 */
import { UsageError } from '../core/errors.js';
import type { JudgeOptions } from './judge.js';

/** The settings as given (strings; undefined or '' when unset). */
export interface GroundingRawSettings {
  minPassRate?: string;
  failOnUngrounded?: boolean;
  judgeUrl?: string;
  judgeModel?: string;
  /** the judge's API key (a secret; never printed) */
  judgeApiKey?: string;
  /** the judge cache file, resolved by the caller */
  judgeCache?: string;
  /** the key authenticating the judge cache (a secret; never printed) */
  judgeCacheKey?: string;
}

/** The name a setting has for the user: `--min-pass-rate` or `input 'min-pass-rate'`. */
export type GroundingLabel = (field: keyof GroundingRawSettings) => string;

/** Checked settings with defaults applied; the gate options of `runGate`. */
export interface GroundingSettings {
  /** least share of `grounded` answers, 0..1 (default {@link DEFAULT_MIN_PASS_RATE}) */
  minPassRate: number;
  /** fail when any answer is `ungrounded`, whatever the pass rate (default false) */
  failOnUngrounded: boolean;
  /** ask an OpenAI-compatible judge about `unverified` claims (when a judge URL is given) */
  judge?: JudgeOptions;
}

/** Each setting's name as a flag (`--NAME`) and as an action input (`input 'NAME'`). */
export const GROUNDING_SETTING_NAMES: Record<keyof GroundingRawSettings, string> = {
  minPassRate: 'min-pass-rate',
  failOnUngrounded: 'fail-on-ungrounded',
  judgeUrl: 'judge-url',
  judgeModel: 'judge-model',
  judgeApiKey: 'judge-api-key',
  judgeCache: 'judge-cache',
  judgeCacheKey: 'judge-cache-key',
};

/** The least pass rate when none is given (also action.yml's documented default). */
export const DEFAULT_MIN_PASS_RATE = 0.95;

/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
export function groundingSettings(raw: GroundingRawSettings, label: GroundingLabel): GroundingSettings {
  let minPassRate = DEFAULT_MIN_PASS_RATE;
  const v = raw.minPassRate;
  if (v !== undefined && v !== '') {
    minPassRate = Number(v);
    if (!/^\s*\d*\.?\d+\s*$/.test(v) || !(minPassRate >= 0 && minPassRate <= 1))
      throw new UsageError(`${label('minPassRate')}: expected a number from 0 to 1, found '${v}'`);
  }
  const out: GroundingSettings = { minPassRate, failOnUngrounded: raw.failOnUngrounded ?? false };
  if (raw.judgeUrl) {
    if (!raw.judgeModel) throw new UsageError(`${label('judgeUrl')} needs ${label('judgeModel')}`);
    if (raw.judgeCache && !raw.judgeCacheKey) {
      throw new UsageError(
        `${label('judgeCache')} needs ${label('judgeCacheKey')} (a secret): the cache file is in the tree a pull request controls, so its entries are authenticated (HMAC-SHA256) under that key`,
      );
    }
    out.judge = {
      url: raw.judgeUrl,
      model: raw.judgeModel,
      apiKey: raw.judgeApiKey || undefined,
      cacheFile: raw.judgeCache || undefined,
      cacheKey: raw.judgeCacheKey || undefined,
    };
  }
  return out;
}
