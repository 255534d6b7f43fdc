/**
 * Signing keys from action inputs, shared by every action that signs: a secret input holding one or
 * more Ed25519 keys (PKCS#8 PEM blocks, or one private JWK), masked before it is parsed, plus an
 * optional input listing key files. Parsing is src/core/ed25519.ts's.
 */
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { loadPrivateKey, readPrivateKeyFile, type PrivateKey } from '../core/ed25519.js';
import type { ActionIO } from './action-io.js';

/**
 * @param secretInput name of the secret input (masked via core.setSecret)
 * @param fileInput name of an input listing private key files (relative to the workspace)
 * @returns the keys, in order (several during a key rotation); empty when neither input is set
 * @throws InputError naming the input (and PEM block) when a key does not parse; the message never
 *   quotes any part of the secret (src/core/ed25519.ts only names the member that is wrong), since the runner
 *   masks only the whole secret and its lines, not a fragment of them
 */
export async function readSigningKeys(io: ActionIO, secretInput: string, fileInput?: string): Promise<PrivateKey[]> {
  const secret = io.secret(secretInput);
  const keys: PrivateKey[] = [];
  if (secret) {
    const blocks = secret.includes('-----BEGIN')
      ? (secret.match(/-----BEGIN [^-]+-----[\s\S]*?-----END [^-]+-----/g) ?? [secret])
      : [secret];
    for (const [i, b] of blocks.entries())
      keys.push(await loadPrivateKey(b, `input '${secretInput}'${blocks.length > 1 ? ` (block ${i + 1})` : ''}`));
  }
  for (const f of fileInput ? io.list(fileInput) : []) keys.push(await readPrivateKeyFile(resolve(io.workspace, f)));
  return keys;
}

/** Like {@link readSigningKeys}, but at least one key is required. @throws UsageError naming the inputs. */
export async function requireSigningKeys(io: ActionIO, secretInput: string, fileInput?: string): Promise<PrivateKey[]> {
  const keys = await readSigningKeys(io, secretInput, fileInput);
  if (!keys.length)
    throw new UsageError(
      `input '${secretInput}' (a secret holding an Ed25519 PKCS#8 PEM or JWK)${fileInput ? ` or '${fileInput}'` : ''} is required`,
    );
  return keys;
}
