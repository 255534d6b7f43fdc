// providers.aws.sign_req: AWS Signature Version 4 as OPA computes it.
//
// Independent references: the AWS SigV4 documentation's worked example (IAM ListUsers,
// https://docs.aws.amazon.com/general/latest/gr/sigv4-create-canonical-request.html and the
// following steps: signature 5d672d79...) and the aws-sig-v4-test-suite's `get-vanilla` case
// (signature 5fa00fa3...), both with an upper-case method and an explicit "/" path, where OPA's
// choices coincide with AWS's canonical form. OPA's own answers (method signed as given, empty path)
// are the 17 cases of conformance/opa/v1/providers-aws, held by tests/rego/conformance.test.ts.
import { describe, expect, it } from 'vitest';
import { compile, evalRef, evaluate } from '../../src/rego/index.js';

// 2015-08-30T12:36:00Z in nanoseconds
const T = '1440938160000000000';

function sign(req: string, cfg: string, ts = T): Record<string, unknown> {
  const c = compile([{ path: 'p.rego', text: `package t\n\nr := providers.aws.sign_req(${req}, ${cfg}, ${ts})\n` }]);
  const res = evalRef(c, 'data.t.r');
  expect(res.defined).toBe(true);
  return res.value as Record<string, unknown>;
}

describe('providers.aws.sign_req', () => {
  it('matches the AWS documentation example (IAM ListUsers)', () => {
    const out = sign(
      `{"method": "GET", "url": "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08", "headers": {"content-type": "application/x-www-form-urlencoded; charset=utf-8"}}`,
      `{"aws_access_key": "AKIDEXAMPLE", "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "aws_service": "iam", "aws_region": "us-east-1"}`,
    );
    expect(out.headers).toEqual({
      Authorization:
        'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request,SignedHeaders=content-type;host;x-amz-date,Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      host: 'iam.amazonaws.com',
      'x-amz-date': '20150830T123600Z',
    });
  });

  it('matches the aws-sig-v4-test-suite get-vanilla case', () => {
    const out = sign(
      `{"method": "GET", "url": "https://example.amazonaws.com/"}`,
      `{"aws_access_key": "AKIDEXAMPLE", "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "aws_service": "service", "aws_region": "us-east-1"}`,
    );
    expect((out.headers as Record<string, string>).Authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,SignedHeaders=host;x-amz-date,Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('signs the method as given and keeps the rest of the request (negative control: get != GET)', () => {
    const cfg = `{"aws_access_key": "AKIDEXAMPLE", "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "aws_service": "service", "aws_region": "us-east-1"}`;
    const lower = sign(`{"method": "get", "url": "https://example.amazonaws.com/", "raise_error": false}`, cfg);
    expect((lower.headers as Record<string, string>).Authorization).not.toContain(
      '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
    expect(lower.raise_error).toBe(false);
    expect(lower.method).toBe('get');
  });

  it('never signs authorization, user-agent or x-amzn-trace-id but keeps them in the output', () => {
    const cfg = `{"aws_access_key": "AKIDEXAMPLE", "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "aws_service": "service", "aws_region": "us-east-1"}`;
    const out = sign(
      `{"method": "GET", "url": "https://example.amazonaws.com/", "headers": {"User-Agent": "x", "X-Amzn-Trace-Id": "y"}}`,
      cfg,
    );
    const h = out.headers as Record<string, string>;
    expect(h.Authorization).toContain(
      'SignedHeaders=host;x-amz-date,Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
    expect(h['User-Agent']).toBe('x');
  });

  it('fails with OPA errors on bad operands (strict builtin errors)', () => {
    const c = compile([
      {
        path: 'p.rego',
        text: `package t\n\nr := providers.aws.sign_req({"method": "GET", "url": "https://x/", "proxy": 1}, {"aws_access_key": "a", "aws_secret_access_key": "b", "aws_service": "s3", "aws_region": "r"}, 0)\n`,
      },
    ]);
    expect(() => evaluate(c, 'data.t.r', { strictBuiltinErrors: true })).toThrow(/operand 1 invalid request parameters\(s\): \{"proxy"\}/);
    const d = compile([
      {
        path: 'p.rego',
        text: `package t\n\nr := providers.aws.sign_req({"method": "GET", "url": "https://x/%zz"}, {"aws_access_key": "a", "aws_secret_access_key": "b", "aws_service": "s3", "aws_region": "r"}, 0)\n`,
      },
    ]);
    expect(() => evaluate(d, 'data.t.r', { strictBuiltinErrors: true })).toThrow(/invalid URL escape "%zz"/);
  });
});
