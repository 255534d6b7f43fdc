/**
 * The settings of in-toto verification, read the same way from `mc intoto verify` and
 * `mc intoto attestation verify` flags and from the mc/intoto-verify action's inputs. Every default
 * is owned here once; messages name the flag or input as the user wrote it (`--key-types` in the
 * CLI, `input 'key-types'` in the action). Key files and paths stay with the entrypoints.
 */
import { UsageError } from '../core/errors.js';
import { KEY_TYPES, type KeyType } from './sslib-keys.js';

/** The settings as given (undefined, '' or [] when unset). */
export interface IntotoRawSettings {
  /** layout key files (only counted here: one key type each, or one for all) */
  layoutKeys?: string[];
  keyTypes?: string[];
  /** `KEY=VALUE` layout parameters (in-toto-verify `--param`) */
  params?: string[];
  /** attestation key files (only counted here) */
  attestationKeys?: string[];
  attestationKeyTypes?: string[];
  attestationThreshold?: string;
  /** `PATH=VALUE` expected SLSA external parameters */
  externalParams?: string[];
}

/** The name a setting has for the user: `--key-types` or `input 'key-types'`. */
export type IntotoLabel = (field: keyof IntotoRawSettings) => string;

/** Checked settings with defaults applied. */
export interface IntotoSettings {
  /** one type per layout key (default {@link DEFAULT_LAYOUT_KEY_TYPE}, as in-toto-verify) */
  layoutKeyTypes: KeyType[];
  /** layout parameters, when any were given */
  params?: Record<string, string>;
  /** one type per attestation key (default {@link DEFAULT_ATTESTATION_KEY_TYPE}) */
  attestationKeyTypes: KeyType[];
  /** trusted signatures an attestation needs, a whole number >= 1 (default 1) */
  attestationThreshold: number;
  /** expected SLSA external parameters, when any were given */
  externalParameters?: Record<string, string>;
}

/** in-toto-verify's default key type for `--layout-keys`. */
export const DEFAULT_LAYOUT_KEY_TYPE: KeyType = 'rsa';
/** The key type of attestation keys when none is given (DSSE over Ed25519). */
export const DEFAULT_ATTESTATION_KEY_TYPE: KeyType = 'ed25519';

/**
 * The type of each of `n` keys: one per key, one for all, or none for `def`.
 * @param name how the types setting is named to the user (`--key-types`, `input 'key-types'`)
 * @throws UsageError on an unknown type or a count that fits neither rule.
 */
export function keyTypesFor(types: string[] | undefined, n: number, name: string, def: KeyType = DEFAULT_LAYOUT_KEY_TYPE): KeyType[] {
  const t = types ?? [];
  for (const x of t)
    if (!(KEY_TYPES as readonly string[]).includes(x))
      throw new UsageError(`${name}: expected one of ${KEY_TYPES.join(', ')}, found '${x}'`);
  if (t.length === 0) return Array.from({ length: n }, () => def);
  if (t.length === 1) return Array.from({ length: Math.max(n, 1) }, () => t[0] as KeyType);
  if (t.length !== n)
    throw new UsageError(`${name}: pass as many key types as keys (got ${t.length} for ${n}), one for all, or none to default to ${def}`);
  return t as KeyType[];
}

/**
 * `KEY=VALUE` items as a record (a later item wins).
 * @param name how the setting is named to the user
 * @throws UsageError on an item without `=` or with an empty key.
 */
export function keyValues(items: string[] | undefined, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const it of items ?? []) {
    const i = it.indexOf('=');
    if (i <= 0) throw new UsageError(`${name}: expected KEY=VALUE, found '${it}'`);
    out[it.slice(0, i)] = it.slice(i + 1);
  }
  return out;
}

/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
export function intotoSettings(raw: IntotoRawSettings, label: IntotoLabel): IntotoSettings {
  const layoutKeyTypes = keyTypesFor(raw.keyTypes, raw.layoutKeys?.length ?? 0, label('keyTypes'), DEFAULT_LAYOUT_KEY_TYPE);
  const attestationKeyTypes = keyTypesFor(
    raw.attestationKeyTypes,
    raw.attestationKeys?.length ?? 0,
    label('attestationKeyTypes'),
    DEFAULT_ATTESTATION_KEY_TYPE,
  );
  const t = raw.attestationThreshold || '1';
  const attestationThreshold = Number(t);
  if (!Number.isInteger(attestationThreshold) || attestationThreshold < 1)
    throw new UsageError(`${label('attestationThreshold')}: expected a positive integer, found '${t}'`);
  const params = keyValues(raw.params, label('params'));
  const ext = keyValues(raw.externalParams, label('externalParams'));
  return {
    layoutKeyTypes,
    ...(Object.keys(params).length ? { params } : {}),
    attestationKeyTypes,
    attestationThreshold,
    ...(Object.keys(ext).length ? { externalParameters: ext } : {}),
  };
}
