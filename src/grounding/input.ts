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
import { validateWithSchema, type DocPath, type JsonSchema, type SchemaViolation } from '../core/schema.js';
import caseSchemaJson from '../../schemas/grounding-case.schema.json';
import { sha256Hex } from '../core/digest.js';
import { readText } from '../core/fsx.js';
import type { GroundingCase, SourceContext } from './types.js';

/** schemas/grounding-case.schema.json, bundled (the one document, published for editors). */
const caseSchema = caseSchemaJson as JsonSchema;

/** The cases' own wording, per field (the schema says only "string" or "array"). */
function caseExpected(e: SchemaViolation, path: DocPath): string | undefined {
  if (path.length === 0) return e.keyword === 'type' ? 'a JSON object per line' : undefined;
  if (path.length === 2 && path[0] === 'contexts') return 'a string or an object {"id": string, "text": string}';
  if (path.length !== 1 || (e.keyword !== 'type' && e.keyword !== 'required')) return undefined;
  switch (path[0]) {
    case 'context':
      return 'a string (the source text)';
    case 'claim':
      return 'a string (the text to verify)';
    case 'contexts':
      return 'an array of {"id","text"} objects or strings';
    case 'citations':
      return 'an array of context ids';
    case 'id':
      return 'a string or a number';
    default:
      return 'a string';
  }
}

/**
 * Parses one decoded JSON object into a case: validated against schemas/grounding-case.schema.json
 * (src/core/schema.ts), then the checks a schema cannot express (context ids unique within the
 * answer, citations naming one of its contexts).
 * @throws InputError naming the file, line and field when the object matches no accepted shape.
 */
export function parseCase(obj: unknown, file: string, line: number): GroundingCase {
  const err = (field: string | undefined, expected: string, found?: string) => new InputError(file, field, expected, { line, found });
  validateWithSchema(caseSchema, obj, file, { what: 'grounding case', line, expected: caseExpected });
  const o = obj as {
    id?: string | number;
    question?: string;
    context?: string;
    claim?: string;
    contexts?: (string | { id?: string | number; text: string })[];
    answer?: string;
    citations?: (string | number)[] | null;
  };
  const id = o.id === undefined ? `line-${line}` : String(o.id);
  const question = o.question;
  // shape 3: {context, claim} (the schema's `if`)
  if (o.claim !== undefined || (o.context !== undefined && o.contexts === undefined))
    return { id, question, contexts: [{ id: 'context', text: o.context as string }], answer: o.claim as string, line };
  const seen = new Set<string>();
  const contexts: SourceContext[] = (o.contexts ?? []).map((c, i) => {
    const ctx: SourceContext =
      typeof c === 'string' ? { id: `c${i + 1}`, text: c } : { id: c.id === undefined ? `c${i + 1}` : String(c.id), text: c.text };
    if (seen.has(ctx.id)) throw err(`contexts[${i}].id`, 'a context id unique within the answer', ctx.id);
    seen.add(ctx.id);
    return ctx;
  });
  const out: GroundingCase = { id, question, contexts, answer: o.answer as string, line };
  if (o.citations !== undefined && o.citations !== null) {
    out.citations = o.citations.map(String);
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
