/**
 * JSON Web Tokens: `io.jwt.decode`, `io.jwt.verify_*`, `io.jwt.decode_verify`, `io.jwt.encode_sign[_raw]`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import {
  createHmac,
  createPrivateKey,
  createPublicKey,
  sign as cryptoSign,
  timingSafeEqual,
  verify as cryptoVerify,
  X509Certificate,
  constants,
  type KeyObject,
} from 'node:crypto';
import { BuiltinError, operandErr } from '../errors.js';
import * as N from '../numbers.js';
import { fromJSONValue, toJSONValue, isNumber, RObject, typeName, type Value } from '../value.js';
import { str } from './operands.js';
import { goJSON, parseJSONExact } from '../jsonexact.js';
import { definer, type BuiltinTable } from './registry.js';

/** The jwt builtins, by name. */
export const JWT_BUILTINS: BuiltinTable = new Map();
const def = definer(JWT_BUILTINS);

/** Go base64.RawURLEncoding decode (strict, no padding); error text as Go's. */
function b64urlDecode(s: string, what: string): Buffer {
  const bad = s.search(/[^A-Za-z0-9_-]/);
  if (bad >= 0) throw new BuiltinError(`JWT ${what} had invalid encoding: illegal base64 data at input byte ${bad}`);
  if (s.length % 4 === 1) throw new BuiltinError(`JWT ${what} had invalid encoding: illegal base64 data at input byte ${s.length - 1}`);
  return Buffer.from(s, 'base64url');
}

interface Decoded {
  header: Value;
  payload: Value;
  headerObj: RObject;
  sig: Buffer;
  signingInput: string;
}

function decodeToken(token: string): Decoded {
  if (!token.includes('.')) throw new BuiltinError('encoded JWT had no period separators');
  const parts = token.split('.');
  if (parts.length === 5) throw new BuiltinError('JWT is a JWE object, which is not supported');
  if (parts.length !== 3) throw new BuiltinError(`encoded JWT must have 3 sections, found ${parts.length}`);
  const hb = b64urlDecode(parts[0], 'header');
  let header: Value;
  try {
    header = parseJSONExact(hb.toString('utf8'));
  } catch {
    throw new BuiltinError('JWT header had invalid encoding: not JSON');
  }
  if (!(header instanceof RObject)) throw new BuiltinError('JWT header had invalid encoding: not an object');
  if (header.has('enc')) throw new BuiltinError('JWT is a JWE object, which is not supported');
  const pb = b64urlDecode(parts[1], 'payload');
  const sig = b64urlDecode(parts[2], 'signature');
  let payload: Value;
  const cty = header.get('cty');
  if (typeof cty === 'string' && cty.toUpperCase() === 'JWT') {
    // nested JWT: the payload is itself a token (its text may be quoted)
    let inner = pb.toString('utf8');
    if (inner.startsWith('"')) {
      try {
        inner = JSON.parse(inner);
      } catch {
        /* keep as is */
      }
    }
    return decodeToken(inner);
  }
  try {
    payload = parseJSONExact(pb.toString('utf8'));
  } catch {
    throw new BuiltinError('type is JWT but payload is not JSON');
  }
  return { header, payload, headerObj: header, sig, signingInput: parts[0] + '.' + parts[1] };
}

def('io.jwt.decode', 1, (a) => {
  const d = decodeToken(str(a, 0));
  return [d.header, d.payload, d.sig.toString('hex')];
});

/** Public keys from a PEM certificate, PEM public key, JWK or JWKS string. */
function publicKeys(material: string): KeyObject[] {
  const t = material.trim();
  if (t.startsWith('-----BEGIN CERTIFICATE-----')) {
    const blocks = t.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    const rest = t.replace(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g, '').trim();
    if (rest) throw new BuiltinError('extra data after a PEM certificate block');
    return blocks.map((b) => {
      let cert: X509Certificate;
      try {
        cert = new X509Certificate(b);
      } catch {
        throw new BuiltinError('failed to parse a PEM certificate');
      }
      try {
        return cert.publicKey;
      } catch {
        throw new BuiltinError('failed to extract a Key from the PEM certificate');
      }
    });
  }
  if (t.startsWith('-----BEGIN')) {
    try {
      return [createPublicKey(t)];
    } catch {
      // a PEM block that is neither a certificate nor a public key (OPA's getKeyFromCertOrJWK)
      throw new BuiltinError('failed to extract a Key from the PEM certificate');
    }
  }
  let jwk: unknown;
  try {
    jwk = JSON.parse(t);
  } catch {
    throw new BuiltinError('failed to parse a JWK key (set)');
  }
  const keys = (jwk as { keys?: unknown[] }).keys ?? [jwk];
  try {
    return keys.map((k) => createPublicKey({ key: k as never, format: 'jwk' }));
  } catch {
    throw new BuiltinError('failed to parse a JWK key (set)');
  }
}

