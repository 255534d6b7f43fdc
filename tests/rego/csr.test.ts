// crypto.x509.parse_certificate_request against OpenSSL: a CSR made by `openssl req` is read back
// with the subject, SANs, algorithms and RSA key OpenSSL put in it (Go's x509.CertificateRequest
// field names, as OPA marshals them). Error texts as Go's (conformance: cryptox509parsecertificaterequest).
import { spawnSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWith } from '../helpers/references.js';
import { compile, evaluate, RegoErrors } from '../../src/rego/index.js';

describeWith(['openssl'], 'crypto.x509.parse_certificate_request', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-csr-'));
  const r = spawnSync('openssl', [
    'req',
    '-new',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-sha256',
    '-keyout',
    join(dir, 'k.pem'),
    '-out',
    join(dir, 'csr.pem'),
    '-subj',
    '/C=DE/O=Acme/OU=Ops/CN=svc.example',
    '-addext',
    'subjectAltName=DNS:a.example,DNS:b.example,IP:10.0.0.1,IP:2001:db8::1,email:x@example.com',
  ]);
  const csr = readFileSync(join(dir, 'csr.pem'), 'utf8');
  const read = (x: string): Record<string, unknown> => {
    const rows = evaluate(
      compile([{ path: 'd.rego', text: 'package d\nr := crypto.x509.parse_certificate_request(input.csr)\n' }]),
      'x := data.d.r',
      { input: { csr: x }, strictBuiltinErrors: true },
    );
    return rows[0].bindings.x as Record<string, unknown>;
  };
  it('openssl made the request', () => expect(r.status).toBe(0));
  it('subject, SANs and algorithms as OpenSSL wrote them', () => {
    for (const input of [csr, Buffer.from(csr).toString('base64')]) {
      const v = read(input);
      expect(v.Subject).toMatchObject({ CommonName: 'svc.example', Country: ['DE'], Organization: ['Acme'], OrganizationalUnit: ['Ops'] });
      expect((v.Subject as { Names: { Type: number[] }[] }).Names.map((n) => n.Type.join('.'))).toEqual([
        '2.5.4.6',
        '2.5.4.10',
        '2.5.4.11',
        '2.5.4.3',
      ]);
      expect(v.DNSNames).toEqual(['a.example', 'b.example']);
      expect(v.IPAddresses).toEqual(['10.0.0.1', '2001:db8::1']);
      expect(v.EmailAddresses).toEqual(['x@example.com']);
      expect(v.Version).toBe(0);
      expect(v.SignatureAlgorithm).toBe(4); // Go x509.SHA256WithRSA
      expect(v.PublicKeyAlgorithm).toBe(1); // Go x509.RSA
    }
  });
  it('the RSA public key is the one of the private key OpenSSL generated', () => {
    const jwk = createPublicKey(readFileSync(join(dir, 'k.pem'))).export({ format: 'jwk' }) as { n: string; e: string };
    const text = 'package d\nk := crypto.x509.parse_certificate_request(input.csr).PublicKey\nn := sprintf("%x", [k.N])\ne := k.E\n';
    const rows = evaluate(compile([{ path: 'd.rego', text }]), 'n := data.d.n; e := data.d.e', { input: { csr } });
    expect(rows[0].bindings.n).toBe(Buffer.from(jwk.n, 'base64url').toString('hex').replace(/^0+/, ''));
    expect(rows[0].bindings.e).toBe(65537);
  });
  it('bad input: Go encoding errors, and a PEM block of another type', () => {
    const err = (x: string): string => {
      try {
        read(x);
      } catch (e) {
        if (e instanceof RegoErrors) return e.errors[0].message;
      }
      return 'no error';
    };
    expect(err('foobar')).toContain('illegal base64 data at input byte 4');
    expect(err(Buffer.from('badstring').toString('base64'))).toContain('asn1: structure error');
    expect(err(Buffer.from('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n').toString('base64'))).toContain(
      'invalid PEM-encoded certificate signing request',
    );
  });
});
