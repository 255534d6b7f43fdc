/**
 * `http.send` and `net.lookup_ip_addr`: OPA's network-bound builtins. A policy gate must not
 * depend on the network, so this engine never performs the request: the request object is checked
 * as OPA's topdown/http.go does (allowed and required keys, with OPA's eval_type_error wording), then
 * the call stops the evaluation with an `eval_builtin_error` (even without strict builtin errors), so
 * an undefined result can never let a gate pass (`net.lookup_ip_addr` of an IP literal answers it). With `raise_error: false` it returns OPA's error
 * response instead (`status_code` 0 and `error.code` `eval_http_send_network_error`). Policies
 * test these calls with `with http.send as <mock>`, which replaces the builtin before it runs.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { BuiltinError, operandErr } from '../errors.js';
import { RObject, RSet, stringifyValue, typeName, type Value } from '../value.js';
import { str } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The network builtins, by name. */
export const HTTP_BUILTINS: BuiltinTable = new Map();
const def = definer(HTTP_BUILTINS);

// topdown/http.go allowedKeyNames and requiredKeys
const ALLOWED = new Set([
  'method',
  'url',
  'body',
  'enable_redirect',
  'force_json_decode',
  'force_yaml_decode',
  'headers',
  'raw_body',
  'tls_use_system_certs',
  'tls_ca_cert',
  'tls_ca_cert_file',
  'tls_ca_cert_env_variable',
  'tls_client_cert',
  'tls_client_cert_file',
  'tls_client_cert_env_variable',
  'tls_client_key',
  'tls_client_key_file',
  'tls_client_key_env_variable',
  'tls_insecure_skip_verify',
  'tls_server_name',
  'timeout',
  'cache',
  'force_cache',
  'force_cache_duration_seconds',
  'raise_error',
  'caching_mode',
  'max_retry_attempts',
  'cache_ignored_headers',
]);
const REQUIRED = ['method', 'url'];

const NO_NETWORK = 'network access is disabled in this engine (use `with http.send as ...` to supply a response)';

/**
 * OPA's validateHTTPRequestOperand (topdown/http.go): `req` is an object whose keys are all allowed
 * request parameters and that has `method` and `url`; otherwise throws OPA's eval_type_error at
 * operand `pos`. Shared by `http.send` and `providers.aws.sign_req`.
 */
export function checkHttpRequest(req: Value | undefined, pos: number): asserts req is RObject {
  if (!(req instanceof RObject)) throw operandErr(pos, 'object', typeName(req));
  const keys = [...req.keys()];
  const invalid = RSet.from(keys.filter((k) => typeof k !== 'string' || !ALLOWED.has(k)));
  if (invalid.size) throw new BuiltinError(`operand ${pos} invalid request parameters(s): ${stringifyValue(invalid)}`, 'eval_type_error');
  const missing = RSet.from(REQUIRED.filter((k) => !req.has(k)));
  if (missing.size)
    throw new BuiltinError(`operand ${pos} missing required request parameters(s): ${stringifyValue(missing)}`, 'eval_type_error');
}

def('http.send', 1, (a) => {
  const req = a[0];
  checkHttpRequest(req, 1);
  if (req.get('raise_error') === false) {
    const error = RObject.from([
      ['code', 'eval_http_send_network_error'],
      ['message', NO_NETWORK],
    ]);
    return RObject.from([
      ['status_code', 0],
      ['error', error],
    ]);
  }
  throw new BuiltinError(NO_NETWORK, 'eval_builtin_error', true);
});

def('net.lookup_ip_addr', 1, (a) => {
  const name = str(a, 0);
  // an IP address literal resolves to itself without a lookup (Go's net.Resolver.LookupIPAddr)
  if (isIPv4(name)) return RSet.from([name]);
  if (isIPv6(name)) return RSet.from([new URL(`http://[${name}]`).hostname.slice(1, -1)]);
  throw new BuiltinError('DNS lookups are disabled in this engine (use `with net.lookup_ip_addr as ...`)', 'eval_builtin_error', true);
});