const HASH: Record<string, string> = { '256': 'sha256', '384': 'sha384', '512': 'sha512' };

function verifyWith(alg: string, d: Decoded, keyMaterial: string): boolean {
  const data = Buffer.from(d.signingInput, 'ascii');
  const fam = alg.slice(0, 2);
  const bits = alg.slice(2);
  if (fam === 'HS') {
    const mac = createHmac(HASH[bits], Buffer.from(keyMaterial, 'utf8')).update(data).digest();
    return mac.length === d.sig.length && timingSafeEqual(mac, d.sig);
  }
  const keys = publicKeys(keyMaterial);
  for (const key of keys) {
    try {
      let ok = false;
      if (alg === 'EdDSA') ok = cryptoVerify(null, data, key, d.sig);
      else if (fam === 'RS') ok = cryptoVerify(HASH[bits], data, { key, padding: constants.RSA_PKCS1_PADDING }, d.sig);
      else if (fam === 'PS')
        ok = cryptoVerify(
          HASH[bits],
          data,
          { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO },
          d.sig,
        );
      else if (fam === 'ES') ok = cryptoVerify(HASH[bits], data, { key, dsaEncoding: 'ieee-p1363' }, d.sig);
      if (ok) return true;
    } catch {
      /* wrong key type for this algorithm: not verified */
    }
  }
  return false;
}

for (const alg of ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512']) {
  def(`io.jwt.verify_${alg.toLowerCase()}`, 2, (a) => {
    const token = str(a, 0);
    const key = str(a, 1);
    return verifyWith(alg, decodeToken(token), key);
  });
}
def('io.jwt.verify_eddsa', 2, (a) => verifyWith('EdDSA', decodeToken(str(a, 0)), str(a, 1)));

const ALGS = new Set(['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA']);

def('io.jwt.decode_verify', 2, (a, ctx) => {
  const token = str(a, 0);
  const c = a[1];
  if (!(c instanceof RObject)) throw operandErr(2, 'object', typeName(c));
  const invalid: Value = [false, new RObject(), new RObject()];
  let cert: string | undefined;
  let secret: string | undefined;
  let wantAlg: string | undefined;
  let iss: string | undefined;
  let aud: string | undefined;
  let time: N.Num | undefined;
  for (const [k, v] of c.entries()) {
    switch (k) {
      case 'cert':
        if (typeof v !== 'string') throw new BuiltinError('cert constraint must be a string');
        cert = v;
        break;
      case 'secret':
        if (typeof v !== 'string') throw new BuiltinError('secret constraint must be a string');
        secret = v;
        break;
      case 'alg':
        if (typeof v !== 'string') throw new BuiltinError('alg constraint must be a string');
        wantAlg = v;
        break;
      case 'iss':
        if (typeof v !== 'string') throw new BuiltinError('iss constraint must be a string');
        iss = v;
        break;
      case 'aud':
        if (typeof v !== 'string') throw new BuiltinError('aud constraint must be a string');
        aud = v;
        break;
      case 'time':
        if (!isNumber(v)) throw new BuiltinError('time constraint must be a number');
        time = v;
        break;
      default:
        throw new BuiltinError(`unknown token validation constraint: ${String(k)}`);
    }
  }
  if (cert === undefined && secret === undefined) throw new BuiltinError('no key material provided');
  const d = decodeToken(token);
  const alg = d.headerObj.get('alg');
  if (typeof alg !== 'string' || !ALGS.has(alg)) return invalid;
  // RFC 7515 4.1.11: unknown critical header parameters make the token invalid
  if (d.headerObj.has('crit')) return invalid;
  if (wantAlg !== undefined && wantAlg !== alg) return invalid;
  const material = alg.startsWith('HS') ? secret : cert;
  if (material === undefined || !verifyWith(alg, d, material)) return invalid;
  const p = d.payload;
  if (!(p instanceof RObject)) return invalid;
  const nowNs = time !== undefined ? N.toFloat(time) : Number(ctx.nowNs);
  const exp = p.get('exp');
  if (exp !== undefined) {
    if (!isNumber(exp)) throw new BuiltinError('exp value must be a number');
    if (nowNs >= N.toFloat(exp) * 1e9) return invalid;
  }
  const nbf = p.get('nbf');
  if (nbf !== undefined) {
    if (!isNumber(nbf)) throw new BuiltinError('nbf value must be a number');
    if (nowNs < N.toFloat(nbf) * 1e9) return invalid;
  }
  if (iss !== undefined && p.get('iss') !== iss) return invalid;
  const tokAud = p.get('aud');
  if (tokAud !== undefined) {
    if (aud === undefined) return invalid;
    const list = typeof tokAud === 'string' ? [tokAud] : Array.isArray(tokAud) ? tokAud : [];
    if (!list.includes(aud)) return invalid;
  } else if (aud !== undefined) return invalid;
  return [true, d.header, d.payload];
});

