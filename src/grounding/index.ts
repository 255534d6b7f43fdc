/**
 * grounding-check: reject RAG answers that their sources do not support. Public API of the domain core.
 */
export * from './types.js';
export * from './settings.js';
export { normalizeText, MAX_TOKEN_LENGTH } from './nlp.js';
export { checkAnswer, answerVerdict, VERDICT_RANK } from './check.js';
export { parseCase, parseCases, readCasesFile } from './input.js';
export { runGate, checkAnswerSafely, GROUNDING_PREDICATE_TYPE, type GateOptions, type GroundingReport } from './gate.js';
export { Judge, completionsUrl, judgeKey, parseJudgeReply, JUDGE_PROMPT_VERSION, type JudgeOptions, type JudgeRecord } from './judge.js';
export { summaryMarkdown, junitReport, textReport, groundingStatement, writeOutputs, worstClaims, type OutputPaths } from './render.js';
export { extractQuantities, extractIdentifiers, quantitySupported, parseNumber, type Quantity, type Identifier } from './quantities.js';
