/**
 * The issue's done-when on the shared corpus of real configs: every drift pair (snapshot of
 * before.yaml, verify of after.yaml at the same path) is drift with exit 1 listing the changes a
 * reviewer lists (read off the pairs' textual diffs and the corpus README), every equivalent file
 * verified against a snapshot of its original is no drift with exit 0.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/parse.js';
import { CORPUS, counted, ignored, put, snap, verifyJson, workspace } from './helpers.js';
import { itWith, pythonFor } from '../helpers/references.js';

const CTR = 'spec.template.spec.containers';

/** Counted changes a reviewer lists for each pair, and the noise the default rules ignore. */
const PAIRS: Record<string, { resource: string; counted: string[]; ignored: string[] }> = {
  'kube-prometheus-prometheus-networkPolicy': {
    resource: 'networking.k8s.io/NetworkPolicy/monitoring/prometheus-k8s',
    // two ingress rules appended (from prometheus-adapter and from grafana, port 9090)
    counted: ['+ spec.ingress[1]', '+ spec.ingress[2]'],
    ignored: ['~ metadata.labels["app.kubernetes.io/version"]'],
  },
  'kube-prometheus-kubeStateMetrics-serviceMonitor': {
    resource: 'monitoring.coreos.com/ServiceMonitor/monitoring/kube-state-metrics',
    counted: ['+ spec.endpoints[0].metricRelabelings'],
    ignored: ['~ metadata.labels["app.kubernetes.io/version"]'],
  },
  'kube-prometheus-prometheusOperator-deployment': {
    resource: 'apps/Deployment/monitoring/prometheus-operator',
    counted: [
      `~ ${CTR}[name=prometheus-operator].image`,
      `~ ${CTR}[name=prometheus-operator].args[1]`,
      `+ ${CTR}[name=prometheus-operator].args[2]`,
      `+ ${CTR}[name=prometheus-operator].args[3]`,
      `+ ${CTR}[name=prometheus-operator].args[4]`,
      `+ ${CTR}[name=prometheus-operator].args[5]`,
      `+ ${CTR}[name=prometheus-operator].env[name=GOGC]`,
      `~ ${CTR}[name=kube-rbac-proxy].image`,
      `- ${CTR}[name=kube-rbac-proxy].args[0]`,
      `+ ${CTR}[name=kube-rbac-proxy].securityContext.seccompProfile.type`,
      '+ spec.template.spec.securityContext.runAsGroup',
      '+ spec.template.spec.securityContext.seccompProfile.type',
    ],
    ignored: ['~ metadata.labels["app.kubernetes.io/version"]', '~ spec.template.metadata.labels["app.kubernetes.io/version"]'],
  },
  'kube-prometheus-prometheusAdapter-deployment': {
    resource: 'apps/Deployment/monitoring/prometheus-adapter',
    // checksum.config/md5 is not a checksum/* annotation: it counts
    counted: ['+ spec.template.metadata.annotations["checksum.config/md5"]'],
    ignored: [],
  },
  'helm-kube-state-metrics-values': {
    resource: 'values.yaml#0',
    counted: [
      '~ collectors[5]',
      '~ kubeRBACProxy.image.tag',
      '+ kubeRBACProxy.port',
      '- networkPolicy.flavor',
      '+ rbac.customResourceState.createClusterRoleRules',
      '+ rbac.clusterRoleSelectors',
      '+ nameOverride',
      '+ fullnameOverride',
      '+ hostUsers',
      '+ authFilter.enabled',
      '+ collectorsExclude',
      '+ collectorsExtra',
    ],
    ignored: [],
  },
};