function signWith(alg: string, signingInput: string, jwk: Record<string, unknown>): Buffer {
  const data = Buffer.from(signingInput, 'ascii');
  const fam = alg.slice(0, 2);
  const bits = alg.slice(2);
  if (fam === 'HS') {
    if (typeof jwk.k !== 'string') throw new BuiltinError('HMAC key (k) missing from JWK');
    return createHmac(HASH[bits], Buffer.from(jwk.k, 'base64url')).update(data).digest();
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: jwk as never, format: 'jwk' });
  } catch {
    throw new BuiltinError('failed to parse a JWK private key');
  }
  if (alg === 'EdDSA') return cryptoSign(null, data, key);
  if (fam === 'RS') return cryptoSign(HASH[bits], data, { key, padding: constants.RSA_PKCS1_PADDING });
  if (fam === 'PS')
    return cryptoSign(HASH[bits], data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST });
  if (fam === 'ES') return cryptoSign(HASH[bits], data, { key, dsaEncoding: 'ieee-p1363' });
  throw new BuiltinError(`unknown JWS algorithm: ${alg}`);
}

function encodeSign(headerText: string, payloadText: string, keyText: string): string {
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(headerText);
  } catch {
    if (headerText === '') throw new BuiltinError("missing or invalid 'alg' header: cannot parse JSON: cannot parse empty string");
    // OPA's header reader (jwx jwsbb) reports text that is not an object as lacking "alg"
    if (!headerText.trimStart().startsWith('{')) throw new BuiltinError(`missing or invalid 'alg' header: jwsbb: header "alg" not found`);
    throw new BuiltinError("missing or invalid 'alg' header: cannot parse JSON");
  }
  const alg = header?.alg;
  if (typeof alg !== 'string') throw new BuiltinError(`missing or invalid 'alg' header: jwsbb: header "alg" not found`);
  if (!ALGS.has(alg)) throw new BuiltinError(`unknown JWS algorithm: ${alg}`);
  if (header.typ === 'JWT') {
    try {
      JSON.parse(payloadText);
    } catch {
      throw new BuiltinError('type is JWT but payload is not JSON');
    }
  }
  let jwk: Record<string, unknown>;
  try {
    jwk = JSON.parse(keyText);
  } catch {
    throw new BuiltinError('failed to parse a JWK key');
  }
  const signingInput = Buffer.from(headerText, 'utf8').toString('base64url') + '.' + Buffer.from(payloadText, 'utf8').toString('base64url');
  return signingInput + '.' + signWith(alg, signingInput, jwk).toString('base64url');
}

def('io.jwt.encode_sign_raw', 3, (a) => encodeSign(str(a, 0), str(a, 1), str(a, 2)));
def('io.jwt.encode_sign', 3, (a) => {
  for (let i = 0; i < 3; i++) if (!(a[i] instanceof RObject)) throw operandErr(i + 1, 'object', typeName(a[i]));
  return encodeSign(goJSON(a[0]), goJSON(a[1]), JSON.stringify(toJSONValue(a[2])));
});

void fromJSONValue;
