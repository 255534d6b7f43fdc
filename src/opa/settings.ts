/**
 * The settings of one opa-sim run, read the same way from `mc opa-sim` flags and from the
 * mc/opa-sim action's inputs. Every default is owned here once; messages name the flag or input as
 * the user wrote it (`--decision` in the CLI, `input 'decision'` in the action). Input and output
 * files stay with the entrypoints.
 */
import { UsageError } from '../core/errors.js';
import type { OpaSimOptions } from './run.js';

/** The settings as given (undefined, '' or [] when unset). */
export interface OpaRawSettings {
  /** .rego files or directories */
  policy?: string[];
  decision?: string;
  reasons?: string;
  namespaces?: string[];
  allNamespaces?: boolean;
  failOnWarn?: boolean;
  v0Compatible?: boolean;
}

/** The name a setting has for the user: `--decision` or `input 'decision'`. */
export type OpaLabel = (field: keyof OpaRawSettings) => string;

/** Checked settings: the policy and the mode options of `runOpaSim`. */
export type OpaSettings = Required<Pick<OpaSimOptions, 'policy' | 'allNamespaces' | 'failOnWarn' | 'v0Compatible'>> &
  Pick<OpaSimOptions, 'decision' | 'reasons' | 'namespaces'>;

/** The action's policy directory when its `policy` input is empty (also action.yml's documented default). */
export const DEFAULT_POLICY_DIR = 'policies';

/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
export function opaSettings(raw: OpaRawSettings, label: OpaLabel): OpaSettings {
  const policy = raw.policy ?? [];
  if (!policy.length) throw new UsageError(`no policy given (${label('policy')} PATH)`);
  const namespaces = raw.namespaces ?? [];
  if (raw.decision && (namespaces.length || raw.allNamespaces)) {
    throw new UsageError(
      `give either a decision (${label('decision')}) or conftest namespaces (${label(raw.allNamespaces ? 'allNamespaces' : 'namespaces')}), not both`,
    );
  }
  return {
    policy,
    ...(raw.decision ? { decision: raw.decision } : {}),
    ...(raw.reasons ? { reasons: raw.reasons } : {}),
    ...(namespaces.length ? { namespaces } : {}),
    allNamespaces: raw.allNamespaces ?? false,
    failOnWarn: raw.failOnWarn ?? false,
    v0Compatible: raw.v0Compatible ?? false,
  };
}
