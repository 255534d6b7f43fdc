/**
 * A small client of the Prometheus HTTP API (https://prometheus.io/docs/prometheus/latest/querying/api/):
 * instant queries (`POST /api/v1/query`, form-encoded `query` and `time`) and range queries
 * (`POST /api/v1/query_range`). HTTP through Node's built-in fetch (undici): TLS certificates are
 * verified (extra CAs through NODE_EXTRA_CA_CERTS), every request has a timeout.
 * Every failure is a {@link PrometheusError} (exit 2) naming the server and the query: an
 * unreachable server, a non-success status, a PromQL error, an unexpected result type.
 * Never a pass on missing data: callers decide what an empty result means.
 */
import { McError, ExitCode, UsageError } from './errors.js';

/** Connection settings. Credentials are never included in messages. */
export interface PrometheusOptions {
  /** base URL, e.g. `http://127.0.0.1:9090` or `https://prom.example/prometheus` */
  url: string;
  /** `Authorization: Bearer <token>` */
  bearerToken?: string;
  /** `Authorization: Basic` from `user:password` */
  basicAuth?: string;
  /** extra request headers (e.g. `X-Scope-OrgID` for Mimir/Cortex) */
  headers?: Record<string, string>;
  /** per-request timeout in milliseconds (default 30,000) */
  timeoutMs?: number;
}

/** One sample of an instant vector: its labels and value (NaN and ±Inf as JavaScript numbers). */
export interface InstantSample {
  metric: Record<string, string>;
  value: number;
}

/** One series of a range query: labels and [unix seconds, value] pairs. */
export interface RangeSeries {
  metric: Record<string, string>;
  values: [number, number][];
}

/** A failed request or query (exit 2). */
export class PrometheusError extends McError {
  constructor(message: string) {
    super(message, ExitCode.Usage);
  }
}

/** Prometheus encodes sample values as strings: floats, `NaN`, `+Inf`, `-Inf`. */
function sampleValue(s: unknown): number {
  if (s === 'NaN') return NaN;
  if (s === '+Inf') return Infinity;
  if (s === '-Inf') return -Infinity;
  const n = typeof s === 'string' ? Number(s) : NaN;
  return n;
}

/** A Prometheus server reached over its HTTP API. */
export class PrometheusClient {
  readonly url: string;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;

