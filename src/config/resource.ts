/**
 * From parsed documents to identified, normalized resources.
 *
 * Identity: a Kubernetes object (a map with string `apiVersion`, `kind` and `metadata.name`) is
 * identified by GROUP/KIND/NAMESPACE/NAME (Kubernetes API conventions: the group is the part of
 * apiVersion before `/`, the empty "core" group is written `core`), so an apiVersion change is a
 * field change, not a delete plus an add. A missing `metadata.namespace` stays "" and is noted.
 * Any other document (a Helm values file, a JSON config) is identified by file and position:
 * `FILE#INDEX`.
 *
 * Normalization (NORMALIZER_VERSION): the document's JSON value (integers exact: beyond 2^53 a
 * `bigint`), except that the values of a Secret's `data` and `stringData` (and its
 * `kubectl.kubernetes.io/last-applied-configuration` annotation, which repeats them) are replaced by
 * `sha256:<hex>` of the value as written, so snapshots and reports never carry secret values: digests
 * only. A Secret is any map with `kind: Secret` at any depth: a top-level object, an item of a
 * `kind: List`, every item of a `kind: SecretList` (whose items carry no kind), a manifest embedded
 * in Helm values (`extraObjects`), and
 * also one without `metadata.name` (a `generateName` object). A `data`/`stringData` that is not a
 * map is replaced by one digest.
 */
import { sha256Hex } from '../core/digest.js';
import { canonicalJson } from '../core/jcs.js';
import type { ParsedDocument } from './parse.js';

/** Version of the normalization rules above; recorded in every snapshot. */
export const NORMALIZER_VERSION = '2';

/** Identity of a Kubernetes object (API conventions: group, kind, namespace, name). */
export interface K8sIdentity {
  /** API group; "" for the core group (apiVersion `v1`) */
  group: string;
  /** the version part of apiVersion (informational: a change of it is a field change) */
  version: string;
  kind: string;
  /** "" when metadata.namespace is not set */
  namespace: string;
  name: string;
}

/** One normalized resource: a Kubernetes object or another document. */
export interface Resource {
  /** `GROUP/KIND/NAMESPACE/NAME` for Kubernetes objects, `FILE#INDEX` for other documents (see assignIds) */
  id: string;
  /** present for Kubernetes objects */
  k8s?: K8sIdentity;
  file: string;
  /** document index in the file */
  document: number;
  /** the normalized value (see module doc) */
  object: unknown;
  /** sha256 (hex) of the RFC 8785 canonical JSON of `object` */
  sha256: string;
  /** remarks for the reviewer (namespace not set, identity defined twice) */
  notes?: string[];
}

/** Kubernetes identity of a value, or undefined when it is not a Kubernetes object. */
export function k8sIdentity(value: unknown): K8sIdentity | undefined {
  if (!isPlainObject(value)) return undefined;
  const { apiVersion, kind, metadata } = value;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !isPlainObject(metadata)) return undefined;
  if (typeof metadata.name !== 'string' || metadata.name === '') return undefined;
  const slash = apiVersion.lastIndexOf('/');
  return {
    group: slash < 0 ? '' : apiVersion.slice(0, slash),
    version: slash < 0 ? apiVersion : apiVersion.slice(slash + 1),
    kind,
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : '',
    name: metadata.name,
  };
}

/** `GROUP/KIND/NAMESPACE/NAME`, with `core` for the empty group. */
export function k8sId(k: K8sIdentity): string {
  return `${k.group || 'core'}/${k.kind}/${k.namespace}/${k.name}`;
}

const SECRET_LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * Applies the normalization rules (returns a new value where something changed; the input, whose
 * subtrees aliases may share, is never modified).
 * @param _k8s the document's identity (unused: Secrets are found at any depth by their `kind`)
 */
export function normalize(value: unknown, _k8s?: K8sIdentity): unknown {
  return redactSecrets(value);
}

