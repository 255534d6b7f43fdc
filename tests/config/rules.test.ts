/**
 * Every rule of issue 3, on real files from the shared corpus (edited the way a pull request would).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { repoRoot } from '../harness/runner.js';
import { CORPUS, DEV_JWKS, DEV_KEY, counted, ignored, mc, put, read, snap, verifyJson, workspace, write } from './helpers.js';
import { binary, itWith, pythonFor } from '../helpers/references.js';
import { opensslVerify } from '../helpers/openssl.js';

const corpus = (p: string) => readFileSync(join(CORPUS, p), 'utf8');

/** Snapshots `before` at `file`, writes `after` there, verifies; returns the result. */
async function drift(
  before: string,
  after: string,
  opts: { file?: string; snapArgs?: string[]; verifyArgs?: string[]; env?: NodeJS.ProcessEnv } = {},
) {
  const ws = workspace();
  const file = opts.file ?? 'config.yaml';
  write(ws, file, before);
  const s = await snap(ws, [file], opts.snapArgs ?? []);
  expect(s.code, s.stderr).toBe(0);
  write(ws, file, after);
  return { ws, ...(await verifyJson(ws, [file], opts.verifyArgs ?? [], opts.env ?? {})) };
}

/** Edits a YAML text through the yaml library's document model (re-serialised: formatting changes too). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function edit(text: string, f: (js: any) => void): string {
  const js = parseDocument(text).toJS();
  f(js);
  return stringify(js);
}

const OPERATOR = 'manifests/kube-prometheus/prometheusOperator-deployment.yaml';

describe('rule 1: identity and parsing', () => {
  it('an apiVersion change is a field change of the same object, not a delete plus an add', async () => {
    const hpa = corpus('manifests/kubernetes-examples/horizontal-pod-autoscaler.yaml');
    const r = await drift(hpa, hpa.replace('apiVersion: autoscaling/v2\n', 'apiVersion: autoscaling/v2beta2\n'));
    expect(r.code).toBe(1);
    expect(r.report.resources).toHaveLength(1);
    const res = r.report.resources[0];
    expect(res.id).toBe('autoscaling/HorizontalPodAutoscaler//gemma-server-hpa');
    expect(res.changes).toMatchObject([
      { op: '~', path: 'apiVersion', baseline: 'autoscaling/v2', current: 'autoscaling/v2beta2', line: 6 },
    ]);
    // no metadata.namespace: kept as "" and noted
    expect(res.k8s.namespace).toBe('');
    expect(res.notes.join(' ')).toMatch(/namespace is not set/);
  });

  it('documents of a multi-document file are matched by GROUP/KIND/NAMESPACE/NAME; removing one is a removed resource', async () => {
    const gb = corpus('manifests/kubernetes-examples/guestbook-all-in-one.yaml');
    const docs = gb.split(/^---$/m);
    const r = await drift(gb, [...docs.slice(0, 2), ...docs.slice(3)].join('---'));
    expect(r.code).toBe(1);
    expect(r.report.resources).toMatchObject([{ id: 'core/Service//redis-replica', status: 'removed' }]);
    expect(r.report.counts).toMatchObject({ removed: 1, changes: 1 });
    const added = await drift([...docs.slice(0, 2), ...docs.slice(3)].join('---'), gb);
    expect(added.code).toBe(1);
    expect(added.report.resources).toMatchObject([{ id: 'core/Service//redis-replica', status: 'added', line: 46 }]);
  });

  it('a values file whose top level has kind: Deployment is not a Kubernetes object: identified by file and position', async () => {
    const v = corpus('helm-values/prometheus-community/prometheus-blackbox-exporter.values.yaml');
    expect(v).toMatch(/^kind: Deployment/m);
    const r = await drift(v, v.replace(/^kind: Deployment/m, 'kind: DaemonSet'), { file: 'charts/blackbox/values.yaml' });
    expect(r.code).toBe(1);
    expect(r.report.resources).toMatchObject([
      { id: 'charts/blackbox/values.yaml#0', changes: [{ op: '~', path: 'kind', baseline: 'Deployment', current: 'DaemonSet' }] },
    ]);
  });

  it('anchors and aliases are resolved: changing an anchored value changes every alias of it', async () => {
    const v = corpus('helm-values/prometheus-community/alertmanager.values.yaml');
    const r = await drift(v, v.replace('containerPortName: &containerPortName http', 'containerPortName: &containerPortName web'));
    expect(r.code).toBe(1);
    expect(counted(r.report).sort()).toEqual(['~ containerPortName', '~ livenessProbe.httpGet.port', '~ readinessProbe.httpGet.port']);
    // the alias's line is where the alias is written
    const live = r.report.resources[0].changes.find((c: { path: string }) => c.path === 'livenessProbe.httpGet.port');
    expect(live).toMatchObject({ baseline: 'http', current: 'web', line: 107 });
  });

  it('merge keys (<<) are applied (YAML merge key type); an override by the merging map wins', async () => {
    const before = 'defaults: &d\n  replicas: 2\n  image: app:1\nprod:\n  <<: *d\n  replicas: 5\n';
    const r = await drift(before, before.replace('image: app:1', 'image: app:2'));
    expect(counted(r.report).sort()).toEqual(['~ defaults.image', '~ prod.image']);
    const same = await drift(before, 'defaults: {replicas: 2, image: app:1}\nprod: {replicas: 5, image: app:1}\n');
    expect(same.code).toBe(0);
    expect(same.report.status).toBe('formatting-only');
  });

  it('alias bombs (billion laughs) are refused with exit 2 and a clear message', async () => {
    const ws = workspace();
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    write(ws, 'bomb.yaml', lines.join('\n') + '\n');
    const r = await snap(ws, ['bomb.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bomb\.yaml: document 0: expected at most 4000000 nodes with aliases expanded .*alias bombs are refused/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('oversized files, duplicate keys and YAML errors are refused with exit 2 naming file and line', async () => {
    const ws = workspace();
    put(ws, 'op.yaml', OPERATOR);
    const big = await snap(ws, ['op.yaml'], ['--max-file-bytes', '1000']);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/op\.yaml: expected a config file of at most 1000 bytes/);
    write(ws, 'dup.yaml', corpus(OPERATOR).replace('  replicas: 1\n', '  replicas: 1\n  replicas: 2\n'));
    const dup = await snap(ws, ['dup.yaml']);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toMatch(/dup\.yaml:\d+: document 0: expected valid YAML 1\.2 \(found Map keys must be unique/);
    writeFileSync(join(ws, 'latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    const latin = await snap(ws, ['latin1.yaml']);
    expect(latin.code).toBe(2);
    expect(latin.stderr).toContain('latin1.yaml: expected UTF-8 text');
    write(ws, 'bad.yaml', 'a: [1, 2\nb: c\n');
    expect((await snap(ws, ['bad.yaml'])).code).toBe(2);
    expect((await snap(ws, ['missing.yaml'])).code).toBe(2);
  });

  it('YAML 1.2 core schema: yes/on stay strings, 0o17 is octal 15', async () => {
    const r = await drift('a: yes\nb: on\nc: 0o17\n', 'a: "yes"\nb: "on"\nc: 15\n');
    expect(r.code).toBe(0);
  });
});

describe('rule 2: semantic diff', () => {
  it('key order, comments, quoting, flow/block style and indentation never count', async () => {
    const op = corpus(OPERATOR);
    const js = parseDocument(op).toJS();
    const reformatted =
      '# a comment\n' + stringify(js, { indent: 4, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', collectionStyle: 'flow' });
    const r = await drift(op, reformatted);
    expect(r.code).toBe(0);
    expect(r.report.status).toBe('formatting-only');
    expect(r.report.title).toBe('FORMATTING ONLY');
  });

  it('containers, env and volumeMounts are matched by their merge keys: reordering them is no drift', async () => {
    const op = corpus(OPERATOR);
    const r = await drift(
      op,
      edit(op, (o) => o.spec.template.spec.containers.reverse()),
    );
    expect(r.code).toBe(0);
    const graf = corpus('manifests/kube-prometheus/grafana-deployment.yaml');
    const g = await drift(
      graf,
      edit(graf, (o) => {
        o.spec.template.spec.containers[0].volumeMounts.reverse();
        o.spec.template.spec.volumes.reverse();
      }),
    );
    expect(g.code).toBe(0);
    const changed = await drift(
      graf,
      edit(graf, (o) => {
        const m = o.spec.template.spec.containers[0].volumeMounts.find((x: { mountPath: string }) => x.mountPath === '/tmp');
        m.readOnly = true; // written `readOnly: false` at line 69
      }),
    );
    expect(changed.report.resources[0].changes).toMatchObject([
      {
        op: '~',
        path: 'spec.template.spec.containers[name=grafana].volumeMounts[mountPath=/tmp].readOnly',
        baseline: false,
        current: true,
      },
    ]);
  });

  it('container ports by containerPort, Service ports by port', async () => {
    const bb = corpus('manifests/kube-prometheus/blackboxExporter-deployment.yaml');
    const r = await drift(
      bb,
      bb.replace('        - containerPort: 9115\n          name: https', '        - containerPort: 9115\n          name: metrics'),
    );
    expect(counted(r.report)).toEqual(['~ spec.template.spec.containers[name=kube-rbac-proxy].ports[containerPort=9115].name']);
    const svc = corpus('manifests/kube-prometheus/prometheus-service.yaml');
    const reordered = await drift(
      svc,
      edit(svc, (o) => o.spec.ports.reverse()),
    );
    expect(reordered.code).toBe(0);
    const t = await drift(svc, svc.replace('    port: 9090\n    targetPort: web', '    port: 9090\n    targetPort: 9091'));
    expect(r.code).toBe(1);
    expect(t.report.resources[0].changes).toMatchObject([
      {
        op: '~',
        path: 'spec.ports[port=9090].targetPort',
        baseline: 'web',
        current: 9091,
        typeChange: { baseline: 'string', current: 'number' },
        line: 16,
      },
    ]);
  });

  it('ordered lists stay positional: args, NetworkPolicy ingress, HPA metrics, ServiceMonitor endpoints', async () => {
    const op = corpus(OPERATOR);
    const a = await drift(
      op,
      edit(op, (o) => o.spec.template.spec.containers[0].args.reverse()),
    );
    expect(a.code).toBe(1);
    expect(
      counted(a.report).every((c) => /^[~+-] spec\.template\.spec\.containers\[name=prometheus-operator\]\.args\[\d+\]$/.test(c)),
    ).toBe(true);
    const np = corpus('drift-pairs/kube-prometheus-prometheus-networkPolicy/after.yaml');
    const n = await drift(
      np,
      edit(np, (o) => o.spec.ingress.reverse()),
    );
    expect(n.code).toBe(1);
    expect(counted(n.report).length).toBeGreaterThan(0);
    expect(counted(n.report).every((c) => /^[~+-] spec\.ingress\[/.test(c))).toBe(true);
    const sm = corpus('manifests/kube-prometheus/kubernetesControlPlane-serviceMonitorKubelet.yaml');
    const s = await drift(
      sm,
      edit(sm, (o) => o.spec.endpoints.reverse()),
    );
    expect(s.code).toBe(1);
    expect(counted(s.report).every((c) => /^[~+-] spec\.endpoints\[/.test(c))).toBe(true);
    const hpa = edit(corpus('manifests/kubernetes-examples/gpu-horizontal-pod-autoscaler.yaml'), (o) =>
      o.spec.metrics.push({ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }),
    );
    const h = await drift(
      hpa,
      edit(hpa, (o) => o.spec.metrics.reverse()),
    );
    expect(h.code).toBe(1);
    expect(counted(h.report).every((c) => /^[~+-] spec\.metrics\[/.test(c))).toBe(true);
  });

  it('a type change (4 vs "4") is reported as such', async () => {
    const after = corpus('drift-pairs/kube-prometheus-prometheusOperator-deployment/after.yaml');
    const r = await drift(after, after.replace('value: "30"', 'value: 30'));
    expect(r.code).toBe(1);
    expect(r.report.resources[0].changes).toMatchObject([
      {
        op: '~',
        path: 'spec.template.spec.containers[name=prometheus-operator].env[name=GOGC].value',
        baseline: '30',
        current: 30,
        typeChange: { baseline: 'string', current: 'number' },
        line: 39,
      },
    ]);
    const text = await mc(r.ws, [
      'config-attest',
      'verify',
      '--baseline',
      'baseline.intoto.jsonl',
      '--jwks',
      DEV_JWKS,
      '--env',
      'production',
      'config.yaml',
    ]);
    expect(text.stdout).toContain('env[name=GOGC].value: "30" → 30 (type string → number)');
  });

  it('comment-only edits of a Helm values file are formatting only and pass', async () => {
    const v = corpus('helm-values/bitnami/nginx.values.yaml');
    const r = await drift(v, v.replace(/^## /gm, '##  '));
    expect(r.code).toBe(0);
    expect(r.report.status).toBe('formatting-only');
  });
});

describe('rule 3: noise rules', () => {
  const before = corpus('drift-pairs/kube-prometheus-prometheusOperator-deployment/before.yaml');
  const after = corpus('drift-pairs/kube-prometheus-prometheusOperator-deployment/after.yaml');

  it('helm.sh/chart, app.kubernetes.io/version labels and checksum/* annotations are ignored by default and do not count', async () => {
    const op = corpus(OPERATOR);
    const noisy = edit(op, (o) => {
      o.metadata.labels['helm.sh/chart'] = 'kube-prometheus-99';
      o.metadata.labels['app.kubernetes.io/version'] = '9.9.9';
      Object.assign(o.spec.template.metadata.annotations, { 'checksum/config': 'abc', 'checksum/secret': 'def' });
    });
    const r = await drift(op, noisy);
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ status: 'no-drift', formattingOnly: [] });
    expect(r.report.counts).toMatchObject({ changes: 0, ignored: 4 });
    expect(ignored(r.report).sort()).toEqual([
      '+ metadata.labels["helm.sh/chart"]',
      '+ spec.template.metadata.annotations["checksum/config"]',
      '+ spec.template.metadata.annotations["checksum/secret"]',
      '~ metadata.labels["app.kubernetes.io/version"]',
    ]);
    const strict = await drift(op, noisy, { snapArgs: ['--no-default-ignores'] });
    expect(strict.code).toBe(1);
    expect(strict.report.counts.changes).toBe(4);
  });

  it('ignore rules per kind by JSON pointer or pointer glob (Argo CD ignoreDifferences style), recorded in the baseline', async () => {
    const rules = [
      'ignoreDifferences:',
      '  - rule: operator images are bumped by the release bot',
      '    group: apps',
      '    kind: Deployment',
      '    name: prometheus-operator',
      '    paths: ["/spec/template/spec/containers/*/image"]',
      '  - kind: Deployment',
      '    jsonPointers: [/spec/template/spec/securityContext]',
      '  - kind: StatefulSet',
      '    jsonPointers: [/spec/template/spec/containers]',
    ].join('\n');
    const ws = workspace();
    write(ws, 'rules.yaml', rules);
    write(ws, 'm.yaml', before);
    expect((await snap(ws, ['m.yaml'], ['--ignore', 'rules.yaml'])).code).toBe(0);
    write(ws, 'm.yaml', after);
    const r = await verifyJson(ws, ['m.yaml']); // the rules come from the signed baseline
    expect(r.code).toBe(1);
    const ign = r.report.resources[0].changes.filter((c: { ignoredBy?: string }) => c.ignoredBy);
    expect(ign.map((c: { path: string; ignoredBy: string }) => `${c.path} <- ${c.ignoredBy}`).sort()).toEqual([
      'metadata.labels["app.kubernetes.io/version"] <- default: app.kubernetes.io/version label',
      'spec.template.metadata.labels["app.kubernetes.io/version"] <- default: app.kubernetes.io/version label',
      'spec.template.spec.containers[name=kube-rbac-proxy].image <- operator images are bumped by the release bot',
      'spec.template.spec.containers[name=prometheus-operator].image <- operator images are bumped by the release bot',
      'spec.template.spec.securityContext.runAsGroup <- rule 4',
      'spec.template.spec.securityContext.seccompProfile.type <- rule 4',
    ]);
    expect(r.report.counts.changes).toBe(8);
  });

  it('a malformed ignore file is unusable input (exit 2) naming the field', async () => {
    const ws = workspace();
    write(ws, 'rules.yaml', 'ignoreDifferences:\n  - kind: Deployment\n    jsonPointers: spec/replicas\n');
    put(ws, 'm.yaml', OPERATOR);
    const r = await snap(ws, ['m.yaml'], ['--ignore', 'rules.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rules.yaml: ignoreDifferences[0].jsonPointers: expected a list of JSON pointers starting with /');
  });

  it('Secret values are never printed or stored: digests only', async () => {
    const secret = (pw: string) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: prod\ntype: Opaque\ndata:\n  password: ${Buffer.from(pw).toString('base64')}\nstringData:\n  token: ${pw}-token\n`;
    const r = await drift(secret('hunter2-old'), secret('hunter2-new'));
    expect(r.code).toBe(1);
    const all =
      r.stdout +
      read(r.ws, 'baseline.intoto.jsonl') +
      Buffer.from(JSON.parse(read(r.ws, 'baseline.intoto.jsonl')).payload, 'base64').toString();
    for (const v of ['hunter2', Buffer.from('hunter2-old').toString('base64'), Buffer.from('hunter2-new').toString('base64')])
      expect(all).not.toContain(v);
    expect(counted(r.report).sort()).toEqual(['~ data.password', '~ stringData.token']);
    expect(r.report.resources[0].changes[0].baseline).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('rule 5: approval', () => {
  it('--change-approved passes drift as DRIFT APPROVED and the new snapshot records actor and run', async () => {
    const ws = workspace();
    put(ws, 'm.yaml', 'drift-pairs/kube-prometheus-prometheusOperator-deployment/before.yaml');
    await snap(ws, ['m.yaml']);
    put(ws, 'm.yaml', 'drift-pairs/kube-prometheus-prometheusOperator-deployment/after.yaml');
    const env = { GITHUB_ACTOR: 'release-manager', GITHUB_REPOSITORY: 'mc/example', GITHUB_RUN_ID: '42', GITHUB_SHA: 'f00d' };
    const r = await verifyJson(ws, ['m.yaml'], ['--change-approved', '--key', DEV_KEY, '--out', 'approved.intoto.jsonl'], env);
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({
      status: 'drift-approved',
      title: 'DRIFT APPROVED',
      exitCode: 0,
      approval: { actor: 'release-manager', run: 'https://github.com/mc/example/actions/runs/42' },
    });
    const env2 = JSON.parse(read(ws, 'approved.intoto.jsonl'));
    const st = JSON.parse(Buffer.from(env2.payload, 'base64').toString());
    expect(st.predicate.approval).toMatchObject({
      actor: 'release-manager',
      run: 'https://github.com/mc/example/actions/runs/42',
      changes: 12,
      baselineSha256: r.report.baseline.sha256,
    });
    expect(st.predicate.commit).toBe('f00d');
    // the approved snapshot is the new baseline: no drift against it
    const again = await verifyJson(ws, ['m.yaml'], [], {}, 'approved.intoto.jsonl');
    expect(again.code).toBe(0);
    expect(again.report.status).toBe('no-drift');
    // the flag is the only switch: without it, even with CHANGE_APPROVED=1 in the environment, it is drift
    expect((await verifyJson(ws, ['m.yaml'], ['--change-approved', '--report', 'out/r.json', '--markdown', 'out/r.md'])).code).toBe(0);
    expect(JSON.parse(read(ws, 'out/r.json'))).toMatchObject({ status: 'drift-approved', counts: { changes: 12 } });
    expect(read(ws, 'out/r.md')).toMatch(/^### ⚠️ config-attest: DRIFT APPROVED \(production\)/);
    expect(read(ws, 'out/r.md')).toContain(
      '| `apps/Deployment/monitoring/prometheus-operator` | m.yaml:40 | ~ | `spec.template.spec.containers[name=prometheus-operator].image` |',
    );
    expect((await verifyJson(ws, ['m.yaml'], [], { CHANGE_APPROVED: '1' })).code).toBe(1);
  });
});

describe('rule 6: baseline signature first, fail closed (exit 2, never "no drift")', () => {
  async function baseline() {
    const ws = workspace();
    put(ws, 'm.yaml', OPERATOR);
    await snap(ws, ['m.yaml']);
    return { ws, env: JSON.parse(read(ws, 'baseline.intoto.jsonl')) };
  }

  it('a tampered payload, a corrupt or missing signature, or an untrusted key is exit 2', async () => {
    const { ws, env } = await baseline();
    const st = JSON.parse(Buffer.from(env.payload, 'base64').toString());
    st.predicate.resources[0].object.spec.replicas = 99;
    const cases: Record<string, unknown> = {
      tampered: { ...env, payload: Buffer.from(JSON.stringify(st)).toString('base64') },
      corrupt: { ...env, signatures: [{ ...env.signatures[0], sig: Buffer.alloc(64, 1).toString('base64') }] },
      unsigned: { ...env, signatures: [] },
      'unknown key': { ...env, signatures: [{ keyid: 'someone-else', sig: env.signatures[0].sig }] },
    };
    for (const [name, e] of Object.entries(cases)) {
      write(ws, `${name}.jsonl`, JSON.stringify(e) + '\n');
      const r = await mc(ws, [
        'config-attest',
        'verify',
        '--baseline',
        `${name}.jsonl`,
        '--jwks',
        DEV_JWKS,
        '--env',
        'production',
        'm.yaml',
      ]);
      expect(r.code, name).toBe(2);
      expect(r.stdout, name).toBe('');
      expect(r.stderr, name).toMatch(/signature/);
    }
    write(
      ws,
      'other-jwks.json',
      JSON.stringify({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' }] }),
    );
    const other = await mc(ws, [
      'config-attest',
      'verify',
      '--baseline',
      'baseline.intoto.jsonl',
      '--jwks',
      'other-jwks.json',
      '--env',
      'production',
      'm.yaml',
    ]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('no trusted key signed this baseline');
    const retired = JSON.parse(readFileSync(DEV_JWKS, 'utf8'));
    retired.keys[0].exp = 1_000_000_000; // retired in 2001: cannot have signed a snapshot made now
    write(ws, 'retired-jwks.json', JSON.stringify(retired));
    const late = await mc(ws, [
      'config-attest',
      'verify',
      '--baseline',
      'baseline.intoto.jsonl',
      '--jwks',
      'retired-jwks.json',
      '--env',
      'production',
      'm.yaml',
    ]);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('validity window excludes the snapshot time');
    write(ws, 'trunc.jsonl', read(ws, 'baseline.intoto.jsonl').slice(0, 100));
    expect(
      (await mc(ws, ['config-attest', 'verify', '--baseline', 'trunc.jsonl', '--jwks', DEV_JWKS, '--env', 'production', 'm.yaml'])).code,
    ).toBe(2);
  });

  itWith(
    ['openssl', 'python3'],
    "the envelope verifies with openssl (Ed25519 over the DSSE PAE) and subjects are the files' sha256 and the canonical JSON digests",
    async () => {
      const { ws, env } = await baseline();
      const payload = Buffer.from(env.payload, 'base64');
      const pae = Buffer.concat([Buffer.from(`DSSEv1 ${env.payloadType.length} ${env.payloadType} ${payload.length} `), payload]);
      writeFileSync(join(ws, 'pae.bin'), pae);
      writeFileSync(join(ws, 'sig.bin'), Buffer.from(env.signatures[0].sig, 'base64'));
      const pub = join(repoRoot, 'examples/keys/dev-not-for-production.pub.pem');
      expect(opensslVerify(pub, join(ws, 'pae.bin'), join(ws, 'sig.bin')).verified).toBe(true);
      const st = JSON.parse(payload.toString());
      expect(st.predicateType).toBe('https://mc-actions.dev/config-snapshot/v1');
      const fileDigest = execFileSync(binary('openssl'), ['dgst', '-sha256', '-r', join(ws, 'm.yaml')], { encoding: 'utf8' }).split(' ')[0];
      expect(st.subject[0]).toEqual({ name: 'm.yaml', digest: { sha256: fileDigest } });
      // resource digest: sha256 of RFC 8785 JSON, recomputed by Python (sorted keys, no spaces: JCS for this ASCII, integer-only data)
      const py =
        'import json,sys,hashlib; o=json.load(sys.stdin); print(hashlib.sha256(json.dumps(o,sort_keys=True,separators=(",",":"),ensure_ascii=False).encode()).hexdigest())';
      const resDigest = execFileSync(pythonFor('python3'), ['-c', py], {
        input: JSON.stringify(st.predicate.resources[0].object),
        encoding: 'utf8',
      }).trim();
      expect(st.subject[1]).toEqual({ name: 'resource:apps/Deployment/monitoring/prometheus-operator', digest: { sha256: resDigest } });
      expect(st.predicate).toMatchObject({
        environment: 'production',
        commit: 'abc123',
        normalizer: { name: 'mc-config-attest', version: '2' },
        ignore: { defaults: true, rules: [] },
      });
    },
  );

  it('a baseline is never overwritten in place unless --force', async () => {
    const { ws } = await baseline();
    const first = read(ws, 'baseline.intoto.jsonl');
    const again = await snap(ws, ['m.yaml']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('evidence is never overwritten');
    expect(read(ws, 'baseline.intoto.jsonl')).toBe(first);
    expect((await snap(ws, ['m.yaml'], ['--force'])).code).toBe(0);
  });

  it('the snapshot, baseline and report files are never read as configs (a directory or broad glob is safe)', async () => {
    const ws = workspace();
    put(ws, 'deploy/op.yaml', OPERATOR);
    expect(
      (
        await mc(ws, [
          'config-attest',
          'snapshot',
          '--key',
          DEV_KEY,
          '--env',
          'production',
          '--out',
          'deploy/baseline.intoto.jsonl',
          'deploy',
        ])
      ).code,
    ).toBe(0);
    for (let i = 0; i < 2; i++) {
      const r = await verifyJson(
        ws,
        ['deploy'],
        ['--report', 'deploy/report.json', '--markdown', 'deploy/report.md'],
        {},
        'deploy/baseline.intoto.jsonl',
      );
      expect(r.code).toBe(0);
      expect(r.report.status).toBe('no-drift');
      expect(r.report.files.map((f: { path: string }) => f.path)).toEqual(['deploy/op.yaml']);
    }
  });

  it('usage errors are exit 2', async () => {
    const ws = workspace();
    expect((await mc(ws, ['config-attest', 'snapshot', '--env', 'x', 'a.yaml'])).code).toBe(2);
    expect((await mc(ws, ['config-attest', 'verify', '--baseline', 'b'])).code).toBe(2);
    expect((await mc(ws, ['config-attest', 'verify', '--bogus'])).code).toBe(2);
  });
});
