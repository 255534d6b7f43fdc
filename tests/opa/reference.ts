/**
 * An independent TypeScript reading of the interop policies' specification (policies/README.md
 * and the comments in policies/mc/{isolation,residency,purpose,persisted}): the reference the
 * Rego library is checked against (tests/opa/differential.test.ts) and timed against
 * (bench/opa.bench.ts). It follows Rego's truthiness: a value is "true" unless undefined or false.
 */

/** Tenant configuration and persisted-query index, as at `data.mc`. */
export interface MCData {
  tenants: Record<string, { residencyTags?: unknown; purposes?: unknown }>;
  persisted_queries: Record<string, { purposes?: unknown }>;
}

const own = (o: unknown, k: unknown): unknown =>
  o && typeof o === 'object' && !Array.isArray(o) && typeof k === 'string' && Object.prototype.hasOwnProperty.call(o, k)
    ? (o as Record<string, unknown>)[k]
    : undefined;
const truthy = (v: unknown) => v !== undefined && v !== false;
const validTenant = (t: unknown) => typeof t === 'string' && t !== '';
const PQ = /^pq\.[A-Za-z][A-Za-z0-9_]*$/;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** One package's decision: `allow`, and the reason codes as `policy/reason`. */
export interface ReferenceDecision {
  allow: boolean;
  reasons: Set<string>;
}

/** mc.isolation: both tenants present and equal. */
export function referenceIsolation(input: Record<string, unknown>): ReferenceDecision {
  const reasons = new Set<string>();
  const actor = own(own(input, 'actor'), 'tenant');
  const subject = own(own(input, 'subject'), 'tenant');
  if (!validTenant(actor)) reasons.add('mc.isolation/actor_tenant_missing');
  if (!validTenant(subject)) reasons.add('mc.isolation/subject_tenant_missing');
  if (validTenant(actor) && validTenant(subject) && actor !== subject) reasons.add('mc.isolation/cross_tenant_access');
  return { allow: validTenant(actor) && actor === subject && reasons.size === 0, reasons };
}

/** mc.residency: the region among the subject tenant's residency tags. */
export function referenceResidency(input: Record<string, unknown>, data: MCData): ReferenceDecision {
  const subject = own(own(input, 'subject'), 'tenant');
  const region = own(input, 'region');
  const tenantCfg = own(data.tenants, subject);
  const known = truthy(tenantCfg);
  const tagsRaw = own(tenantCfg, 'residencyTags');
  const tags = tagsRaw === undefined ? [] : tagsRaw;
  const tagsValid = Array.isArray(tags) && tags.length > 0;
  const reasons = new Set<string>();
  if (typeof region !== 'string') reasons.add('mc.residency/region_missing');
  if (!known) reasons.add('mc.residency/tenant_unknown');
  if (known && !tagsValid) reasons.add('mc.residency/residency_tags_missing');
  if (tagsValid && typeof region === 'string' && !(tags as unknown[]).includes(region)) reasons.add('mc.residency/residency_violation');
  return { allow: typeof region === 'string' && arr(tags).includes(region) && reasons.size === 0, reasons };
}

/** mc.purpose: the purpose declared by the tenant and, when the persisted query names purposes, by the query. */
export function referencePurpose(input: Record<string, unknown>, data: MCData): ReferenceDecision {
  const subject = own(own(input, 'subject'), 'tenant');
  const purpose = own(input, 'purpose');
  const pqid = own(input, 'pqid');
  const declared = own(own(data.tenants, subject), 'purposes') ?? [];
  const queryPurposes = own(own(data.persisted_queries, pqid), 'purposes');
  const restricts = Array.isArray(queryPurposes);
  const permits = !restricts || (typeof purpose === 'string' && (queryPurposes as unknown[]).includes(purpose));
  const reasons = new Set<string>();
  if (typeof purpose !== 'string') reasons.add('mc.purpose/purpose_missing');
  if (typeof purpose === 'string' && !arr(declared).includes(purpose)) reasons.add('mc.purpose/purpose_not_declared');
  if (typeof purpose === 'string' && restricts && !permits) reasons.add('mc.purpose/purpose_not_permitted_for_query');
  return { allow: typeof purpose === 'string' && arr(declared).includes(purpose) && permits && reasons.size === 0, reasons };
}

/** mc.persisted: a well-formed persisted query id in the index, no raw query. */
export function referencePersisted(input: Record<string, unknown>, data: MCData): ReferenceDecision {
  const pqid = own(input, 'pqid');
  const wellFormed = typeof pqid === 'string' && PQ.test(pqid);
  const indexed = wellFormed && own(data.persisted_queries, pqid) !== undefined;
  const reasons = new Set<string>();
  if (truthy(own(input, 'query'))) reasons.add('mc.persisted/raw_query_refused');
  if (!truthy(pqid)) reasons.add('mc.persisted/pqid_missing');
  if (truthy(pqid) && !wellFormed) reasons.add('mc.persisted/pqid_malformed');
  if (wellFormed && !indexed) reasons.add('mc.persisted/pqid_unknown');
  return { allow: wellFormed && indexed && reasons.size === 0, reasons };
}

/** The interop decision: all four packages allow; the reason codes of all four. */
export function referenceInterop(input: Record<string, unknown>, data: MCData): ReferenceDecision {
  const parts = [
    referenceIsolation(input),
    referenceResidency(input, data),
    referencePurpose(input, data),
    referencePersisted(input, data),
  ];
  const reasons = new Set<string>();
  for (const p of parts) for (const r of p.reasons) reasons.add(r);
  return { allow: parts.every((p) => p.allow), reasons };
}

/** A small deterministic PRNG (mulberry32) so generated inputs are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates interop requests over the example tenants: mostly well-formed and allowed, with
 * every failure the policies know (and malformed fields: missing, empty, null, numbers).
 */
export function generateRequests(n: number, seed = 42): Record<string, unknown>[] {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const tenants = ['TENANT_001', 'TENANT_002', 'TENANT_006', 'TENANT_007'];
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const t = pick(tenants);
    const req: Record<string, unknown> = {
      actor: { tenant: t, id: `agent:${i % 17}` },
      subject: { tenant: rnd() < 0.85 ? t : pick([...tenants, 'TENANT_999', '']), kind: pick(['execution', 'workflow']), id: `res-${i}` },
      action: { kind: pick(['a2a', 'tool']), resource: pick(['graph.query', 'code-refactor']) },
      region: rnd() < 0.8 ? (t === 'TENANT_007' ? 'EU' : 'US') : pick(['US', 'EU', 'UK', 'us', null]),
      purpose: rnd() < 0.8 ? 'investigation' : pick(['fraud_review', 'support', 'marketing', 42]),
      pqid:
        rnd() < 0.85
          ? pick(['pq.getPersonById', 'pq.searchEntitiesByName', 'pq.listExecutions'])
          : pick(['pq.exportAllPeople', 'getPersonById', null, 7, '']),
    };
    const r = rnd();
    if (r < 0.03) delete req.region;
    else if (r < 0.06) delete req.purpose;
    else if (r < 0.09) delete req.pqid;
    else if (r < 0.11) req.query = '{ people { id ssn } }';
    else if (r < 0.12) delete req.actor;
    out.push(req);
  }
  return out;
}
