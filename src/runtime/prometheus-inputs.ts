/**
 * The Prometheus connection inputs shared by mc/slo-snapshot and mc/canary-score: `bearer-token`
 * and `basic-auth` (secrets, masked), `headers` (one `Name: value` per line, masked: they often carry
 * tenant ids or tokens) and `timeout-seconds`.
 */
import { prometheusOptions, type PrometheusOptions } from '../core/prometheus.js';
import type { ActionIO } from './action-io.js';

/**
 * @param url the Prometheus base URL (from the action's own input)
 * @throws UsageError naming the input.
 */
export function prometheusOptionsFromInputs(io: ActionIO, url: string): PrometheusOptions {
  const input = {
    url: 'prometheus',
    bearerToken: 'bearer-token',
    basicAuth: 'basic-auth',
    headers: 'headers',
    timeout: 'timeout-seconds',
  } as const;
  return prometheusOptions(
    {
      url,
      bearerToken: io.secret('bearer-token'),
      basicAuth: io.secret('basic-auth'),
      // header values often carry tenant ids or tokens: masked like secrets
      headers: io
        .secret('headers')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
      timeout: io.input('timeout-seconds'),
    },
    (f) => `input '${input[f]}'`,
  );
}
