/**
 * Option parsing shared by the evidence-pack action and the `mc evidence` commands, so both
 * read kinds, labels and trust the same way.
 */
import { InputError, UsageError } from '../core/errors.js';
import { exists, readJsonOrYaml } from '../core/fsx.js';
import { readJwksFile, type PublicKey } from '../core/keys.js';
import type { PackRule } from './pack.js';
import { parseDuration, parsePolicy, type EvidencePolicy } from './policy.js';
import { JWKS_FILE, PACK_FILE } from './pack.js';
import { DISCLOSURE_FILE } from './verify.js';
import { join } from 'node:path';

/**
 * Parses `GLOB=KIND` kind rules and `GLOB=KEY=VALUE` label rules (in that order of precedence).
 * @throws UsageError on a malformed entry.
 */
export function parseRules(kinds: string[], labels: string[]): PackRule[] {
  const rules: PackRule[] = [];
  for (const k of kinds) {
    const i = k.lastIndexOf('=');
    if (i <= 0 || i === k.length - 1) throw new UsageError(`kind rule '${k}': expected GLOB=KIND`);
    rules.push({ glob: k.slice(0, i), kind: k.slice(i + 1) });
  }
  for (const l of labels) {
    const m = /^(.+)=([^=]+)=(.*)$/.exec(l);
    if (!m) throw new UsageError(`label rule '${l}': expected GLOB=KEY=VALUE`);
    rules.push({ glob: m[1], labels: { [m[2]]: m[3] } });
  }
  return rules;
}

/**
 * Trusted keys for verification: the given JWKS, else the pack's own jwks.json (integrity only).
 * @throws InputError when the JWKS cannot be read or holds no Ed25519 key.
 */
export async function trustedKeys(packDir: string, jwks: string | undefined): Promise<{ keys: PublicKey[]; trust: 'given-jwks' | 'pack-jwks' }> {
  if (!jwks && !(await exists(join(packDir, PACK_FILE))) && !(await exists(join(packDir, DISCLOSURE_FILE)))) {
    throw new InputError(packDir, undefined, `an evidence pack directory (${PACK_FILE} or ${DISCLOSURE_FILE})`);
  }
  const file = jwks || join(packDir, JWKS_FILE);
  const keys = await readJwksFile(file, { untrusted: !jwks });
  if (!keys.length) throw new InputError(file, 'keys', 'at least one Ed25519 key');
  return { keys, trust: jwks ? 'given-jwks' : 'pack-jwks' };
}

/** A policy from a file and/or flags (flags add to the file's). */
export async function loadPolicy(file: string | undefined, requireKinds: string | undefined, maxAge: string | undefined): Promise<EvidencePolicy | undefined> {
  if (!file && !requireKinds && !maxAge) return undefined;
  const policy: EvidencePolicy = file ? await parsePolicy(await readJsonOrYaml(file, 'evidence policy'), file) : { required: [] };
  if (requireKinds) policy.required.push(...requireKinds.split(',').map((s) => s.trim()).filter(Boolean));
  if (maxAge) policy.maxAgeSeconds = parseDuration(maxAge, 'max-age');
  return policy;
}
