// Ratchet: the OPA conformance corpus (OPA's own YAML cases) must not regress below the
// pass counts reached. Runs every P0..P3 directory (about 1,900 cases, a few seconds).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConformance, readGroups } from '../../src/rego/conformance.js';

const ROOT = process.env.OPA_CONFORMANCE ?? resolve(__dirname, '../../conformance/opa');
const have = existsSync(resolve(ROOT, 'v1'));

// pass counts reached (P0 778/778, P1 559/560, P2 390/391, P3 164/173); raise them when more pass
const FLOOR = { P0: 778, P1: 559, P2: 390, P3: 164 } as const;
const RATE = { P0: 0.98, P1: 0.9, P2: 0.9, P3: 0.75 } as const;

describe.skipIf(!have)('OPA conformance ratchet', () => {
  const groups = readGroups(ROOT);
  for (const prio of ['P0', 'P1', 'P2', 'P3'] as const) {
    it(`${prio} directories pass at least ${FLOOR[prio]} cases`, () => {
      const dirs = [...groups].filter(([, p]) => p === prio).map(([d]) => d);
      const reps = runConformance(ROOT, dirs);
      const pass = reps.reduce((n, r) => n + r.pass, 0);
      const total = reps.reduce((n, r) => n + r.pass + r.fail + r.skip, 0);
      expect(total).toBeGreaterThan(150);
      expect(pass).toBeGreaterThanOrEqual(FLOOR[prio]);
      expect(pass / total).toBeGreaterThanOrEqual(RATE[prio]);
    });
  }
});