  /** @throws PrometheusError when the URL is not http(s). */
  constructor(opts: PrometheusOptions) {
    let u: URL;
    try {
      u = new URL(opts.url);
    } catch {
      throw new PrometheusError(`--prometheus: expected an http(s) URL (found '${opts.url}')`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      throw new PrometheusError(`--prometheus: expected an http(s) URL (found protocol '${u.protocol}')`);
    if (u.username || u.password)
      throw new PrometheusError(
        '--prometheus: credentials in the URL are refused (they would be logged); use basic auth or a bearer token',
      );
    this.url = u.toString().replace(/\/+$/, '');
    this.headers = { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded', ...(opts.headers ?? {}) };
    if (opts.bearerToken) this.headers.Authorization = `Bearer ${opts.bearerToken}`;
    else if (opts.basicAuth) this.headers.Authorization = `Basic ${Buffer.from(opts.basicAuth, 'utf8').toString('base64')}`;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
  }

  private async call(path: string, params: Record<string, string>, what: string): Promise<{ resultType: string; result: unknown }> {
    let res: Response;
    try {
      res = await fetch(`${this.url}${path}`, {
        method: 'POST',
        headers: this.headers,
        body: new URLSearchParams(params).toString(),
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: 'error',
      });
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const why =
        err.name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : (err.cause?.code ?? err.cause?.message ?? err.message);
      throw new PrometheusError(`prometheus ${this.url} unreachable (${why}) for ${what}`);
    }
    const text = await res.text();
    let body: { status?: string; data?: { resultType: string; result: unknown }; errorType?: string; error?: string } | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!res.ok || body?.status !== 'success' || !body.data) {
      const detail = body?.error
        ? `${body.errorType ?? 'error'}: ${body.error}`
        : `HTTP ${res.status}${res.status === 401 || res.status === 403 ? ' (check the credentials)' : ''}`;
      throw new PrometheusError(`prometheus ${this.url}: ${what} failed: ${detail}`);
    }
    return body.data;
  }

  /**
   * Evaluates an instant query at `at` (`/api/v1/query`).
   * @returns the samples of the vector (a scalar result is one sample without labels)
   * @throws PrometheusError for an unreachable server, a PromQL error, a matrix or string result.
   */
  async query(expr: string, at: Date): Promise<InstantSample[]> {
    const what = `query ${JSON.stringify(expr)}`;
    const data = await this.call('/api/v1/query', { query: expr, time: (at.getTime() / 1000).toFixed(3) }, what);
    if (data.resultType === 'scalar') return [{ metric: {}, value: sampleValue((data.result as [number, string])[1]) }];
    if (data.resultType !== 'vector')
      throw new PrometheusError(`prometheus ${this.url}: ${what}: expected an instant vector, found a ${data.resultType}`);
    return (data.result as { metric: Record<string, string>; value: [number, string] }[]).map((s) => ({
      metric: s.metric ?? {},
      value: sampleValue(s.value[1]),
    }));
  }

  /**
   * Evaluates a range query (`/api/v1/query_range`).
   * @param start,end the range, inclusive
   * @param stepSeconds resolution in seconds
   * @throws PrometheusError as {@link query}.
   */
  async queryRange(expr: string, start: Date, end: Date, stepSeconds: number): Promise<RangeSeries[]> {
    const what = `range query ${JSON.stringify(expr)}`;
    const data = await this.call(
      '/api/v1/query_range',
      { query: expr, start: (start.getTime() / 1000).toFixed(3), end: (end.getTime() / 1000).toFixed(3), step: String(stepSeconds) },
      what,
    );
    if (data.resultType !== 'matrix')
      throw new PrometheusError(`prometheus ${this.url}: ${what}: expected a range vector, found a ${data.resultType}`);
    return (data.result as { metric: Record<string, string>; values: [number, string][] }[]).map((s) => ({
      metric: s.metric ?? {},
      values: s.values.map(([t, v]) => [t, sampleValue(v)] as [number, number]),
    }));
  }
}

/**
 * Parses `Name: value` header lines (one per line or comma-free list item).
 * @throws PrometheusError on a malformed line.
 */
export function parseHeaderLines(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    const name = l.slice(0, i).trim();
    if (i <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
      throw new PrometheusError(`headers: expected 'Name: value' lines (found a malformed line)`);
    out[name] = l.slice(i + 1).trim();
  }
  return out;
}

/** Connection settings as given (strings; undefined or '' when unset). */
export interface PrometheusRawSettings {
  url?: string;
  bearerToken?: string;
  basicAuth?: string;
  /** `Name: value` lines */
  headers?: string[];
  /** seconds */
  timeout?: string;
}

/**
 * Checked connection options from raw settings: the CLI's flags and the actions' inputs both come here.
 * @param label how a setting is named to the user (`--timeout` or `input 'timeout-seconds'`)
 * @throws UsageError naming the setting: no URL, both credentials, a timeout that is not a positive number.
 */
export function prometheusOptions(raw: PrometheusRawSettings, label: (f: keyof PrometheusRawSettings) => string): PrometheusOptions {
  if (!raw.url) throw new UsageError(`${label('url')} is required`);
  if (raw.bearerToken && raw.basicAuth) throw new UsageError(`${label('bearerToken')} and ${label('basicAuth')}: give one`);
  const timeout = raw.timeout === undefined || raw.timeout === '' ? 30 : Number(raw.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw new UsageError(`${label('timeout')}: expected a positive number of seconds, found '${raw.timeout}'`);
  return {
    url: raw.url,
    bearerToken: raw.bearerToken || undefined,
    basicAuth: raw.basicAuth || undefined,
    headers: parseHeaderLines(raw.headers ?? []),
    timeoutMs: timeout * 1000,
  };
}
