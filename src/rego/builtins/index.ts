/**
 * The builtin registry (https://www.openpolicyagent.org/docs/policy-reference#built-in-functions),
 * laid out by family as OPA's topdown package: one module per family, merged here explicitly (a
 * name defined by two families is a programming error and throws at load).
 */
import { COMPARISON_BUILTINS } from './comparison.js';
import { NUMBERS_BUILTINS } from './numbers.js';
import { SETS_BUILTINS } from './sets.js';
import { AGGREGATES_BUILTINS } from './aggregates.js';
import { ARRAYS_BUILTINS } from './arrays.js';
import { OBJECTS_BUILTINS } from './objects.js';
import { STRINGS_BUILTINS } from './strings.js';
import { REGEX_BUILTINS } from './regex.js';
import { GLOB_BUILTINS } from './glob.js';
import { TYPES_BUILTINS } from './types.js';
import { JSON_BUILTINS } from './json.js';
import { ENCODING_BUILTINS } from './encoding.js';
import { CRYPTO_BUILTINS } from './crypto.js';
import { UNITS_BUILTINS } from './units.js';
import { TIME_BUILTINS } from './time.js';
import { NET_BUILTINS } from './net.js';
import { SEMVER_BUILTINS } from './semver.js';
import { GRAPH_BUILTINS } from './graph.js';
import { UUID_BUILTINS } from './uuid.js';
import { OPA_BUILTINS } from './opa.js';
import { REGO_BUILTINS } from './rego.js';
import { JWT_BUILTINS } from './jwt.js';
import { INTERNAL_BUILTINS } from './internal.js';
import { DEPRECATED_BUILTINS } from './deprecated.js';
import { HTTP_BUILTINS } from './http.js';
import { PROVIDERS_BUILTINS } from './providers.js';
import { GRAPHQL_BUILTINS } from './graphql.js';
import type { Builtin, BuiltinTable } from './registry.js';

export type { Builtin, BuiltinCtx, BuiltinFn } from './registry.js';
export { index } from './objects.js';
export { printText } from './internal.js';
export { DEPRECATED_NAMES } from './deprecated.js';

const FAMILIES: BuiltinTable[] = [
  COMPARISON_BUILTINS,
  NUMBERS_BUILTINS,
  SETS_BUILTINS,
  AGGREGATES_BUILTINS,
  ARRAYS_BUILTINS,
  OBJECTS_BUILTINS,
  STRINGS_BUILTINS,
  REGEX_BUILTINS,
  GLOB_BUILTINS,
  TYPES_BUILTINS,
  JSON_BUILTINS,
  ENCODING_BUILTINS,
  CRYPTO_BUILTINS,
  UNITS_BUILTINS,
  TIME_BUILTINS,
  NET_BUILTINS,
  SEMVER_BUILTINS,
  GRAPH_BUILTINS,
  UUID_BUILTINS,
  OPA_BUILTINS,
  REGO_BUILTINS,
  JWT_BUILTINS,
  INTERNAL_BUILTINS,
  DEPRECATED_BUILTINS,
  HTTP_BUILTINS,
  PROVIDERS_BUILTINS,
  GRAPHQL_BUILTINS,
];

const REGISTRY: BuiltinTable = new Map();
for (const family of FAMILIES) {
  for (const [name, b] of family) {
    if (REGISTRY.has(name)) throw new Error(`builtin ${name} is defined twice`);
    REGISTRY.set(name, b);
  }
}

/**
 * Adds a builtin that only a test harness defines (OPA's conformance runner registers `test.sleep`
 * beside its builtins, topdown/exported_test.go). Policies evaluated in the same process see it too,
 * so only harnesses call this.
 * @throws Error when the name is already a builtin.
 */
export function registerHarnessBuiltin(name: string, b: Builtin): void {
  if (REGISTRY.has(name)) throw new Error(`builtin ${name} is defined twice`);
  REGISTRY.set(name, b);
}