describe('drift pairs (real history): drift, exit 1, the changed paths', () => {
  it('covers every pair in the corpus', () => {
    expect(Object.keys(PAIRS).sort()).toEqual(readdirSync(join(CORPUS, 'drift-pairs')).sort());
  });
  for (const [name, want] of Object.entries(PAIRS)) {
    it(name, async () => {
      const ws = workspace();
      const file = name.startsWith('helm') ? 'values.yaml' : 'manifest.yaml';
      put(ws, file, `drift-pairs/${name}/before.yaml`);
      expect((await snap(ws, [file])).code).toBe(0);
      put(ws, file, `drift-pairs/${name}/after.yaml`);
      const r = await verifyJson(ws, [file]);
      expect(r.code).toBe(1);
      expect(r.report.status).toBe('drift');
      expect(r.report.title).toBe('DRIFT');
      expect(r.report.resources.map((x: { id: string }) => x.id)).toEqual([want.resource]);
      expect(counted(r.report).sort()).toEqual(want.counted.map((c) => c).sort());
      expect(ignored(r.report).sort()).toEqual(want.ignored.sort());
      expect(r.report.counts.changes).toBe(want.counted.length);
    });
  }

  it('shows baseline and current values from the signed snapshot (image tag bump, env item, removed arg)', async () => {
    const ws = workspace();
    put(ws, 'm.yaml', 'drift-pairs/kube-prometheus-prometheusOperator-deployment/before.yaml');
    await snap(ws, ['m.yaml']);
    put(ws, 'm.yaml', 'drift-pairs/kube-prometheus-prometheusOperator-deployment/after.yaml');
    const { report } = await verifyJson(ws, ['m.yaml']);
    const changes = report.resources[0].changes;
    const image = changes.find((c: { path: string }) => c.path === `${CTR}[name=prometheus-operator].image`);
    expect(image).toMatchObject({
      op: '~',
      pointer: '/spec/template/spec/containers/0/image',
      baseline: 'quay.io/prometheus-operator/prometheus-operator:v0.54.1',
      current: 'quay.io/prometheus-operator/prometheus-operator:v0.93.1',
      line: 40, // after.yaml line 40: `image: quay.io/prometheus-operator/prometheus-operator:v0.93.1`
    });
    const env = changes.find((c: { path: string }) => c.path.endsWith('env[name=GOGC]'));
    expect(env).toMatchObject({
      op: '+',
      current: { name: 'GOGC', value: '30' },
      pointer: '/spec/template/spec/containers/0/env/0',
      line: 38,
    });
    const removed = changes.find((c: { op: string }) => c.op === '-');
    expect(removed).toMatchObject({ baseline: '--logtostderr', pointer: '/spec/template/spec/containers/1/args/0' });
  });
});

/** Each derived file in equivalent/ and the corpus file it was derived from (corpus README). */
const EQUIVALENT: Record<string, string> = {
  'prometheusOperator-deployment.reordered.yaml': 'manifests/kube-prometheus/prometheusOperator-deployment.yaml',
  'guestbook-all-in-one.reordered.yaml': 'manifests/kubernetes-examples/guestbook-all-in-one.yaml',
  'horizontal-pod-autoscaler.as-json.yaml': 'manifests/kubernetes-examples/horizontal-pod-autoscaler.yaml',
};

describe('equivalent files (reordered keys and documents, flow style, JSON): no drift, exit 0', () => {
  it('covers every equivalent file', () => {
    expect(Object.keys(EQUIVALENT).sort()).toEqual(readdirSync(join(CORPUS, 'equivalent')).sort());
  });
  for (const [derived, original] of Object.entries(EQUIVALENT)) {
    it(derived, async () => {
      const ws = workspace();
      put(ws, 'deploy/config.yaml', original);
      expect((await snap(ws, ['deploy/config.yaml'])).code).toBe(0);
      copyFileSync(join(CORPUS, 'equivalent', derived), join(ws, 'deploy/config.yaml'));
      const r = await verifyJson(ws, ['deploy/config.yaml']);
      expect(r.code).toBe(0);
      expect(r.report.status).toBe('formatting-only');
      expect(r.report.counts.changes + r.report.counts.ignored).toBe(0);
      expect(r.report.formattingOnly).toEqual(['deploy/config.yaml']);
    });
  }

  it('the whole corpus verified against its own snapshot is NO DRIFT (bytes unchanged)', async () => {
    const ws = workspace();
    for (const dir of [
      'manifests/kube-prometheus',
      'manifests/kubernetes-examples',
      'helm-values/prometheus-community',
      'helm-values/bitnami',
    ]) {
      for (const f of readdirSync(join(CORPUS, dir))) put(ws, `${dir}/${f}`, `${dir}/${f}`);
    }
    const s = await snap(ws, ['manifests/**/*.yaml', 'helm-values/**/*.yaml']);
    expect(s.code).toBe(0);
    const r = await verifyJson(ws, ['manifests/**/*.yaml', 'helm-values/**/*.yaml']);
    expect(r.code).toBe(0);
    expect(r.report.status).toBe('no-drift');
    expect(r.report.files).toHaveLength(36);
  });
});

describe('parsing agrees with an independent YAML implementation', () => {
  itWith(['pyyaml'], 'every corpus file parses to the same data as PyYAML safe_load_all (python3-yaml)', () => {
    const files = globSync('**/*.yaml', { cwd: CORPUS }).sort();
    expect(files.length).toBeGreaterThanOrEqual(49);
    const py =
      'import yaml,json,sys\nprint(json.dumps({f: [d for d in yaml.safe_load_all(open(f)) if d is not None] for f in sys.argv[1:]}))';
    const ref = JSON.parse(execFileSync(pythonFor('pyyaml'), ['-c', py, ...files], { cwd: CORPUS, encoding: 'utf8', maxBuffer: 1 << 28 }));
    for (const f of files) {
      const ours = parseConfigText(readFileSync(join(CORPUS, f), 'utf8'), f).map((d) => d.value);
      expect(ours, f).toEqual(ref[f]);
    }
  });
});
