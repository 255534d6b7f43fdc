import { parseGoldenYaml } from '../../src/trajectory/golden.js';
import type { Step, Trajectory } from '../../src/trajectory/types.js';

/** A trajectory from [action, args, observation?] triples. */
export function traj(steps: [string, Record<string, unknown>, unknown?][], extra: Partial<Trajectory> = {}): Trajectory {
  const s: Step[] = steps.map(([action, action_input, observation]) =>
    observation === undefined ? { action, action_input } : { action, action_input, observation },
  );
  return {
    file: 'actual.json',
    format: 'openai',
    steps: s,
    messages: s.flatMap((x) => [
      { role: 'assistant', content: '', tool_calls: [{ name: x.action, args: x.action_input }] },
      { role: 'tool', content: '', tool_calls: null },
    ]),
    ...extra,
  };
}

/** A golden from YAML text. */
export function golden(yaml: string) {
  return parseGoldenYaml(yaml, 'golden.yaml');
}
