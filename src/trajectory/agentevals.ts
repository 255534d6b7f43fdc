/**
 * `--compat agentevals`: the trajectory match evaluators of LangChain's agentevals
 * (`create_trajectory_match_evaluator` / `createTrajectoryMatchEvaluator`, trajectory_match_mode
 * strict | unordered | subset | superset, tool_args_match_mode exact | ignore | subset | superset,
 * tool_args_match_overrides), reproduced as their source and tests describe, so a team can migrate
 * and see the same verdicts. That includes the behaviours our default mode deliberately changes:
 *
 * - greedy first-fit assignment: each reference call takes the first unused output call with the
 *   same name whose arguments match, so a valid pairing can be missed;
 * - `subset` calls the superset check with the arguments swapped, so tool-argument matchers read
 *   `matcher(reference_args, output_args)`;
 * - `strict` compares message count and roles position by position and, within one message, pairs
 *   tool calls in any order (greedy); message content is not compared;
 * - argument equality is deep equality of the parsed JSON (agentevals JS `_deepEqual`).
 */
import type { CompatMessage } from './types.js';
import type { ToolArgsMode } from './matchers.js';

/** agentevals' trajectory match modes. */
export type AgentevalsMode = 'strict' | 'unordered' | 'subset' | 'superset';

/** Per-tool override: a mode, or a list of dotted key paths compared for equality. */
export type AgentevalsOverride = ToolArgsMode | string[];

type Args = Record<string, unknown>;
type Matcher = (toolCall: Args, referenceToolCall: Args) => boolean;

/** Deep equality of JSON values (null equals undefined), as agentevals JS `_deepEqual`. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a == null && b == null) return true;
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Args)[k], (b as Args)[k]));
}

const has = (o: Args, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function modeMatcher(mode: ToolArgsMode): Matcher {
  switch (mode) {
    case 'exact':
      return (t, r) => deepEqual(t, r);
    case 'subset': // every key-value pair of the tool call exists in the reference call
      return (t, r) => Object.entries(t).every(([k, v]) => has(r, k) && deepEqual(r[k], v));
    case 'superset': // every key-value pair of the reference call exists in the tool call
      return (t, r) => Object.entries(r).every(([k, v]) => has(t, k) && deepEqual(t[k], v));
    case 'ignore':
      return () => true;
  }
}

function nested(d: Args, keyPath: string): unknown {
  let cur: unknown = d;
  for (const part of keyPath.split('.')) {
    // own members only: `constructor` or `toString` must not resolve to Object.prototype's
    if (cur && typeof cur === 'object' && !Array.isArray(cur) && Object.prototype.hasOwnProperty.call(cur, part)) cur = (cur as Args)[part];
    else return undefined;
  }
  return cur;
}

function matcherFor(name: string, mode: ToolArgsMode, overrides: Record<string, AgentevalsOverride>): Matcher {
  const o = Object.prototype.hasOwnProperty.call(overrides, name) ? overrides[name] : undefined;
  if (typeof o === 'string') return modeMatcher(o);
  if (Array.isArray(o)) return (t, r) => o.every((k) => deepEqual(nested(t, k), nested(r, k)));
  return modeMatcher(mode);
}

function toolCalls(messages: CompatMessage[]): { name: string; args: Args }[] {
  return messages.flatMap((m) => m.tool_calls ?? []);
}

/** agentevals `_is_trajectory_superset(outputs, reference_outputs, ...)`: greedy, first fit. */
function isSuperset(
  outputs: CompatMessage[],
  reference: CompatMessage[],
  mode: ToolArgsMode,
  overrides: Record<string, AgentevalsOverride>,
): { ok: boolean; comment?: string } {
  const out = toolCalls(outputs);
  const ref = toolCalls(reference);
  const used = new Set<number>();
  for (const rc of ref) {
    let found = false;
    for (let i = 0; i < out.length; i++) {
      if (out[i].name !== rc.name || used.has(i)) continue;
      if (matcherFor(rc.name, mode, overrides)(out[i].args, rc.args)) {
        used.add(i);
        found = true;
        break;
      }
    }
    if (!found)
      return {
        ok: false,
        comment: `Missing tool call: expected tool "${rc.name}" with arguments ${JSON.stringify(rc.args)} but no matching call found in output trajectory`,
      };
  }
  return { ok: true };
}

function strict(
  outputs: CompatMessage[],
  reference: CompatMessage[],
  mode: ToolArgsMode,
  overrides: Record<string, AgentevalsOverride>,
): { ok: boolean; comment?: string } {
  if (outputs.length !== reference.length)
    return { ok: false, comment: `Trajectory length mismatch: expected ${reference.length} messages but got ${outputs.length}` };
  for (let s = 0; s < outputs.length; s++) {
    const o = outputs[s];
    const r = reference[s];
    if (o.role !== r.role) return { ok: false, comment: `Role mismatch at step ${s}: expected "${r.role}" but got "${o.role}"` };
    if ((o.tool_calls !== null) !== (r.tool_calls !== null)) return { ok: false, comment: `Tool call presence mismatch at step ${s}` };
    if (o.tool_calls && r.tool_calls) {
      if (o.tool_calls.length !== r.tool_calls.length)
        return {
          ok: false,
          comment: `Tool call count mismatch at step ${s}: expected ${r.tool_calls.length} but got ${o.tool_calls.length}`,
        };
      const seen = new Array(r.tool_calls.length).fill(false);
      for (const oc of o.tool_calls) {
        let found = false;
        for (let i = 0; i < r.tool_calls.length; i++) {
          if (!seen[i] && oc.name === r.tool_calls[i].name && matcherFor(oc.name, mode, overrides)(oc.args, r.tool_calls[i].args)) {
            seen[i] = true;
            found = true;
            break;
          }
        }
        if (!found)
          return {
            ok: false,
            comment: `Tool call mismatch at step ${s}: no matching tool call found for ${oc.name} with arguments ${JSON.stringify(oc.args)}`,
          };
      }
    }
  }
  return { ok: true };
}

/**
 * Scores outputs against reference_outputs exactly as agentevals' trajectory match evaluator.
 * @param toolArgs tool_args_match_mode (agentevals default: exact)
 * @returns `ok` (agentevals' boolean score) and agentevals-style comment on failure.
 */
export function agentevalsMatch(
  outputs: CompatMessage[],
  reference: CompatMessage[],
  mode: AgentevalsMode,
  toolArgs: ToolArgsMode = 'exact',
  overrides: Record<string, AgentevalsOverride> = {},
): { ok: boolean; comment?: string } {
  switch (mode) {
    case 'strict':
      return strict(outputs, reference, toolArgs, overrides);
    case 'superset':
      return isSuperset(outputs, reference, toolArgs, overrides);
    case 'subset': {
      // agentevals: _is_trajectory_superset(reference_outputs, outputs, ...) — arguments swapped
      const r = isSuperset(reference, outputs, toolArgs, overrides);
      return r.ok ? r : { ok: false, comment: `Output has extra tool calls that are not in the reference: ${r.comment}` };
    }
    case 'unordered': {
      const a = isSuperset(outputs, reference, toolArgs, overrides);
      if (!a.ok) return a;
      const b = isSuperset(reference, outputs, toolArgs, overrides);
      return b.ok ? b : { ok: false, comment: `Output has extra tool calls: ${b.comment}` };
    }
  }
}
