/**
 * The Prometheus connection flags shared by `mc slo snapshot` and `mc canary-score --prometheus`:
 * `--prometheus URL [--bearer-token-file FILE | --basic-auth-file FILE] [--header "Name: value"]... [--timeout SECONDS]`.
 * Secrets come from files, never from the command line (where `ps` and shell history show them).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { prometheusOptions, type PrometheusOptions } from '../core/prometheus.js';

/** node:util parseArgs options of the connection flags. */
export const PROMETHEUS_FLAGS = {
  prometheus: { type: 'string' },
  'bearer-token-file': { type: 'string' },
  'basic-auth-file': { type: 'string' },
  header: { type: 'string', multiple: true },
  timeout: { type: 'string' },
} as const;

/** The usage text of the connection flags. */
export const PROMETHEUS_USAGE = '[--bearer-token-file FILE | --basic-auth-file FILE] [--header "Name: value"]... [--timeout SECONDS]';

/**
 * Connection options from parsed flags (`--prometheus` must be set).
 * @param cwd directory the secret files are relative to
 * @throws UsageError for both credentials at once or a bad timeout; a missing file is exit 2 too.
 */
export async function prometheusOptionsFromFlags(
  o: { prometheus?: string; 'bearer-token-file'?: string; 'basic-auth-file'?: string; header?: string[]; timeout?: string },
  cwd: string,
): Promise<PrometheusOptions> {
  const flag = {
    url: '--prometheus URL',
    bearerToken: '--bearer-token-file',
    basicAuth: '--basic-auth-file',
    headers: '--header',
    timeout: '--timeout',
  } as const;
  const secret = async (f: string | undefined) => (f ? (await readFile(resolve(cwd, f), 'utf8')).trim() : undefined);
  return prometheusOptions(
    {
      url: o.prometheus,
      bearerToken: await secret(o['bearer-token-file']),
      basicAuth: await secret(o['basic-auth-file']),
      headers: o.header,
      timeout: o.timeout,
    },
    (f) => flag[f],
  );
}
