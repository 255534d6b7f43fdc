// Ratchet: the OPA conformance corpus (OPA's own YAML cases) must not regress below the
// pass rates reached. Runs every P0 and P1 directory (about 1,300 cases, a few seconds).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConformance, readGroups } from '../../src/rego/conformance.js';

const ROOT = process.env.OPA_CONFORMANCE ?? resolve(__dirname, '../../../shared/conformance/opa');
const have = existsSync(resolve(ROOT, 'v1'));

// pass counts reached (P0 771/778, P1 552/560); raise them when more cases pass
const FLOOR = { P0: 771, P1: 552 } as const;

describe.skipIf(!have)('OPA conformance ratchet', () => {
  const groups = readGroups(ROOT);
  for (const prio of ['P0', 'P1'] as const) {
    it(`${prio} directories pass at least ${FLOOR[prio]} cases`, () => {
      const dirs = [...groups].filter(([, p]) => p === prio).map(([d]) => d);
      const reps = runConformance(ROOT, dirs);
      const pass = reps.reduce((n, r) => n + r.pass, 0);
      const total = reps.reduce((n, r) => n + r.pass + r.fail + r.skip, 0);
      expect(total).toBeGreaterThan(500);
      expect(pass).toBeGreaterThanOrEqual(FLOOR[prio]);
      expect(pass / total).toBeGreaterThanOrEqual(prio === 'P0' ? 0.98 : 0.9);
    });
  }
});
