import { describe, expect, it } from 'vitest';
import { parseCases } from '../../src/grounding/input.js';
import { InputError } from '../../src/core/errors.js';

describe('input shapes', () => {
  it('accepts the native shape, the RAG-eval shape and the context/claim shape', () => {
    const text = [
      JSON.stringify({
        id: 'a',
        question: 'q',
        contexts: [
          { id: 'd1', text: 'x' },
          { id: 'd2', text: 'y' },
        ],
        answer: 'x',
        citations: ['d2'],
      }),
      '',
      '# a comment',
      JSON.stringify({ question: 'q', contexts: ['first', 'second'], answer: 'first' }),
      JSON.stringify({ context: 'source text', claim: 'a claim' }),
    ].join('\n');
    const cases = parseCases(text, 'cases.jsonl');
    expect(cases).toEqual([
      {
        id: 'a',
        question: 'q',
        contexts: [
          { id: 'd1', text: 'x' },
          { id: 'd2', text: 'y' },
        ],
        answer: 'x',
        citations: ['d2'],
        line: 1,
      },
      {
        id: 'line-4',
        question: 'q',
        contexts: [
          { id: 'c1', text: 'first' },
          { id: 'c2', text: 'second' },
        ],
        answer: 'first',
        line: 4,
      },
      { id: 'line-5', question: undefined, contexts: [{ id: 'context', text: 'source text' }], answer: 'a claim', line: 5 },
    ]);
  });

  it.each([
    ['not json', '{"id": "a", ', 'cases.jsonl:1: expected one JSON object per line (JSONL)'],
    ['missing answer', '{"id":"a","contexts":["x"]}', 'cases.jsonl:1: answer: expected a string'],
    ['bad context', '{"id":"a","contexts":[3],"answer":"x"}', 'cases.jsonl:1: contexts[0]: expected a string or an object'],
    [
      'unknown citation',
      '{"id":"a","contexts":[{"id":"d1","text":"x"}],"answer":"x","citations":["d9"]}',
      "cases.jsonl:1: citations[0]: expected the id of one of this answer's contexts (d1) (found d9)",
    ],
    [
      'duplicate id',
      '{"context":"x","claim":"y","id":"a"}\n{"context":"x","claim":"y","id":"a"}',
      'cases.jsonl:2: id: expected ids unique within the file (found a)',
    ],
    ['empty', '\n\n', 'cases.jsonl: expected at least one case'],
    ['claim without context', '{"claim":"y"}', 'cases.jsonl:1: context: expected a string'],
  ])('refuses %s with file, line and field', (_name, text, message) => {
    let err: unknown;
    try {
      parseCases(text, 'cases.jsonl');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message.startsWith(message)).toBe(true);
  });
});
