/**
 * Reads grounding cases from JSONL (one JSON object per line; blank lines and lines starting with
 * `#` or `//` are skipped). Accepted shapes, normalized to {@link GroundingCase}:
 * 1. `{"id", "question", "contexts": [{"id", "text"}], "answer", "citations": [context ids]}`
 *    (`citations` optional: absent means every context counts as cited);
 * 2. the common RAG-eval shape `{"question", "contexts": ["..."], "answer"}` (RAGAS, DeepEval);
 *    contexts get ids `c1`, `c2`, ...;
 * 3. `{"context": "...", "claim": "..."}` (claim-verification sets such as SummEdits, LLM-AggreFact).
 * Missing ids become `line-N`.
 */
import { InputError } from '../core/errors.js';
import { sha256Hex } from '../core/digest.js';
import { readText } from '../core/fsx.js';
import type { GroundingCase, SourceContext } from './types.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses one decoded JSON object into a case.
 * @throws InputError naming the file, line and field when the object matches no accepted shape.
 */
export function parseCase(obj: unknown, file: string, line: number): GroundingCase {
  const err = (field: string | undefined, expected: string, found?: string) => new InputError(file, field, expected, { line, found });
  if (!isObj(obj)) throw err(undefined, 'a JSON object per line');
  const id = obj.id === undefined ? `line-${line}` : typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : undefined;
  if (id === undefined) throw err('id', 'a string');
  if (obj.question !== undefined && typeof obj.question !== 'string') throw err('question', 'a string');
  const question = obj.question as string | undefined;
  // shape 3: {context, claim}
  if (obj.claim !== undefined || (obj.context !== undefined && obj.contexts === undefined)) {
    if (typeof obj.context !== 'string') throw err('context', 'a string (the source text)');
    if (typeof obj.claim !== 'string') throw err('claim', 'a string (the text to verify)');
    return { id, question, contexts: [{ id: 'context', text: obj.context }], answer: obj.claim, line };
  }
  if (!Array.isArray(obj.contexts)) throw err('contexts', 'an array of {"id","text"} objects or strings');
  if (typeof obj.answer !== 'string') throw err('answer', 'a string');
  const seen = new Set<string>();
  const contexts: SourceContext[] = obj.contexts.map((c, i) => {
    let ctx: SourceContext;
    if (typeof c === 'string') ctx = { id: `c${i + 1}`, text: c };
    else if (isObj(c) && typeof c.text === 'string' && (typeof c.id === 'string' || typeof c.id === 'number' || c.id === undefined))
      ctx = { id: c.id === undefined ? `c${i + 1}` : String(c.id), text: c.text };
    else throw err(`contexts[${i}]`, 'a string or an object {"id": string, "text": string}');
    if (seen.has(ctx.id)) throw err(`contexts[${i}].id`, 'a context id unique within the answer', ctx.id);
    seen.add(ctx.id);
    return ctx;
  });
  const out: GroundingCase = { id, question, contexts, answer: obj.answer, line };
  if (obj.citations !== undefined && obj.citations !== null) {
    if (!Array.isArray(obj.citations) || !obj.citations.every((c) => typeof c === 'string' || typeof c === 'number'))
      throw err('citations', 'an array of context ids');
    out.citations = obj.citations.map(String);
    out.citations.forEach((c, i) => {
      if (!seen.has(c)) throw err(`citations[${i}]`, `the id of one of this answer's contexts (${[...seen].join(', ')})`, c);
    });
  }
  return out;
}

/**
 * Parses JSONL text into cases.
 * @throws InputError for a line that is not JSON or not an accepted shape, for duplicate ids, or when there are no cases.
 */
export function parseCases(text: string, file: string): GroundingCase[] {
  const out: GroundingCase[] = [];
  const ids = new Set<string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!raw || raw.startsWith('#') || raw.startsWith('//')) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch {
      throw new InputError(file, undefined, 'one JSON object per line (JSONL)', {
        line: i + 1,
        found: raw.length > 40 ? `${raw.slice(0, 40)}...` : raw,
      });
    }
    const c = parseCase(obj, file, i + 1);
    if (ids.has(c.id)) throw new InputError(file, 'id', 'ids unique within the file', { line: i + 1, found: c.id });
    ids.add(c.id);
    out.push(c);
  }
  if (!out.length) throw new InputError(file, undefined, 'at least one case (JSONL, one answer per line)', { found: 'no cases' });
  return out;
}

/**
 * Reads and parses a cases file.
 * @param path the file to read; @param name how to name it in messages and in the report (default: path).
 * @returns the cases and the file's name and SHA-256 (the attestation subject).
 * @throws InputError when the file is missing, unreadable or malformed.
 */
export async function readCasesFile(
  path: string,
  name = path,
): Promise<{ cases: GroundingCase[]; input: { file: string; sha256: string } }> {
  const text = await readText(path, 'cases file (JSONL)');
  return { cases: parseCases(text, name), input: { file: name, sha256: sha256Hex(text) } };
}
