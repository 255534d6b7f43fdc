/**
 * Ignore rules ("noise rules"), in the style of Argo CD's `ignoreDifferences`
 * (argo-cd docs, user-guide/diffing.md): a rule selects resources by group, kind, name,
 * namespace (and, for non-Kubernetes documents, file) and ignores differences under RFC 6901
 * JSON pointers (`jsonPointers`, the pointer and everything below it) or pointer globs (`paths`:
 * a pointer whose segments may use `*` and `?` within one segment and `**` for any number of
 * segments; `~1` is `/` and `~0` is `~` inside a segment, as in RFC 6901).
 *
 * Built-in noise rules (on by default, `defaults: false` turns them off): the `helm.sh/chart`
 * and `app.kubernetes.io/version` labels and `checksum/*` annotations, in any `metadata`
 * (the object's and pod templates').
 *
 * Ignored changes are still reported (as ignored) but do not count for the exit code.
 */
import type { DocPath, JsonSchema, SchemaViolation } from '../core/schema.js';
import ignoreSchemaJson from '../../schemas/config-ignore.schema.json';
import type { Change } from './diff.js';
import type { Resource } from './resource.js';

/** One ignore rule. Selectors that are absent match everything; `*` globs are allowed in them. */
export interface IgnoreRule {
  /** a label for reports (`rule:` in the config file; defaults to the rule's index) */
  label?: string;
  group?: string;
  kind?: string;
  /** metadata.name (as in Argo CD) */
  name?: string;
  namespace?: string;
  /** file glob (relative POSIX path), for values files */
  file?: string;
  /** RFC 6901 pointers: the node and its subtree are ignored */
  jsonPointers?: string[];
  /** pointer globs (see module doc) */
  paths?: string[];
}

/** The ignore configuration recorded in a snapshot. */
export interface IgnoreConfig {
  /** whether the built-in noise rules apply */
  defaults: boolean;
  rules: IgnoreRule[];
}

/** The built-in noise rules. */
export const DEFAULT_RULES: IgnoreRule[] = [
  { label: 'default: helm.sh/chart label', paths: ['**/metadata/labels/helm.sh~1chart'] },
  { label: 'default: app.kubernetes.io/version label', paths: ['**/metadata/labels/app.kubernetes.io~1version'] },
  { label: 'default: checksum/* annotations', paths: ['**/metadata/annotations/checksum~1*'] },
];

/** schemas/config-ignore.schema.json, bundled (the one document, published for editors). */
const ignoreSchema = ignoreSchemaJson as JsonSchema;
const POINTER_LISTS = new Set(['jsonPointers', 'paths']);

/** The ignore rules' own wording for the pointer lists (the schema says only "array" and a pattern). */
function ignoreExpected(e: SchemaViolation, path: DocPath): string | undefined {
  const last = path[path.length - 1];
  if (e.keyword === 'required' && POINTER_LISTS.has(String((e.params as { missingProperty: string }).missingProperty)))
    return 'jsonPointers or paths';
  if (POINTER_LISTS.has(String(last)) && e.keyword === 'type') return 'a list of JSON pointers starting with /';
  if (POINTER_LISTS.has(String(last)) && e.keyword === 'minItems')
    return 'a non-empty list of JSON pointers (a rule needs jsonPointers or paths)';
  if (e.keyword === 'pattern') return 'a JSON pointer starting with / (or a ** pointer glob)';
  return undefined;
}

/**
 * Validates an ignore configuration (parsed YAML or JSON): `{ defaults?: boolean, ignoreDifferences: [rule…] }`,
 * against schemas/config-ignore.schema.json (src/core/schema.ts): unknown keys, wrong types, a pointer
 * not starting with `/` and a rule without pointers are errors; a top-level `$schema` (for editors) is allowed.
 * In a rule, `name` selects the resource by metadata.name (as in Argo CD); `rule` labels the rule.
 * An empty document means no rules (the built-ins stay on).
 * @throws InputError naming the file, the field and what was expected.
 */
