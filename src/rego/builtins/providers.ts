/**
 * `providers.aws.sign_req(request, aws_config, time_ns)`: AWS Signature Version 4 over an
 * `http.send`-shaped request object, as OPA computes it (topdown/providers.go and
 * internal/providers/aws/signing_v4.go, `SignV4`), so a policy gets OPA's exact headers:
 * the signature follows the AWS SigV4 text
 * (https://docs.aws.amazon.com/general/latest/gr/sigv4_signing.html) with OPA's own choices kept:
 * the method is signed as given (`get`, not upper-cased), the path is Go's `URL.EscapedPath()`
 * (empty for `http://example.com`, not `/`), the query is Go's raw query (not re-sorted),
 * `x-amz-content-sha256` is added only for the `s3` and `glacier` services, a request header
 * overrides the computed value of the same lower-cased name in the canonical request (but not in the
 * output), `authorization`, `user-agent` and `x-amzn-trace-id` are never signed, and
 * `disable_payload_signing: true` signs `UNSIGNED-PAYLOAD`. The body is `raw_body` when present,
 * else Go's `json.Marshal` of `body`, else empty. HMAC-SHA-256 and SHA-256 come from node:crypto.
 *
 * The result is the request object with `headers` replaced by the request's headers (values that
 * are not strings become `""`, as OPA's objectToMap), `Authorization`, `host`, `x-amz-date`, and
 * when set `x-amz-content-sha256` and `x-amz-security-token`.
 */
import { createHash, createHmac } from 'node:crypto';
import { BuiltinError, operandErr } from '../errors.js';
import { goJSON } from '../jsonexact.js';
import { isNumber, RObject, RSet, stringifyValue, typeName, type Value } from '../value.js';
import { checkHttpRequest } from './http.js';
import { definer, type BuiltinTable } from './registry.js';

/** The providers builtins, by name. */
export const PROVIDERS_BUILTINS: BuiltinTable = new Map();
const def = definer(PROVIDERS_BUILTINS);

// topdown/providers.go awsRequiredConfigKeyNames
const REQUIRED_CONFIG = ['aws_service', 'aws_access_key', 'aws_secret_access_key', 'aws_region'];
// internal/providers/aws/signing_v4.go awsSigv4IgnoredHeaders
const IGNORED_HEADERS = new Set(['authorization', 'user-agent', 'x-amzn-trace-id']);
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

const strOf = (v: Value | undefined): string => (typeof v === 'string' ? v : '');
const sha256Hex = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');
const hmac = (key: Buffer | string, msg: string): Buffer => createHmac('sha256', key).update(msg, 'utf8').digest();

/** The parts of Go's `url.Parse` the signer reads: `Host`, `EscapedPath()`, `RawQuery`. Throws BuiltinError as Go's parse errors. */
export function goURLParts(raw: string): { host: string; escapedPath: string; rawQuery: string } {
  const fail = (why: string): never => {
    throw new BuiltinError(`parse ${JSON.stringify(raw)}: ${why}`);
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) fail('net/url: invalid control character in URL');
  }
  let rest = raw;
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  // scheme (Go's getScheme): letters first, then letters, digits, + - .
  const sm = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest);
  if (sm) rest = rest.slice(sm[0].length);
  else if (/^[0-9+.-][A-Za-z0-9+.-]*:/.test(rest) || rest.startsWith(':')) fail('missing protocol scheme');
  let rawQuery = '';
  const q = rest.indexOf('?');
  if (q >= 0) {
    rawQuery = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  let host = '';
  // with a scheme and no leading slash the rest is opaque (Go's URL.Opaque): no host, empty path
  if (sm && !rest.startsWith('/')) return { host, escapedPath: '', rawQuery };
  if (rest.startsWith('//')) {
    const a = rest.slice(2);
    const slash = a.indexOf('/');
    const authority = slash >= 0 ? a.slice(0, slash) : a;
    rest = slash >= 0 ? a.slice(slash) : '';
    const at = authority.lastIndexOf('@');
    host = unescapeHost(at >= 0 ? authority.slice(at + 1) : authority, fail);
  }
  const path = unescape(rest, fail);
  return { host, escapedPath: validEncoded(rest) && unescape(rest, fail) === path ? rest : escapePath(path), rawQuery };
}

