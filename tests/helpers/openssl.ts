/**
 * `openssl pkeyutl -verify` as an oracle that tells its three outcomes apart: verified, rejected
 * (openssl ran, exit 1, "Signature Verification Failure"), and unusable (openssl missing, or any other
 * failure), which throws. A missing openssl can never pass for a rejection.
 */
import { spawnSync } from 'node:child_process';
import { binary } from './references.js';

/** Outcome of an Ed25519 verify over raw bytes: `detail` is openssl's stdout + stderr. */
export interface OpensslVerdict {
  verified: boolean;
  detail: string;
}

/**
 * Verifies `sigFile` over the raw bytes of `dataFile` with the SPKI PEM `pubKey` (`pkeyutl -rawin`, OpenSSL 3).
 * @param opensslPath the binary (default: the openssl found by tests/helpers/references.ts; throws naming
 *   the Debian package when it is missing)
 * @throws when openssl cannot run, or exits otherwise than 0 "Signature Verified Successfully" / 1 "Signature Verification Failure"
 */
export function opensslVerify(pubKey: string, dataFile: string, sigFile: string, opensslPath: string = binary('openssl')): OpensslVerdict {
  const r = spawnSync(opensslPath, ['pkeyutl', '-verify', '-pubin', '-inkey', pubKey, '-rawin', '-in', dataFile, '-sigfile', sigFile], {
    encoding: 'utf8',
  });
  if (r.error) throw new Error(`openssl could not run (${opensslPath}): ${r.error.message}; install with: apt-get install -y openssl`);
  const detail = `${r.stdout}${r.stderr}`;
  if (r.status === 0 && /Signature Verified Successfully/.test(detail)) return { verified: true, detail };
  if (r.status === 1 && /Signature Verification Failure/.test(detail)) return { verified: false, detail };
  throw new Error(`openssl pkeyutl -verify neither verified nor rejected (exit ${r.status}): ${detail.trim()}`);
}
