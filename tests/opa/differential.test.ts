/**
 * Differential check: the Rego interop decision (policies/) against the independent TypeScript
 * reference (tests/opa/reference.ts) over generated requests, decision by decision.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePolicies, decideOne, loadPolicies } from '../../src/opa/index.js';
import { generateRequests, referenceInterop, type MCData } from './reference.js';
import { repoRoot } from './helpers.js';

describe('interop decision vs the TypeScript reference', () => {
  it('agrees on allow and on every reason code over 600 generated requests', async () => {
    const modules = await loadPolicies(['policies'], { cwd: repoRoot });
    const compiled = compilePolicies(modules);
    const data = JSON.parse(readFileSync(join(repoRoot, 'examples/opa-sim/data.json'), 'utf8'));
    const reqs = generateRequests(600, 7);
    let allowed = 0;
    const mismatches: string[] = [];
    reqs.forEach((input, i) => {
      const d = decideOne(
        compiled,
        { source: { file: 'gen', line: i + 1, index: i, kind: 'jsonl' }, input },
        { mode: { kind: 'decision', decision: 'data.mc.interop.decision' }, data },
      );
      const want = referenceInterop(input, (data as { mc: MCData }).mc);
      const got = new Set(
        d.reasons.map((r) => {
          const x = r.details as { policy: string; reason: string };
          return `${x.policy}/${x.reason}`;
        }),
      );
      if (d.outcome === 'allow') allowed++;
      const same =
        (d.outcome === 'allow') === want.allow &&
        (want.allow || JSON.stringify([...got].sort()) === JSON.stringify([...want.reasons].sort()));
      if (!same || d.outcome === 'error')
        mismatches.push(`#${i} ${JSON.stringify(input)}: rego ${d.outcome} ${[...got]} / ref ${want.allow} ${[...want.reasons]}`);
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
    // the generator exercises both sides
    expect(allowed).toBeGreaterThan(100);
    expect(allowed).toBeLessThan(500);
  });
});
