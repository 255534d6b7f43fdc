/**
 * trajectory-golden: agent trajectories (OpenAI chat, LangChain messages, OpenTelemetry GenAI
 * spans, ReAct logs) checked against golden YAML; drift fails the gate.
 */
export * from './types.js';
export * from './matchers.js';
export * from './adapters.js';
export * from './golden.js';
export * from './assign.js';
export * from './compare.js';
export * from './agentevals.js';
export * from './run.js';
export * from './report.js';
export * from './update.js';