/** Copy-on-write walk: every map with `kind: Secret`, at any depth, gets its values reduced to digests. */
function redactSecrets(v: unknown): unknown {
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x = redactSecrets(v[i]);
      if (x !== v[i]) (out ??= v.slice())[i] = x;
    }
    return out ?? v;
  }
  if (!isPlainObject(v)) return v;
  let out: Record<string, unknown> | undefined = v.kind === 'Secret' ? redactSecret(v) : undefined;
  // a typed SecretList (the API's list form) holds Secrets whose items carry no kind of their own
  if (v.kind === 'SecretList' && Array.isArray(v.items)) {
    out = copyObject(v);
    setOwn(
      out,
      'items',
      v.items.map((it) => (isPlainObject(it) ? redactSecret(it) : it)),
    );
  }
  const src = out ?? v;
  for (const k of Object.keys(src)) {
    if (out && (k === 'data' || k === 'stringData')) continue;
    const x = redactSecrets(src[k]);
    if (x !== src[k]) setOwn((out ??= copyObject(v)), k, x);
  }
  return out ?? v;
}

function redactSecret(v: Record<string, unknown>): Record<string, unknown> {
  const out = copyObject(v);
  for (const field of ['data', 'stringData']) {
    const m = out[field];
    if (m === undefined || m === null) continue;
    setOwn(out, field, isPlainObject(m) ? copyObject(m, (x) => digestOf(x)) : digestOf(m));
  }
  const meta = out.metadata;
  if (isPlainObject(meta) && isPlainObject(meta.annotations) && Object.hasOwn(meta.annotations, SECRET_LAST_APPLIED)) {
    const annotations = copyObject(meta.annotations);
    setOwn(annotations, SECRET_LAST_APPLIED, digestOf(meta.annotations[SECRET_LAST_APPLIED]));
    const m2 = copyObject(meta);
    setOwn(m2, 'annotations', annotations);
    setOwn(out, 'metadata', m2);
  }
  return out;
}

/** A shallow copy keeping every key an own data member (an own `__proto__` too), values mapped by `f`. */
function copyObject(v: Record<string, unknown>, f: (x: unknown) => unknown = (x) => x): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) setOwn(out, k, f(v[k]));
  return out;
}

function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function digestOf(v: unknown): string {
  return `sha256:${sha256Hex(typeof v === 'string' ? v : canonicalJson(v))}`;
}

/** Identifies and normalizes parsed documents; ids and notes are set by {@link assignIds}. */
export function toResources(docs: ParsedDocument[]): Resource[] {
  return docs.map((d) => {
    const k8s = k8sIdentity(d.value);
    const object = normalize(d.value, k8s);
    const r: Resource = { id: '', file: d.file, document: d.index, object, sha256: sha256Hex(canonicalJson(object)) };
    if (k8s) r.k8s = k8s;
    return r;
  });
}

/**
 * Sets each resource's id and notes over a whole set. A Kubernetes identity defined more than once
 * in the set (two sources rendering the same object) is qualified with its place,
 * `GROUP/KIND/NAMESPACE/NAME@FILE#INDEX`, and noted, so each copy is still compared with itself.
 */
export function assignIds(resources: Resource[]): void {
  const count = new Map<string, number>();
  for (const r of resources) if (r.k8s) count.set(k8sId(r.k8s), (count.get(k8sId(r.k8s)) ?? 0) + 1);
  for (const r of resources) {
    const notes: string[] = [];
    if (r.k8s) {
      const id = k8sId(r.k8s);
      const n = count.get(id) ?? 1;
      r.id = n > 1 ? `${id}@${r.file}#${r.document}` : id;
      if (n > 1) notes.push(`${id} is defined ${n} times in this set: matched by file and position`);
      if (r.k8s.namespace === '') notes.push('metadata.namespace is not set: kept as "" (cluster-scoped, or namespaced at apply time)');
    } else r.id = `${r.file}#${r.document}`;
    if (notes.length) r.notes = notes;
    else delete r.notes;
  }
}

/** A JSON object (not an array, not null). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
