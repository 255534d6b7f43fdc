/**
 * The one step model every trajectory format is normalized into (ReAct's Reason / Act / Observe,
 * Yao et al. 2022, "ReAct: Synergizing Reasoning and Acting in Language Models"):
 * one tool call with the reasoning that led to it and the tool's result.
 */

/** One Reason/Act/Observe step. */
export interface Step {
  /** the model's reasoning before the call (ReAct `Thought:`, assistant text next to a tool call); undefined when the format has none */
  thought?: string;
  /** the tool name (ReAct `Action:`, OpenAI `function.name`, OTel `gen_ai.tool.name`) */
  action: string;
  /** the tool arguments as a JSON object (OpenAI's JSON-string `arguments` parsed) */
  action_input: Record<string, unknown>;
  /** the tool result (ReAct `Observation:`, OpenAI `tool` message content, OTel `gen_ai.tool.call.result`); undefined when not recorded */
  observation?: unknown;
  /** tool call id when the format has one (OpenAI `tool_calls[].id`, OTel `gen_ai.tool.call.id`) */
  id?: string;
}

/**
 * A chat message in the OpenAI shape agentevals normalizes to (roles `user`, `assistant`,
 * `tool`, `system`), with tool calls already decoded to `{name, args}`. Kept for
 * `--compat agentevals`, whose strict mode compares message roles and per-message tool calls.
 */
export interface CompatMessage {
  role: string;
  content: string;
  /**
   * null when the message carries no tool calls; `[]` for an OpenAI message with an empty
   * `tool_calls` list (agentevals' strict mode tells the two apart: a presence mismatch)
   */
  tool_calls: { name: string; args: Record<string, unknown> }[] | null;
}

/** Input formats an adapter understands. */
export type TrajectoryFormat = 'openai' | 'langchain' | 'otel' | 'react';

/** A recorded agent run, normalized. */
export interface Trajectory {
  /** the file it came from (as given), for reports */
  file: string;
  format: TrajectoryFormat;
  steps: Step[];
  /** the final answer (last assistant text without tool calls, ReAct `Final Answer:`), when present */
  final_answer?: string;
  /** the first user message / ReAct `Question:`, when present */
  input?: string;
  /** the message view used by `--compat agentevals` */
  messages: CompatMessage[];
}
