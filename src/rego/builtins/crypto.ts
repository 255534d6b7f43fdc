/**
 * Crypto: digests `crypto.md5/sha1/sha256/sha512`, `crypto.hmac.*`, `crypto.x509.*`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { createHash, createHmac, timingSafeEqual, X509Certificate } from 'node:crypto';
import { BuiltinError, operandErr } from '../errors.js';
import { fromJSONValue, typeName, type Value } from '../value.js';
import { str } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The crypto builtins, by name. */
export const CRYPTO_BUILTINS: BuiltinTable = new Map();
const def = definer(CRYPTO_BUILTINS);

// ---------- crypto digests ----------
for (const [name, alg] of [['md5', 'md5'], ['sha1', 'sha1'], ['sha256', 'sha256'], ['sha512', 'sha512']] as const) {
  def(`crypto.${name}`, 1, (a) => createHash(alg).update(str(a, 0), 'utf8').digest('hex'));
}
for (const [name, alg] of [['md5', 'md5'], ['sha1', 'sha1'], ['sha256', 'sha256'], ['sha512', 'sha512']] as const) {
  def(`crypto.hmac.${name}`, 2, (a) => createHmac(alg, Buffer.from(str(a, 1), 'utf8')).update(str(a, 0), 'utf8').digest('hex'));
}
def('crypto.hmac.equal', 2, (a) => {
  const x = Buffer.from(str(a, 0), 'utf8');
  const y = Buffer.from(str(a, 1), 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
});


function certsFrom(input: string): X509Certificate[] {
  let text = input;
  if (!text.includes('-----BEGIN')) {
    // base64 of PEM or of DER (one or more concatenated certificates)
    const t = text.replace(/[\r\n]+/g, '');
    const bad = t.search(/[^A-Za-z0-9+/=]/);
    if (bad >= 0) throw new BuiltinError(`illegal base64 data at input byte ${bad}`);
    if (t.length % 4 !== 0) throw new BuiltinError(`illegal base64 data at input byte ${t.length - (t.length % 4)}`);
    const raw = Buffer.from(t, 'base64');
    if (raw.toString('latin1').includes('-----BEGIN')) text = raw.toString('utf8');
    else return splitDer(raw);
  }
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (!blocks.length) throw new BuiltinError('x509: malformed certificate');
  return blocks.map((b) => {
    try {
      return new X509Certificate(b);
    } catch {
      throw new BuiltinError('x509: malformed certificate');
    }
  });
}

/** Splits concatenated DER certificates (each a SEQUENCE with a definite length). */
function splitDer(raw: Buffer): X509Certificate[] {
  const out: X509Certificate[] = [];
  let i = 0;
  while (i < raw.length) {
    if (raw[i] !== 0x30) throw new BuiltinError('x509: malformed certificate');
    let len = raw[i + 1];
    let hdr = 2;
    if (len & 0x80) {
      const n = len & 0x7f;
      len = 0;
      for (let j = 0; j < n; j++) len = len * 256 + raw[i + 2 + j];
      hdr = 2 + n;
    }
    const der = raw.subarray(i, i + hdr + len);
    try {
      out.push(new X509Certificate(der));
    } catch {
      throw new BuiltinError('x509: malformed certificate');
    }
    i += hdr + len;
  }
  if (!out.length) throw new BuiltinError('x509: malformed certificate');
  return out;
}

const NAME_FIELDS: Record<string, string> = {
  C: 'Country',
  O: 'Organization',
  OU: 'OrganizationalUnit',
  L: 'Locality',
  ST: 'Province',
  street: 'StreetAddress',
  postalCode: 'PostalCode',
};

function pkixName(s: string): Record<string, unknown> {
  // Go's pkix.Name: string fields default to "", slices to null
  const o: Record<string, unknown> = { CommonName: '', SerialNumber: '' };
  for (const f of Object.values(NAME_FIELDS)) o[f] = null;
  for (const line of s.split('\n')) {
    const i = line.indexOf('=');
    if (i < 0) continue;
    const k = line.slice(0, i);
    const v = line.slice(i + 1);
    if (k === 'CN') o.CommonName = v;
    else if (k === 'serialNumber') o.SerialNumber = v;
    else if (NAME_FIELDS[k]) o[NAME_FIELDS[k]] = [...((o[NAME_FIELDS[k]] as string[] | null) ?? []), v];
  }
  return o;
}

function sans(c: X509Certificate, prefix: string): string[] | null {
  const list = (c.subjectAltName ?? '')
    .split(/,\s*/)
    .filter((x) => x.startsWith(prefix + ':'))
    .map((x) => x.slice(prefix.length + 1));
  return list.length ? list : null;
}

function certValue(c: X509Certificate): Value {
  return fromJSONValue({
    Version: 3,
    SerialNumber: BigInt('0x' + c.serialNumber),
    Subject: pkixName(c.subject),
    Issuer: pkixName(c.issuer),
    NotBefore: new Date(c.validFrom).toISOString().replace('.000Z', 'Z'),
    NotAfter: new Date(c.validTo).toISOString().replace('.000Z', 'Z'),
    DNSNames: sans(c, 'DNS'),
    EmailAddresses: sans(c, 'email'),
    IPAddresses: sans(c, 'IP Address'),
    URIStrings: sans(c, 'URI'),
    IsCA: c.ca,
  });
}

def('crypto.x509.parse_certificates', 1, (a) => {
  const v = a[0];
  if (typeof v !== 'string') throw operandErr(1, 'string', typeName(v));
  return certsFrom(v).map(certValue);
});

def('crypto.x509.parse_and_verify_certificates', 1, (a) => {
  const v = a[0];
  if (typeof v !== 'string') throw operandErr(1, 'string', typeName(v));
  const invalid: Value = [false, []];
  let certs: X509Certificate[];
  try {
    certs = certsFrom(v);
  } catch {
    return invalid;
  }
  if (certs.length < 2) return invalid;
  // OPA takes the root first and the leaf last, and returns the verified chain leaf first
  const chain = [...certs].reverse();
  const now = Date.now();
  for (let i = 0; i < chain.length; i++) {
    const c = chain[i];
    const issuer = i + 1 < chain.length ? chain[i + 1] : c;
    if (now < Date.parse(c.validFrom) || now > Date.parse(c.validTo)) return invalid;
    if (!c.checkIssued(issuer) || !c.verify(issuer.publicKey)) return invalid;
    if (i > 0 && !c.ca) return invalid;
  }
  return [true, chain.map(certValue)];
});
