import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itWith, pythonFor } from '../helpers/references.js';
import { parse as parseYaml } from 'yaml';
import { mc as run } from '../helpers/cli.js';

const root = join(import.meta.dirname, '../..');
const EX = join(root, 'examples/trajectory-golden');

/** `mc trajectory-golden ARGS`, in-process, in the repository root with an empty environment unless told. */
const mc = (args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  run(['trajectory-golden', ...args], { cwd: opts.cwd ?? root, env: opts.env ?? {} });

describe('mc trajectory-golden: CLI contract', () => {
  it('a directory of goldens against recorded trajectories: exit 0, {"match": true, "results": [...]}', async () => {
    const r = await mc([
      '--golden',
      'examples/trajectory-golden/goldens',
      '--trajectory',
      'examples/trajectory-golden/trajectories',
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.match).toBe(true);
    expect(out.results.map((x: { id: string; format: string }) => [x.id, x.format])).toEqual([
      ['flight-booking', 'openai'],
      ['react-population', 'react'],
      ['support-triage', 'otel'],
      ['weather-parallel', 'langchain'],
    ]);
  });
  itWith(['python3'], 'drift: exit 1 with per-step findings, JSON report and JUnit XML written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-cli-'));
    const r = await mc([
      '--golden',
      join(EX, 'drift/flight-booking.yaml'),
      '--trajectory',
      join(EX, 'drift/flight-booking.openai.json'),
      '--report',
      join(dir, 'r.json'),
      '--junit',
      join(dir, 'j.xml'),
      '--summary',
      join(dir, 's.md'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^DRIFT {2}flight-booking/);
    const rep = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(rep.match).toBe(false);
    const statuses = rep.results[0].steps.map((s: { status: string }) => s.status);
    expect(statuses).toContain('arg_mismatch');
    expect(readFileSync(join(dir, 'j.xml'), 'utf8')).toMatch(/<testcase name="flight-booking"[^>]*>\s*<failure message="/);
    // well-formed XML per an independent parser (Python's expat)
    const py = spawnSync(
      pythonFor('python3'),
      [
        '-c',
        'import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); print(r.get("failures"), len(r.iter("testcase").__next__().findall("failure")))',
        join(dir, 'j.xml'),
      ],
      { encoding: 'utf8' },
    );
    expect(py.stdout.trim()).toBe('1 1');
    expect(readFileSync(join(dir, 's.md'), 'utf8')).toMatch(/```diff\n/);
  });
  it('a recorded trajectory serves directly as the reference golden', async () => {
    const t = join(EX, 'trajectories/flight-booking.openai.json');
    expect((await mc(['--golden', t, '--trajectory', t])).code).toBe(0);
    expect((await mc(['--golden', t, '--trajectory', join(EX, 'trajectories/weather-parallel.langchain.json')])).code).toBe(1);
  });
  it('--mode and --tool-args override the golden', async () => {
    const g = join(EX, 'goldens/weather-parallel.yaml');
    const t = join(EX, 'trajectories/weather-parallel.langchain.json');
    expect((await mc(['--golden', g, '--trajectory', t])).code).toBe(0);
    expect((await mc(['--golden', g, '--trajectory', t, '--mode', 'strict'])).code).toBe(1);
    expect((await mc(['--golden', g, '--trajectory', t, '--tool-args', 'exact'])).code).toBe(1);
  });
  it('--compat agentevals', async () => {
    const a = join(EX, 'trajectories/weather-parallel.langchain.json');
    const r = await mc(['--golden', a, '--trajectory', a, '--compat', 'agentevals', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).compat).toBe('agentevals');
    expect((await mc(['--golden', a, '--trajectory', a, '--compat', 'agentevals', '--mode', 'in_order'])).code).toBe(2);
  });
  it('unusable input exits 2 with a message, never a stack trace', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'tg-bad-'));
    writeFileSync(join(bad, 'g.yaml'), 'id: g\nmode: sideways\nsteps: []\n');
    let r = await mc(['--golden', join(bad, 'g.yaml'), '--trajectory', join(EX, 'trajectories/flight-booking.openai.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/g\.yaml:2: mode: expected one of strict/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    r = await mc(['--golden', join(bad, 'nope.yaml'), '--trajectory', join(EX, 'trajectories')]);
    expect(r.code).toBe(2);
    r = await mc(['--golden', join(EX, 'goldens')]);
    expect(r.code).toBe(2);
    r = await mc(['--golden', join(EX, 'goldens'), '--trajectory', join(EX, 'trajectories'), '--mode', 'fuzzy']);
    expect(r.code).toBe(2);
    // a golden naming a trajectory outside the trajectory directory
    writeFileSync(join(bad, 'g.yaml'), 'id: g\ntrajectory: ../../etc/passwd\nsteps: []\n');
    r = await mc(['--golden', bad, '--trajectory', join(EX, 'trajectories')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/g\.yaml:2: trajectory: expected a regular file inside the trajectory directory/);
    // a golden without its recorded trajectory in directory mode
    writeFileSync(join(bad, 'g.yaml'), 'id: lonely\nsteps: []\n');
    r = await mc(['--golden', bad, '--trajectory', join(EX, 'trajectories')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exactly one recorded trajectory named lonely\.\*/);
  });
});

describe('--update', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-up-'));
    cpSync(join(EX, 'drift'), dir, { recursive: true });
    return dir;
  };
  it('refuses in CI unless --update-in-ci', async () => {
    const d = setup();
    const before = readFileSync(join(d, 'flight-booking.yaml'), 'utf8');
    const r = await mc(['--golden', join(d, 'flight-booking.yaml'), '--trajectory', join(d, 'flight-booking.openai.json'), '--update'], {
      env: { CI: 'true' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refuses to rewrite goldens in CI/);
    expect(readFileSync(join(d, 'flight-booking.yaml'), 'utf8')).toBe(before);
    const ok = await mc(
      ['--golden', join(d, 'flight-booking.yaml'), '--trajectory', join(d, 'flight-booking.openai.json'), '--update', '--update-in-ci'],
      { env: { CI: 'true' } },
    );
    expect(ok.code).toBe(0);
  });
  it('rewrites the golden from the trajectory, keeping the matchers and comments of unchanged steps and arguments', async () => {
    const d = setup();
    const g = join(d, 'flight-booking.yaml');
    const t = join(d, 'flight-booking.openai.json');
    expect((await mc(['--golden', g, '--trajectory', t])).code).toBe(1);
    const r = await mc(['--golden', g, '--trajectory', t, '--update']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/updated .*flight-booking\.yaml/);
    const text = readFileSync(g, 'utf8');
    expect(text).toMatch(/# Cheapest nonstop booking/); // comments kept
    const doc = parseYaml(text);
    // search_flights still matches: its matcher step is kept verbatim
    expect(doc.steps[0].action).toBe('search_flights');
    expect(doc.steps[0].observation).toEqual({ $regex: '"flight_id":"[A-Z0-9]{2}\\d{1,4}"' });
    // book_flight drifted on one argument: only that argument is re-recorded, the other matchers stay
    expect(doc.steps[1].action_input).toEqual({
      flight_id: { $regex: '^[A-Z0-9]{2}\\d{1,4}$' },
      passengers: 2,
      max_price_usd: { $numeric: { value: 220, abs: 5 } },
    });
    expect(doc.steps[1].observation).toEqual({ $regex: '"status":"confirmed"' });
    // and now it matches
    expect((await mc(['--golden', g, '--trajectory', t])).code).toBe(0);
    // a second update changes nothing
    const again = await mc(['--golden', g, '--trajectory', t, '--update']);
    expect(again.stderr).toBe('');
    expect(readFileSync(g, 'utf8')).toBe(text);
  });
});
