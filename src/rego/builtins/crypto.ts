/**
 * Crypto: digests `crypto.md5/sha1/sha256/sha512`, `crypto.hmac.*`, `crypto.x509.*`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { createHash, createHmac, timingSafeEqual, X509Certificate } from 'node:crypto';
import { BuiltinError, operandErr } from '../errors.js';
import { fromJSONValue, typeName, type Value } from '../value.js';
import { children, derInt, expectDer, oidArcs, type Der } from '../der.js';
import { str } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The crypto builtins, by name. */
export const CRYPTO_BUILTINS: BuiltinTable = new Map();
const def = definer(CRYPTO_BUILTINS);

// ---------- crypto digests ----------
/** The digests OPA's crypto.<name> and crypto.hmac.<name> offer (node:crypto algorithm names are the same). */
const DIGESTS = ['md5', 'sha1', 'sha256', 'sha512'] as const;
for (const alg of DIGESTS) {
  def(`crypto.${alg}`, 1, (a) => createHash(alg).update(str(a, 0), 'utf8').digest('hex'));
  def(`crypto.hmac.${alg}`, 2, (a) =>
    createHmac(alg, Buffer.from(str(a, 1), 'utf8'))
      .update(str(a, 0), 'utf8')
      .digest('hex'),
  );
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

// ---------- crypto.x509.parse_certificate_request (RFC 2986; OPA topdown/crypto.go) ----------
// Go's x509.SignatureAlgorithm and PublicKeyAlgorithm enums, by OID
const SIG_ALGS: Record<string, number> = {
  '1.2.840.113549.1.1.4': 2, // MD5WithRSA
  '1.2.840.113549.1.1.5': 3, // SHA1WithRSA
  '1.2.840.113549.1.1.11': 4, // SHA256WithRSA
  '1.2.840.113549.1.1.12': 5, // SHA384WithRSA
  '1.2.840.113549.1.1.13': 6, // SHA512WithRSA
  '1.2.840.10040.4.3': 7, // DSAWithSHA1
  '2.16.840.1.101.3.4.3.2': 8, // DSAWithSHA256
  '1.2.840.10045.4.1': 9, // ECDSAWithSHA1
  '1.2.840.10045.4.3.2': 10, // ECDSAWithSHA256
  '1.2.840.10045.4.3.3': 11, // ECDSAWithSHA384
  '1.2.840.10045.4.3.4': 12, // ECDSAWithSHA512
  '1.3.101.112': 16, // PureEd25519
};
const KEY_ALGS: Record<string, number> = { '1.2.840.113549.1.1.1': 1, '1.2.840.10040.4.1': 2, '1.2.840.10045.2.1': 3, '1.3.101.112': 4 };
// pkix.Name fields filled from the RDN sequence (Go's FillFromRDNSequence)
const NAME_OIDS: Record<string, string> = {
  '2.5.4.6': 'Country',
  '2.5.4.10': 'Organization',
  '2.5.4.11': 'OrganizationalUnit',
  '2.5.4.7': 'Locality',
  '2.5.4.8': 'Province',
  '2.5.4.9': 'StreetAddress',
  '2.5.4.17': 'PostalCode',
};

function derText(el: Der): string {
  // PrintableString, UTF8String, IA5String, T61String (as Latin-1), BMPString
  if (el.tag === 0x1e) return Buffer.from(el.content).swap16().toString('utf16le');
  return el.content.toString(el.tag === 0x14 ? 'latin1' : 'utf8');
}

function csrSubject(name: Der): Record<string, unknown> {
  const o: Record<string, unknown> = { CommonName: '', SerialNumber: '' };
  for (const f of Object.values(NAME_OIDS)) o[f] = null;
  const names: unknown[] = [];
  for (const rdn of children(name)) {
    for (const atv of children(rdn)) {
      const [type, value] = children(atv);
      const arcs = oidArcs(type.content);
      const oid = arcs.join('.');
      const text = derText(value);
      names.push({ Type: arcs, Value: text });
      if (oid === '2.5.4.3') o.CommonName = text;
      else if (oid === '2.5.4.5') o.SerialNumber = text;
      else if (NAME_OIDS[oid]) o[NAME_OIDS[oid]] = [...((o[NAME_OIDS[oid]] as string[] | null) ?? []), text];
    }
  }
  return { ...o, Names: names, ExtraNames: null };
}

/** The Go x509.CertificateRequest of a DER CSR, as OPA marshals it to JSON. */
function csrValue(der: Buffer): Value {
  const csr = expectDer(der, 0x30, 'CertificateRequest');
  const [info, sigAlg, sig] = children(csr);
  if (!info || info.tag !== 0x30 || !sigAlg || sig?.tag !== 0x03) throw new Error('asn1: structure error: malformed certificate request');
  const [version, subject, spki, attrs] = children(info);
  const [keyAlg, keyBits] = children(spki);
  const keyOid = oidArcs(children(keyAlg)[0].content).join('.');
  let publicKey: unknown = null;
  if (keyOid === '1.2.840.113549.1.1.1') {
    const [n, e] = children(expectDer(keyBits.content.subarray(1), 0x30, 'RSAPublicKey'));
    publicKey = { N: derInt(n.content), E: Number(derInt(e.content)) };
  }
  const ext: { Id: number[]; Critical: boolean; Value: string }[] = [];
  const sans: Record<string, string[]> = { dns: [], email: [], ip: [] };
  for (const attr of attrs && attrs.tag === 0xa0 ? children(attrs) : []) {
    const [type, values] = children(attr);
    if (oidArcs(type.content).join('.') !== '1.2.840.113549.1.9.14') continue; // extensionRequest
    for (const exts of children(values)) {
      for (const x of children(exts)) {
        const parts = children(x);
        const id = oidArcs(parts[0].content);
        const critical = parts.length === 3 && parts[1].content[0] !== 0;
        const value = parts[parts.length - 1].content;
        ext.push({ Id: id, Critical: critical, Value: value.toString('base64') });
        if (id.join('.') !== '2.5.29.17') continue;
        for (const gn of children(expectDer(value, 0x30, 'SubjectAltName'))) {
          if (gn.tag === 0x81) sans.email.push(gn.content.toString('latin1'));
          else if (gn.tag === 0x82) sans.dns.push(gn.content.toString('latin1'));
          else if (gn.tag === 0x87) sans.ip.push(gn.content.length === 4 ? [...gn.content].join('.') : ipv6Text(gn.content));
          else if (gn.tag === 0x86) throw new Error('URI subject alternative names are not supported by this engine');
        }
      }
    }
  }
  const orNull = (xs: string[]): string[] | null => (xs.length ? xs : null);
  return fromJSONValue({
    Raw: der.toString('base64'),
    RawTBSCertificateRequest: info.raw.toString('base64'),
    RawSubjectPublicKeyInfo: spki.raw.toString('base64'),
    RawSubject: subject.raw.toString('base64'),
    Version: Number(derInt(version.content)),
    Signature: sig.content.subarray(1).toString('base64'),
    SignatureAlgorithm: SIG_ALGS[oidArcs(children(sigAlg)[0].content).join('.')] ?? 0,
    PublicKeyAlgorithm: KEY_ALGS[keyOid] ?? 0,
    PublicKey: publicKey,
    Subject: csrSubject(subject),
    Extensions: ext.length ? ext : null,
    ExtraExtensions: null,
    DNSNames: orNull(sans.dns),
    EmailAddresses: orNull(sans.email),
    IPAddresses: orNull(sans.ip),
    URIs: null,
  });
}

function ipv6Text(b: Buffer): string {
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(b.readUInt16BE(i).toString(16));
  return new URL(`http://[${groups.join(':')}]`).hostname.slice(1, -1);
}

/**
 * crypto.x509.parse_certificate_request(csr): a PEM CSR, or base64 of a PEM or DER CSR, parsed into
 * Go's x509.CertificateRequest fields (OPA marshals the struct). Not produced: the deprecated
 * `Attributes`, and public keys other than RSA (`PublicKey` null); a URI SAN is an error.
 */
def('crypto.x509.parse_certificate_request', 1, (a) => {
  const input = str(a, 0);
  let bytes = Buffer.from(input, 'utf8');
  if (!input.startsWith('-----BEGIN CERTIFICATE REQUEST-----')) {
    const bad = input.search(/[^A-Za-z0-9+/=]/);
    if (bad >= 0) throw new BuiltinError(`illegal base64 data at input byte ${bad}`);
    if (input.length % 4 !== 0) throw new BuiltinError(`illegal base64 data at input byte ${input.length - (input.length % 4)}`);
    bytes = Buffer.from(input, 'base64');
  }
  const text = bytes.toString('latin1');
  const pem = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (pem && pem[1] !== 'CERTIFICATE REQUEST') throw new BuiltinError('invalid PEM-encoded certificate signing request');
  if (pem) bytes = Buffer.from(pem[2].replace(/\s+/g, ''), 'base64');
  try {
    return csrValue(bytes);
  } catch (e) {
    throw new BuiltinError((e as Error).message);
  }
});