const HEX = '0123456789ABCDEFabcdef';

function unescape(s: string, fail: (why: string) => never): string {
  if (!s.includes('%')) return s;
  const bytes: number[] = [];
  const enc = Buffer.from(s, 'utf8');
  for (let i = 0; i < enc.length; i++) {
    if (enc[i] === 0x25) {
      const h = String.fromCharCode(enc[i + 1] ?? 0, enc[i + 2] ?? 0);
      if (h.length < 2 || !HEX.includes(h[0]!) || !HEX.includes(h[1]!) || i + 2 >= enc.length) {
        fail(`invalid URL escape ${JSON.stringify(String.fromCharCode(...enc.subarray(i, i + 3)))}`);
      }
      bytes.push(parseInt(h, 16));
      i += 2;
    } else bytes.push(enc[i]!);
  }
  return Buffer.from(bytes).toString('utf8');
}

function unescapeHost(h: string, fail: (why: string) => never): string {
  // Go keeps the host as written apart from percent-decoding (allowed only in zone ids and reg-names)
  return h.includes('%') ? unescape(h, fail) : h;
}

// Go's shouldEscape(c, encodePath) is false for unreserved characters and $&+,/:;=@
const PATH_SAFE = /^[A-Za-z0-9\-_.~$&+,/:;=@]$/;

