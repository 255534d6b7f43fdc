/**
 * The Prometheus connection inputs shared by mc/slo-snapshot and mc/canary-score: `bearer-token`
 * and `basic-auth` (secrets, masked), `headers` (one `Name: value` per line, masked: they often carry
 * tenant ids or tokens) and `timeout-seconds`.
 */
import { UsageError } from '../core/errors.js';
import { parseHeaderLines, type PrometheusOptions } from '../core/prometheus.js';
import type { ActionIO } from './runtime.js';

/**
 * @param url the Prometheus base URL (from the action's own input)
 * @throws UsageError naming the input.
 */
export function prometheusOptionsFromInputs(io: ActionIO, url: string): PrometheusOptions {
  const bearerToken = io.secret('bearer-token') || undefined;
  const basicAuth = io.secret('basic-auth') || undefined;
  if (bearerToken && basicAuth) throw new UsageError("inputs 'bearer-token' and 'basic-auth': give one");
  const headers = parseHeaderLines(
    io
      .secret('headers')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  );
  const t = io.input('timeout-seconds', '30');
  const timeout = Number(t);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError(`input 'timeout-seconds': expected a positive number of seconds, found '${t}'`);
  return { url, bearerToken, basicAuth, headers, timeoutMs: timeout * 1000 };
}
