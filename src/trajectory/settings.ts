/**
 * The settings of one trajectory-golden run, read the same way from `mc trajectory-golden` flags
 * and from the mc/trajectory-golden action's inputs. Every default is owned here once; messages
 * name the flag or input as the user wrote it (`--mode` in the CLI, `input 'mode'` in the action).
 * The golden and trajectory paths stay with the entrypoints.
 */
import { UsageError } from '../core/errors.js';
import { ORDERING_MODES, TOOL_ARGS_MODES, parseToolArgsOverride, type OrderingMode, type ToolArgsOverrides } from './golden.js';
import type { ToolArgsMode } from './matchers.js';
import type { TrajectoryFormat } from './types.js';

/** The settings as given (undefined, '' or [] when unset). */
export interface TrajectoryRawSettings {
  mode?: string;
  toolArgs?: string;
  /** `TOOL=MODE|KEY.PATH,...` entries, one per flag or per input line */
  toolArgsOverrides?: string[];
  compat?: string;
  inputFormat?: string;
  update?: boolean;
}

/** The name a setting has for the user: `--mode` or `input 'mode'`. */
export type TrajectoryLabel = (field: keyof TrajectoryRawSettings) => string;

/** Checked settings with defaults applied. */
export interface TrajectorySettings {
  /** ordering mode overriding the goldens' (each golden's own, else strict, when unset) */
  mode?: OrderingMode;
  /** tool-argument mode overriding the goldens' (when unset, each golden's own) */
  toolArgs?: ToolArgsMode;
  /** per-tool argument modes (agentevals' tool_args_match_overrides) */
  toolArgsOverrides: ToolArgsOverrides;
  /** agentevals compatibility (reference trajectories, agentevals' semantics) */
  compat?: 'agentevals';
  /** the recorded trajectories' format (default {@link DEFAULT_INPUT_FORMAT}: detected) */
  inputFormat: TrajectoryFormat | 'auto';
  /** rewrite the goldens from the recorded trajectories (default false) */
  update: boolean;
}

/** The trajectory formats a user may name. */
export const INPUT_FORMATS = ['auto', 'openai', 'langchain', 'otel', 'react'] as const;
/** The trajectory format when none is given: detected from the file. */
export const DEFAULT_INPUT_FORMAT = 'auto';

/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
export function trajectorySettings(raw: TrajectoryRawSettings, label: TrajectoryLabel): TrajectorySettings {
  const { mode, toolArgs, compat } = raw;
  const inputFormat = raw.inputFormat || DEFAULT_INPUT_FORMAT;
  if (mode && !ORDERING_MODES.includes(mode as OrderingMode))
    throw new UsageError(`${label('mode')}: expected one of ${ORDERING_MODES.join(', ')}, found '${mode}'`);
  if (toolArgs && !TOOL_ARGS_MODES.includes(toolArgs as ToolArgsMode))
    throw new UsageError(`${label('toolArgs')}: expected one of ${TOOL_ARGS_MODES.join(', ')}, found '${toolArgs}'`);
  if (compat && compat !== 'agentevals') throw new UsageError(`${label('compat')}: expected agentevals or empty, found '${compat}'`);
  if (!(INPUT_FORMATS as readonly string[]).includes(inputFormat))
    throw new UsageError(`${label('inputFormat')}: expected one of ${INPUT_FORMATS.join(', ')}, found '${inputFormat}'`);
  const toolArgsOverrides: ToolArgsOverrides = {};
  for (const spec of raw.toolArgsOverrides ?? []) parseToolArgsOverride(spec, label('toolArgsOverrides'), toolArgsOverrides);
  const update = raw.update ?? false;
  if (update && compat) throw new UsageError(`${label('update')} cannot be combined with ${label('compat')} agentevals`);
  return {
    ...(mode ? { mode: mode as OrderingMode } : {}),
    ...(toolArgs ? { toolArgs: toolArgs as ToolArgsMode } : {}),
    toolArgsOverrides,
    ...(compat ? { compat: 'agentevals' as const } : {}),
    inputFormat: inputFormat as TrajectoryFormat | 'auto',
    update,
  };
}