function escapePath(p: string): string {
  let out = '';
  for (const b of Buffer.from(p, 'utf8')) {
    const ch = String.fromCharCode(b);
    out += b < 0x80 && PATH_SAFE.test(ch) ? ch : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

// Go's validEncoded(s, encodePath)
function validEncoded(s: string): boolean {
  for (const ch of s) {
    if ("!$&'()*+,;=:@[]%".includes(ch)) continue;
    if (ch.length === 1 && ch.charCodeAt(0) < 0x80 && PATH_SAFE.test(ch)) continue;
    return false;
  }
  return true;
}

/** Go's `time.Time.Format` of a UTC instant as `20060102` and `20060102T150405Z`. */
function sigTimes(ns: bigint): { date: string; stamp: string } {
  const ms = ns / 1_000_000n - (ns % 1_000_000n < 0n ? 1n : 0n);
  const d = new Date(Number(ms));
  const y = d.getUTCFullYear();
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const year = y < 0 ? '-' + p(-y, 3) : p(y, 4);
  const date = `${year}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}`;
  return { date, stamp: `${date}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z` };
}

def('providers.aws.sign_req', 3, (a) => {
  const [req, cfg, ts] = a;
  // OPA reports both object checks at position 1 (builtins.ObjectOperand(operands[i], 1))
  if (!(req instanceof RObject)) throw operandErr(1, 'object', typeName(req));
  if (!(cfg instanceof RObject)) throw operandErr(1, 'object', typeName(cfg));
  const missing = RSet.from(REQUIRED_CONFIG.filter((k) => !cfg.has(k)));
  if (missing.size) {
    throw new BuiltinError(`operand 2 missing required AWS config parameters(s): ${stringifyValue(missing)}`, 'eval_type_error');
  }
  const invalid = RSet.from(REQUIRED_CONFIG.filter((k) => typeof cfg.get(k) !== 'string'));
  if (invalid.size) {
    throw new BuiltinError(`operand 2 invalid values for required AWS config parameters(s): ${stringifyValue(invalid)}`, 'eval_type_error');
  }
  const service = cfg.get('aws_service') as string;
  const accessKey = cfg.get('aws_access_key') as string;
  const secretKey = cfg.get('aws_secret_access_key') as string;
  const region = cfg.get('aws_region') as string;
  const sessionToken = strOf(cfg.get('aws_session_token'));

  if (!isNumber(ts)) throw operandErr(1, 'number', typeName(ts));
  // ast.Number.Int64(): an integer within int64 (OPA also rejects integers written in float form,
  // e.g. -1e9; this engine keeps numbers, not their spelling, so those are accepted)
  if (typeof ts === 'number' && !Number.isInteger(ts)) {
    throw new BuiltinError('operand 3 could not convert time_ns value into a unix timestamp', 'eval_type_error');
  }
  const ns = BigInt(ts);
  if (ns < INT64_MIN || ns > INT64_MAX) {
    throw new BuiltinError('operand 3 could not convert time_ns value into a unix timestamp', 'eval_type_error');
  }

  checkHttpRequest(req, 1);
  let headers = new RObject();
  const h = req.get('headers');
  if (h !== undefined) {
    if (!(h instanceof RObject)) throw operandErr(0, 'object', typeName(h));
    headers = h;
  }
  const badParams = RSet.from(['url', 'method'].filter((k) => typeof req.get(k) !== 'string'));
  if (badParams.size) {
    throw new BuiltinError(`operand 1 invalid values for required request parameters(s): ${stringifyValue(badParams)}`, 'eval_type_error');
  }
  const url = goURLParts(req.get('url') as string);
  const method = req.get('method') as string;

  const rawBody = req.get('raw_body');
  const body = req.get('body');
  const bodyBytes = rawBody !== undefined ? strOf(rawBody) : body !== undefined ? goJSON(body) : '';

  const disable = cfg.get('disable_payload_signing');
  if (disable !== undefined && typeof disable !== 'boolean') {
    throw new BuiltinError("operand 2 invalid value for 'disable_payload_signing' in AWS config", 'eval_type_error');
  }

  // objectToMap: keys and values that are not strings become ""
  const given = new Map<string, string>();
  for (const [k, v] of headers.entries()) given.set(strOf(k), strOf(v));

  const contentSha256 = disable === true ? 'UNSIGNED-PAYLOAD' : sha256Hex(Buffer.from(bodyBytes, 'utf8'));
  const { date, stamp } = sigTimes(ns);
  const awsHeaders = new Map<string, string>([
    ['host', url.host],
    ['x-amz-date', stamp],
  ]);
  if (service === 's3' || service === 'glacier') awsHeaders.set('x-amz-content-sha256', contentSha256);
  if (sessionToken !== '') awsHeaders.set('x-amz-security-token', sessionToken);

  const toSign = new Map(awsHeaders);
  for (const [k, v] of given) {
    const lk = k.toLowerCase();
    if (!IGNORED_HEADERS.has(lk)) toSign.set(lk, v);
  }
  const names = [...toSign.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const signedHeaders = names.join(';');
  const canonical =
    `${method}\n${url.escapedPath}\n${url.rawQuery}\n` +
    names.map((k) => `${k}:${toSign.get(k)}\n`).join('') +
    `\n${signedHeaders}\n${contentSha256}`;
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${stamp}\n${scope}\n${sha256Hex(Buffer.from(canonical, 'utf8'))}`;
  let key = hmac('AWS4' + secretKey, date);
  key = hmac(key, region);
  key = hmac(key, service);
  key = hmac(key, 'aws4_request');
  const signature = hmac(key, stringToSign).toString('hex');

  const out = new RObject();
  for (const [k, v] of given) out.set(k, v);
  out.set('Authorization', `AWS4-HMAC-SHA256 Credential=${accessKey}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`);
  for (const [k, v] of awsHeaders) out.set(k, v);
  const result = new RObject();
  for (const [k, v] of req.entries()) result.set(k, v);
  result.set('headers', out);
  return result;
});