export async function parseIgnoreConfig(value: unknown, source: string): Promise<IgnoreConfig> {
  if (value === null || value === undefined) return { defaults: true, rules: [] };
  // the validator (and ajv with it) is loaded on first use, not at start-up: most runs have no ignore file
  const { validateWithSchema } = await import('../core/schema.js');
  validateWithSchema(ignoreSchema, value, source, { what: 'ignore rules', expected: ignoreExpected });
  const v = value as { defaults?: boolean; ignoreDifferences?: Record<string, string | string[]>[] | null };
  const rules = (v.ignoreDifferences ?? []).map((o): IgnoreRule => {
    const rule: IgnoreRule = {};
    for (const [k, x] of Object.entries(o)) {
      if (k === 'rule') rule.label = x as string;
      else if (k === 'jsonPointers' || k === 'paths') rule[k] = x as string[];
      else rule[k as 'group' | 'kind' | 'name' | 'namespace' | 'file'] = x as string;
    }
    return rule;
  });
  return { defaults: v.defaults !== false, rules };
}

/** The rules in force: the built-ins (when on) followed by the configured ones. */
export function effectiveRules(cfg: IgnoreConfig): IgnoreRule[] {
  return [...(cfg.defaults ? DEFAULT_RULES : []), ...cfg.rules];
}

/** Label of a rule for reports. */
export function ruleLabel(rule: IgnoreRule, index: number): string {
  return rule.label ?? `rule ${index}`;
}

/**
 * The first rule that ignores `change` of `resource`, or undefined.
 * A change is ignored when its pointer (current or baseline side) lies at or under a rule pointer.
 */
export function ignoredBy(
  rules: IgnoreRule[],
  resource: Pick<Resource, 'k8s' | 'file'>,
  change: Pick<Change, 'pointer' | 'baselinePointer'>,
): IgnoreRule | undefined {
  const ptrs = [change.pointer, change.baselinePointer].filter((p): p is string => p !== undefined).map(splitPointer);
  return rules.find((r) => selects(r, resource) && ptrs.some((segs) => matchesRule(r, segs)));
}

function selects(r: IgnoreRule, res: Pick<Resource, 'k8s' | 'file'>): boolean {
  const k = res.k8s;
  const checks: [string | undefined, string | undefined][] = [
    [r.group, k?.group],
    [r.kind, k?.kind],
    [r.name, k?.name],
    [r.namespace, k?.namespace],
    [r.file, res.file],
  ];
  return checks.every(([pat, val]) => pat === undefined || (val !== undefined && globRegex(pat).test(val)));
}

function matchesRule(r: IgnoreRule, segs: string[]): boolean {
  for (const p of r.jsonPointers ?? []) {
    const ps = splitPointer(p);
    if (ps.length <= segs.length && ps.every((s, i) => s === segs[i])) return true;
  }
  for (const p of r.paths ?? []) if (globSegments(splitPointer(p.startsWith('**') ? '/' + p : p), segs)) return true;
  return false;
}

/** Splits an RFC 6901 pointer into unescaped segments ("" is the whole document). */
export function splitPointer(p: string): string[] {
  if (p === '') return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Matches pattern segments against pointer segments; the pattern also matches everything below it. */
function globSegments(pat: string[], segs: string[], pi = 0, si = 0): boolean {
  if (pi === pat.length) return true; // the subtree of a match is ignored too
  if (pat[pi] === '**') {
    for (let k = si; k <= segs.length; k++) if (globSegments(pat, segs, pi + 1, k)) return true;
    return false;
  }
  if (si === segs.length) return false;
  return globRegex(pat[pi]).test(segs[si]) && globSegments(pat, segs, pi + 1, si + 1);
}

const reCache = new Map<string, RegExp>();

/** `*` any run of characters, `?` one character, everything else literal. */
function globRegex(glob: string): RegExp {
  let re = reCache.get(glob);
  if (!re) {
    re = new RegExp(
      '^' +
        glob
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.') +
        '$',
      's',
    );
    reCache.set(glob, re);
  }
  return re;
}