/** The number of arguments of a builtin (-1 when variadic), undefined when unknown. */
export function builtinArity(name: string): number | undefined {
  return REGISTRY.get(name)?.arity;
}

/** The builtin named `name`, undefined when this engine does not implement it. */
export function getBuiltin(name: string): Builtin | undefined {
  return REGISTRY.get(name);
}

// Names of OPA 1.x builtins (for a clear "unsupported" error rather than "undefined function").
const OPA_NAMES = new Set(
  `
    units.parse units.parse_bytes graphql.parse_schema graphql.schema_is_valid io.jwt.decode_verify
    count graphql.parse_query glob.match trim split json.remove strings.any_prefix_match
    strings.any_suffix_match net.cidr_merge object.remove object.filter to_number providers.aws.sign_req
    time.now_ns numbers.range object.get object.subset io.jwt.encode_sign_raw object.union
    graph.reachable_paths io.jwt.decode json.filter net.cidr_contains sprintf substring walk
    regex.replace crypto.x509.parse_certificates object.union_n format_int io.jwt.encode_sign
    io.jwt.verify_rs256 json.marshal_with_options net.cidr_contains_matches array.slice graphql.is_valid
    indexof numbers.range_step regex.find_all_string_submatch_n regex.find_n startswith strings.count
    time.weekday uuid.parse concat graph.reachable json.patch min object.keys regex.split
    strings.replace_n type_name contains floor graphql.parse graphql.parse_and_verify max
    net.cidr_intersects regex.globs_match regex.match strings.reverse array.reverse
    base64url.encode_no_pad bits.lsh ceil crypto.hmac.equal crypto.x509.parse_certificate_request
    indexof_n intersection is_string json.match_schema net.cidr_is_valid semver.compare sort
    strings.render_template sum time.date union urlquery.encode_object array.concat base64.decode
    http.send io.jwt.verify_es384 io.jwt.verify_es512 io.jwt.verify_ps256 io.jwt.verify_ps384
    io.jwt.verify_ps512 io.jwt.verify_rs384 io.jwt.verify_rs512 is_boolean is_number json.verify_schema
    net.cidr_expand replace time.add_date time.clock time.parse_ns abs base64.encode bits.and bits.or
    bits.rsh bits.xor crypto.parse_private_keys io.jwt.verify_hs256 io.jwt.verify_hs384
    io.jwt.verify_hs512 json.marshal net.lookup_ip_addr regex.is_valid rego.metadata.chain
    semver.is_valid time.parse_rfc3339_ns urlquery.decode_object base64.is_valid base64url.decode
    base64url.encode bits.negate crypto.hmac.md5 crypto.hmac.sha1 crypto.hmac.sha256 crypto.hmac.sha512
    crypto.x509.parse_and_verify_certificates crypto.x509.parse_keypair
    crypto.x509.parse_rsa_private_key endswith hex.decode io.jwt.verify_es256 is_array is_null is_object
    is_set json.is_valid json.unmarshal product regex.template_match rego.metadata.rule
    rego.parse_module round time.format trim_left trim_prefix trim_right trim_space trim_suffix
    urlquery.encode yaml.is_valid yaml.unmarshal crypto.md5 crypto.sha1 crypto.sha256 glob.quote_meta
    hex.encode lower rand.intn time.diff time.parse_duration_ns upper urlquery.decode uuid.rfc4122
    yaml.marshal all and any cast_array cast_boolean cast_null cast_object cast_set cast_string
    crypto.x509.parse_and_verify_certificates_with_options net.cidr_overlap opa.runtime re_match
    set_diff trace array.flatten crypto.sha512 crypto.hmac.sha384 io.jwt.verify_eddsa
    strings.render_template time.parse_duration_ns base64url.decode
  `
    .trim()
    .split(/\s+/),
);

/** True for an OPA builtin name (implemented here or not). */
export function isKnownOpaBuiltin(name: string): boolean {
  return OPA_NAMES.has(name) || REGISTRY.has(name);
}
