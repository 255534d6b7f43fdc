// Network-bound builtins fail closed: the engine never performs http.send or a DNS lookup, and an
// unmocked call stops the evaluation (an undefined result could let a deny-form gate pass).
// Request checks and their wording follow OPA's topdown/http.go (conformance: invalidkeyerror).
import { describe, expect, it } from 'vitest';
import { compile, evalRef, evaluate, RegoErrors } from '../../src/rego/index.js';

const POLICY = `package h
allow if "admin" in http.send({"method": "GET", "url": "https://idp.example/roles"}).body.roles
deny contains "no admin" if not allow
soft := http.send({"method": "GET", "url": "https://x.example", "raise_error": false})
mock(_) := {"body": {"roles": ["admin"]}}
test_allow if allow with http.send as mock
ip := net.lookup_ip_addr("::0")
host := net.lookup_ip_addr("example.com")
`;

function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof RegoErrors) return e.errors[0];
    throw e;
  }
  throw new Error('no error');
}

describe('http.send and net.lookup_ip_addr', () => {
  const c = compile([{ path: 'h.rego', text: POLICY }]);
  it('a mock replaces the call (with http.send as f)', () => {
    expect(evalRef(c, 'data.h.test_allow').value).toBe(true);
  });
  it('an unmocked call stops the evaluation even without strict builtin errors', () => {
    const e = errorOf(() => evalRef(c, 'data.h.allow'));
    expect(e.code).toBe('eval_builtin_error');
    expect(e.message).toMatch(/^http\.send: network access is disabled/);
    // the deny set is not silently empty: evaluating it raises too
    expect(() => evalRef(c, 'data.h.deny')).toThrow(RegoErrors);
  });
  it('raise_error: false gives OPA error response shape', () => {
    const v = evalRef(c, 'data.h.soft').value as { status_code: number; error: { code: string } };
    expect(v.status_code).toBe(0);
    expect(v.error.code).toBe('eval_http_send_network_error');
  });
  it('request parameters are checked first, with OPA wording (eval_type_error)', () => {
    const bad = errorOf(() => evaluate(c, 'http.send({"method": "get", "url": "u", "bad_key": 1, "a": 2})', { strictBuiltinErrors: true }));
    expect(bad.code).toBe('eval_type_error');
    expect(bad.message).toContain('invalid request parameters(s): {"a", "bad_key"}');
    const missing = errorOf(() => evaluate(c, 'http.send({"method": "get"})', { strictBuiltinErrors: true }));
    expect(missing.message).toContain('missing required request parameters(s): {"url"}');
  });
  it('an IP literal resolves to itself; a name fails closed', () => {
    expect(evalRef(c, 'data.h.ip').value).toEqual(['::']);
    expect(errorOf(() => evalRef(c, 'data.h.host')).code).toBe('eval_builtin_error');
  });
});
