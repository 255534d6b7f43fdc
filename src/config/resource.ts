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
 * Normalization (NORMALIZER_VERSION): the document's JSON value, except that the values of a
 * Secret's `data` and `stringData` (and its `kubectl.kubernetes.io/last-applied-configuration`
 * annotation, which repeats them) are replaced by `sha256:<hex>` of the value as written, so
 * snapshots and reports never carry secret values: digests only.
 */
import { sha256Hex } from '../core/digest.js';
import { canonicalJson } from '../core/jcs.js';
import type { ParsedDocument } from './parse.js';

/** Version of the normalization rules above; recorded in every snapshot. */
export const NORMALIZER_VERSION = '1';

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

/** Applies the normalization rules (returns a new value; the input is not modified). */
export function normalize(value: unknown, k8s: K8sIdentity | undefined): unknown {
  if (!k8s || k8s.group !== '' || k8s.kind !== 'Secret' || !isPlainObject(value)) return value;
  const out: Record<string, unknown> = { ...value };
  for (const field of ['data', 'stringData']) {
    const m = out[field];
    if (isPlainObject(m)) out[field] = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, digestOf(v)]));
  }
  const meta = out.metadata as Record<string, unknown>;
  if (isPlainObject(meta.annotations) && SECRET_LAST_APPLIED in meta.annotations) {
    out.metadata = { ...meta, annotations: { ...meta.annotations, [SECRET_LAST_APPLIED]: digestOf(meta.annotations[SECRET_LAST_APPLIED]) } };
  }
  return out;
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
