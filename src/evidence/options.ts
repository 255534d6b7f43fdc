/**
 * Trust and policy loading shared by the evidence-pack action and the `mc evidence` commands
 * (the settings themselves are src/evidence/settings.ts's).
 */
import { InputError } from '../core/errors.js';
import { exists, readJsonOrYaml } from '../core/fsx.js';
import { readJwksFile, type PublicKey } from '../core/ed25519.js';
import { parsePolicy, type EvidencePolicy } from './policy.js';
import type { EvidenceSettings } from './settings.js';
import { JWKS_FILE, PACK_FILE } from './pack.js';
import { DISCLOSURE_FILE } from './verify.js';
import { join } from 'node:path';

/**
 * Trusted keys for verification: the given JWKS, else the pack's own jwks.json (integrity only).
 * @throws InputError when the JWKS cannot be read or holds no Ed25519 key.
 */
export async function trustedKeys(
  packDir: string,
  jwks: string | undefined,
): Promise<{ keys: PublicKey[]; trust: 'given-jwks' | 'pack-jwks' }> {
  if (!jwks && !(await exists(join(packDir, PACK_FILE))) && !(await exists(join(packDir, DISCLOSURE_FILE)))) {
    throw new InputError(packDir, undefined, `an evidence pack directory (${PACK_FILE} or ${DISCLOSURE_FILE})`);
  }
  const file = jwks || join(packDir, JWKS_FILE);
  const keys = await readJwksFile(file, { untrusted: !jwks });
  if (!keys.length) throw new InputError(file, 'keys', 'at least one Ed25519 key');
  return { keys, trust: jwks ? 'given-jwks' : 'pack-jwks' };
}

/**
 * A policy from a file and/or settings (the settings add to the file's).
 * @param settings `requireKinds` and `maxAgeSeconds` from {@link evidenceSettings}
 */
export async function loadPolicy(
  file: string | undefined,
  settings: Pick<EvidenceSettings, 'requireKinds' | 'maxAgeSeconds'>,
): Promise<EvidencePolicy | undefined> {
  if (!file && !settings.requireKinds.length && settings.maxAgeSeconds === undefined) return undefined;
  const policy: EvidencePolicy = file ? await parsePolicy(await readJsonOrYaml(file, 'evidence policy'), file) : { required: [] };
  policy.required.push(...settings.requireKinds);
  if (settings.maxAgeSeconds !== undefined) policy.maxAgeSeconds = settings.maxAgeSeconds;
  return policy;
}
