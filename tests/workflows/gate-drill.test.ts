// This repository's own drill (.github/workflows/gate-drill.yml), its tamper steps run through the
// harness with the local ./actions/evidence-pack (the main-job step is `npm run demo`, run by CI
// itself): the default tamper file is in the pack, one byte of it changes in place, and the
// rejection must name it. With a broken verify the drill fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWith } from '../helpers/references.js';
import { brokenAction, workspace } from './fixtures.js';
import { explain, loadWorkflow, runWorkflow, type Workflow } from './steps.js';

/** gate-drill.yml without its main-job step (npm ci && npm run demo: CI runs that on its own). */
function drill(): Workflow {
  const wf = loadWorkflow('.github/workflows/gate-drill.yml');
  const steps = wf.jobs.drill.steps!.filter((s) => s.name !== 'Main job with its asserted failures');
  expect(steps).toHaveLength(wf.jobs.drill.steps!.length - 1);
  return { ...wf, jobs: { drill: { ...wf.jobs.drill, steps } } };
}

describeWith(['jq'], 'gate-drill.yml (this repository)', () => {
  it('the default tamper file is packed; the changed byte is rejected naming it', async () => {
    const ws = workspace({ examples: 'examples' });
    const before = readFileSync(join(ws, 'examples/opa-sim/data.json'));
    const r = await runWorkflow(drill(), { workspace: ws });
    expect(r.result, explain(r)).toBe('success');
    expect(readFileSync(join(ws, 'examples/opa-sim/data.json')).length).toBe(before.length); // changed in place, not appended
    const rep = JSON.parse(readFileSync(join(ws, 'out/drill-verify.json'), 'utf8'));
    expect(rep.files.mismatched.map((m: { path: string }) => m.path)).toEqual(['examples/opa-sim/data.json']);
    expect(rep.files.unexpected).toEqual([]);
  });

  it('fails when verification is broken', async () => {
    const broken = brokenAction('evidence-pack', { input: 'mode', value: 'verify' }, { files: { mismatched: [] } });
    const wf = drill();
    for (const s of wf.jobs.drill.steps!) if (s.uses === './actions/evidence-pack') s.uses = 'mc/evidence-pack@v1';
    const r = await runWorkflow(wf, { workspace: workspace({ examples: 'examples' }), actions: { 'evidence-pack': broken } });
    expect(r.result).toBe('failure');
    expect(r.jobs.drill.steps.at(-1)?.log).toContain('a tampered evidence pack was not rejected');
  });
});
