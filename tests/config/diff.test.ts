/** The semantic differ's pointers and paths against RFC 6901's own examples, and list alignment. */
import { describe, expect, it } from 'vitest';
import { diffValues } from '../../src/config/diff.js';
import { ignoredBy, parseIgnoreConfig, effectiveRules } from '../../src/config/ignore.js';

describe('RFC 6901 pointers', () => {
  it('produces the pointers of RFC 6901 section 5 for every member of its example document', () => {
    // RFC 6901 section 5 example document and the pointers it lists for each value
    const doc = { foo: ['bar', 'baz'], '': 0, 'a/b': 1, 'c%d': 2, 'e^f': 3, 'g|h': 4, 'i\\j': 5, 'k"l': 6, ' ': 7, 'm~n': 8 };
    const changed = { foo: ['bar!', 'baz'], '': 10, 'a/b': 11, 'c%d': 12, 'e^f': 13, 'g|h': 14, 'i\\j': 15, 'k"l': 16, ' ': 17, 'm~n': 18 };
    const pointers = diffValues(doc, changed).map((c) => c.pointer);
    expect(pointers.sort()).toEqual(['/foo/0', '/', '/a~1b', '/c%d', '/e^f', '/g|h', '/i\\j', '/k"l', '/ ', '/m~0n'].sort());
  });

  it('formats readable paths with dotted keys, quoted odd keys, keyed and positional items', () => {
    const a = {
      metadata: { labels: { 'app.kubernetes.io/name': 'x' } },
      spec: { containers: [{ name: 'app', image: 'a:1', args: ['-v'] }] },
    };
    const b = {
      metadata: { labels: { 'app.kubernetes.io/name': 'y' } },
      spec: { containers: [{ name: 'app', image: 'a:2', args: ['-v', '-q'] }] },
    };
    expect(diffValues(a, b).map((c) => `${c.op} ${c.path} ${c.pointer}`)).toEqual([
      '~ metadata.labels["app.kubernetes.io/name"] /metadata/labels/app.kubernetes.io~1name',
      '~ spec.containers[name=app].image /spec/containers/0/image',
      '+ spec.containers[name=app].args[1] /spec/containers/0/args/1',
    ]);
  });
});

describe('list alignment', () => {
  it('an insertion in an ordered list is one +, not a shifted tail; a removal is one -', () => {
    const args = ['--a', '--b', '--c', '--d'];
    expect(diffValues({ args }, { args: ['--a', '--x', '--b', '--c', '--d'] }).map((c) => `${c.op} ${c.path}`)).toEqual(['+ args[1]']);
    expect(diffValues({ args }, { args: ['--a', '--c', '--d'] }).map((c) => `${c.op} ${c.path} ${JSON.stringify(c.baseline)}`)).toEqual([
      '- args[1] "--b"',
    ]);
    // a reorder of an ordered list is a change
    expect(diffValues({ args }, { args: ['--b', '--a', '--c', '--d'] }).length).toBeGreaterThan(0);
  });

  it('keyed lists match by key: reorder is no change, the same key moved and edited is one change at its new index', () => {
    const env = [
      { name: 'A', value: '1' },
      { name: 'B', value: '2' },
    ];
    expect(diffValues({ env }, { env: [env[1], env[0]] })).toEqual([]);
    const d = diffValues({ env }, { env: [{ name: 'B', value: '3' }, env[0]] });
    expect(d).toMatchObject([
      { op: '~', path: 'env[name=B].value', pointer: '/env/0/value', baselinePointer: '/env/1/value', baseline: '2', current: '3' },
    ]);
  });

  it('lists without a unique key fall back to ordered', () => {
    const env = [
      { name: 'A', value: '1' },
      { name: 'A', value: '2' },
    ];
    expect(diffValues({ env }, { env: [env[1], env[0]] }).length).toBeGreaterThan(0);
  });

  it('ports are keyed by containerPort in containers and by port in a Service spec only', () => {
    const c = (ports: unknown[]) => ({ spec: { containers: [{ name: 'c', ports }] } });
    const p = [{ containerPort: 80 }, { containerPort: 443 }];
    expect(diffValues(c(p), c([p[1], p[0]]))).toEqual([]);
    const svc = (ports: unknown[]) => ({ spec: { ports } });
    const sp = [{ port: 80 }, { port: 443 }];
    expect(diffValues(svc(sp), svc([sp[1], sp[0]]), { kind: 'Service' })).toEqual([]);
    expect(diffValues(svc(sp), svc([sp[1], sp[0]]), { kind: 'NetworkPolicy' }).length).toBeGreaterThan(0);
  });
});

describe('ignore rules', () => {
  it('pointer globs: * within a segment, ** across segments, ~1 for / in a key; selectors by kind', async () => {
    const cfg = await parseIgnoreConfig(
      { ignoreDifferences: [{ kind: 'Deployment', paths: ['/spec/template/spec/containers/*/image'] }] },
      'rules',
    );
    const rules = effectiveRules(cfg);
    const dep = { k8s: { group: 'apps', version: 'v1', kind: 'Deployment', namespace: '', name: 'x' }, file: 'f' };
    const sts = { ...dep, k8s: { ...dep.k8s, kind: 'StatefulSet' } };
    expect(ignoredBy(rules, dep, { pointer: '/spec/template/spec/containers/3/image' })).toBeDefined();
    expect(ignoredBy(rules, sts, { pointer: '/spec/template/spec/containers/3/image' })).toBeUndefined();
    expect(ignoredBy(rules, sts, { pointer: '/spec/template/metadata/annotations/checksum~1config' })?.label).toBe(
      'default: checksum/* annotations',
    );
    expect(ignoredBy(rules, sts, { pointer: '/spec/template/metadata/annotations/checksum.config~1md5' })).toBeUndefined();
    expect(ignoredBy(effectiveRules({ ...cfg, defaults: false }), sts, { pointer: '/metadata/labels/helm.sh~1chart' })).toBeUndefined();
  });
});
