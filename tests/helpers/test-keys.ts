/**
 * The committed in-toto test keys (tests/fixtures/intoto-keys, made once by securesystemslib, see its
 * README): tests of our own code take keys from here, never from a Python key generator at test time.
 */
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const TEST_KEYS_DIR = resolve(import.meta.dirname, '../fixtures/intoto-keys');

/** Committed key names and their types. */
export const TEST_KEYS = { owner: 'ed25519', alice: 'ed25519', dev: 'ed25519', ec: 'ecdsa', other: 'ecdsa', rsa: 'rsa' } as const;
export type TestKeyName = keyof typeof TEST_KEYS;

/**
 * Copies committed key pairs into `dir`: `names` as a list (same names) or as `{ as: committedName }`.
 * Writes `dir/<as>` (private) and `dir/<as>.pub` (public).
 */
export function copyTestKeys(dir: string, names: TestKeyName[] | Record<string, TestKeyName>): void {
  const pairs = Array.isArray(names) ? names.map((n) => [n, n] as const) : Object.entries(names);
  for (const [as, from] of pairs) {
    copyFileSync(join(TEST_KEYS_DIR, from), join(dir, as));
    copyFileSync(join(TEST_KEYS_DIR, `${from}.pub`), join(dir, `${as}.pub`));
  }
}
