import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBuiltAction } from '../harness/runner.js';

const EX = join(repoRoot, 'examples/trajectory-golden');
const workspace = () => {
  const ws = mkdtempSync(join(tmpdir(), 'tg-ws-'));
  cpSync(EX, join(ws, 'traj'), { recursive: true });
  return ws;
};

describe('mc/trajectory-golden action (bundle, runner contract)', () => {
  it('passes on the example goldens: outputs, summary, report, exit 0', async () => {
    const ws = workspace();
    const r = await runBuiltAction('trajectory-golden', {
      workspace: ws,
      inputs: { golden: 'traj/goldens', trajectory: 'traj/trajectories', junit: 'out/junit.xml' },
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ match: 'true', goldens: '4', drifted: '0', report: 'trajectory-golden-report.json' });
    expect(JSON.parse(r.outputs.results)).toHaveLength(4);
    expect(r.summary).toMatch(/Trajectory goldens: ✅ all match/);
    expect(JSON.parse(readFileSync(join(ws, 'trajectory-golden-report.json'), 'utf8')).match).toBe(true);
    expect(readFileSync(join(ws, 'out/junit.xml'), 'utf8')).toMatch(/<testsuites tests="4" failures="0"/);
  });
  it('drift fails the job (exit 1) with an error annotation on the golden step line', async () => {
    const ws = workspace();
    const r = await runBuiltAction('trajectory-golden', {
      workspace: ws,
      inputs: { golden: 'traj/drift/flight-booking.yaml', trajectory: 'traj/drift/flight-booking.openai.json' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.match).toBe('false');
    const a = r.annotations.find((x) => x.props.title?.startsWith('trajectory arg_mismatch'));
    expect(a).toBeDefined();
    expect(a!.props.file).toBe('traj/drift/flight-booking.yaml');
    expect(a!.props.line).toBe('16');
    expect(a!.message).toMatch(/\$\.action_input\.passengers expected exact 1, found 2/);
    expect(r.summary).toMatch(/```diff/);
  });
  it('unusable input exits 2 with an annotation, no stack trace', async () => {
    const ws = workspace();
    const r = await runBuiltAction('trajectory-golden', {
      workspace: ws,
      inputs: { golden: 'traj/goldens', trajectory: 'traj/trajectories', mode: 'sideways' },
    });
    expect(r.exitCode).toBe(2);
    expect(r.annotations[0].message).toMatch(/input 'mode': expected one of strict/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
  it('update: true rewrites the drifted golden and passes', async () => {
    const ws = workspace();
    const r = await runBuiltAction('trajectory-golden', {
      workspace: ws,
      inputs: { golden: 'traj/drift/flight-booking.yaml', trajectory: 'traj/drift/flight-booking.openai.json', update: 'true' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.updated).toBe('traj/drift/flight-booking.yaml');
    expect(readFileSync(join(ws, 'traj/drift/flight-booking.yaml'), 'utf8')).toMatch(/passengers: 2/);
  });

  it('tool-args-override (one per line) with compat and a recorded reference; a bad line is exit 2 naming the input', async () => {
    const ws = workspace();
    const inputs = {
      golden: 'traj/trajectories/flight-booking.openai.json',
      trajectory: 'traj/drift/flight-booking.openai.json',
      compat: 'agentevals',
    };
    expect((await runBuiltAction('trajectory-golden', { workspace: ws, inputs })).exitCode).toBe(1);
    const ok = await runBuiltAction('trajectory-golden', {
      workspace: ws,
      inputs: { ...inputs, 'tool-args-override': 'book_flight=flight_id,max_price_usd\nsearch_flights=exact' },
    });
    expect(ok.exitCode, ok.stdout).toBe(0);
    expect(
      (
        await runBuiltAction('trajectory-golden', {
          workspace: ws,
          inputs: { ...inputs, 'tool-args-override': 'book_flight=flight_id,passengers' },
        })
      ).exitCode,
    ).toBe(1);
    const bad = await runBuiltAction('trajectory-golden', { workspace: ws, inputs: { ...inputs, 'tool-args-override': 'book_flight' } });
    expect(bad.exitCode).toBe(2);
    expect(bad.annotations.map((a) => a.message).join('\n')).toContain("input 'tool-args-override': expected TOOL=MODE");
  });
});
