/**
 * No input crashes the checker (issue 20, behaviour 1), and its cost is linear in the input (issue 19,
 * item 13). Property tests with fast-check over random Unicode text, English contractions (with and
 * without apostrophes) and punctuation; a failing answer is isolated (`unverified` with the reason).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkAnswer } from '../../src/grounding/check.js';
import { analyze, MAX_TOKEN_LENGTH } from '../../src/grounding/nlp.js';
import { checkAnswerSafely, runGate } from '../../src/grounding/gate.js';
import { DEFAULT_THRESHOLDS, type GroundingCase } from '../../src/grounding/types.js';

const CONTRACTIONS = [
  'cannot',
  'can not',
  "can't",
  'cant',
  "don't",
  'dont',
  "won't",
  'wont',
  "doesn't",
  'doesnt',
  "isn't",
  'isnt',
  'arent',
  'wasnt',
  'didnt',
  "it's",
  'its',
  "I'm",
  'im',
  'ive',
  "shan't",
  "y'all",
  "'tis",
  "o'clock",
  'gonna',
  'wanna',
  'aint',
];
const PUNCT = [
  '.',
  ',',
  '!',
  '?',
  ';',
  ':',
  '...',
  '…',
  '"',
  "'",
  '(',
  ')',
  '-',
  '—',
  '/',
  '\n',
  '\n\n',
  ' ',
  '  ',
  '’',
  '“',
  '”',
  '$',
  '%',
  '@',
  '#',
  '*',
];
const WORDS = [
  'The',
  'refund',
  'window',
  'is',
  '30',
  'days',
  'Acme',
  'Northern Bank',
  'v2.10.1',
  '3.5',
  'e.g.',
  'Dr.',
  'May',
  'not',
  'no',
  'never',
  'only',
  'non-refundable',
  '2 TiB',
  '2,048 GiB',
  '20%',
  '$40',
  '１００',
  '٩٠٠',
  'x@y.io',
  'https://a.b/c',
  'May 6 to May 10, 2024',
  'September 12-14',
  '7.0 and above',
  'below 3.0',
  'in total',
  'more seats than',
  'after',
  'both',
  'third',
  '3rd',
  'Smith.12',
  '90 days',
  'per second',
  '0',
  '1e308',
  'NaN',
];

/** A text built from contractions, punctuation, words and arbitrary Unicode strings. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...CONTRACTIONS),
      fc.constantFrom(...PUNCT),
      fc.constantFrom(...WORDS),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

const caseOf = (context: string, answer: string, question?: string): GroundingCase => ({
  id: 'f',
  contexts: [{ id: 'c', text: context }],
  answer,
  ...(question === undefined ? {} : { question }),
});

describe('no input crashes the checker', () => {
  it('the reported minimal case: "cannot" and apostrophe-less contractions before punctuation', () => {
    const r = checkAnswer({
      id: 'x',
      contexts: [{ id: 'context', text: 'The refund window is 30 days. Refunds after that cannot.' }],
      answer: 'The refund window is 30 days.',
    });
    expect(r.verdict).toBe('grounded');
    for (const w of ['cannot', 'dont', 'wont', 'doesnt', 'isnt']) {
      for (const p of ['.', ',', '!', '?', ';', ':', ')']) {
        const t = `It ${w}${p} The refund window is 30 days${p}`;
        expect(() => checkAnswer(caseOf(t, t, t))).not.toThrow();
      }
    }
  });

  it('an apostrophe-less contraction before punctuation is still a negation cue', () => {
    const a = analyze('Refunds after 30 days? We dont.');
    expect(a.sentences.flatMap((s) => s.tokens).find((t) => t.lower === 'dont')?.cue).toBe(true);
  });

  it('property: random Unicode text, contractions and punctuation in context, answer and question never throw', () => {
    fc.assert(
      fc.property(text, text, fc.option(text, { nil: undefined }), (context, answer, question) => {
        const r = checkAnswer(caseOf(context, answer, question));
        expect(['grounded', 'unverified', 'ungrounded']).toContain(r.verdict);
      }),
      { numRuns: 400, seed: 20 },
    );
  });

  it('an internal error in one answer marks that answer unverified with the reason; the run goes on', async () => {
    const boom = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'toLowerCase')");
    };
    const r = checkAnswerSafely({ ...caseOf('a', 'b'), line: 7 }, DEFAULT_THRESHOLDS, boom);
    expect(r.verdict).toBe('unverified');
    expect(r.line).toBe(7);
    expect(r.error).toContain("reading 'toLowerCase'");
    expect(r.claims[0].flags[0].name).toBe('internal-error');
    // through the gate: the other answers are checked, and a judge that says "supported" to everything never lifts the failed answer
    const asked: string[] = [];
    const fetchStub = (async (_u: unknown, init?: { body?: unknown }) => {
      asked.push(String(init?.body));
      return new Response(JSON.stringify({ choices: [{ message: { content: '{"verdict":"supported"}' } }] }), { status: 200 });
    }) as typeof fetch;
    const flaky: typeof checkAnswer = (c, th) => (c.id === 'bad' ? boom() : checkAnswer(c, th));
    const report = await runGate(
      [
        { ...caseOf('The window is 30 days.', 'The window is 30 days.'), id: 'ok' },
        { ...caseOf('x', 'The window is 30 days.'), id: 'bad' },
        { ...caseOf('The window is 30 days.', 'Weather patterns shape coastal revenue.'), id: 'weak' },
      ],
      { file: 'f', sha256: '' },
      { minPassRate: 0, check: flaky, judge: { url: 'http://127.0.0.1:9/v1', model: 'm', fetch: fetchStub } },
    );
    expect(report.answers.map((a) => a.verdict)).toEqual(['grounded', 'unverified', 'grounded']);
    expect(report.answers[1].error).toContain('internal error');
    expect(asked.length).toBe(1);
    expect(report.counts).toMatchObject({ answers: 3, grounded: 2, unverified: 1 });
  });
});

describe('cost is linear in the input (issue 19 item 13)', () => {
  const cpu = (f: () => void) => {
    const c0 = process.cpuUsage();
    f();
    const u = process.cpuUsage(c0);
    return (u.user + u.system) / 1e6;
  };
  const MB = 1_000_000;
  const fill = (p: string) => p.repeat(Math.ceil(MB / p.length)).slice(0, MB);
  const ctx = 'The refund window is 30 days. Write to support@example.com or call 555-123-4567 before May 3, 2024.';

  it('a one-word answer of 1 MB (letters, codes, e-mail-like, digit groups) is checked in well under 2 CPU-seconds and is never grounded', () => {
    for (const p of ['a', 'a1', 'a-1-', 'x.y@', '1,234,', 'aaaa.']) {
      const answer = fill(p);
      let verdict = '';
      const s = cpu(() => {
        verdict = checkAnswer(caseOf(ctx, answer)).verdict;
      });
      expect(s, `pattern ${p}`).toBeLessThan(2);
      expect(verdict).toBe('unverified');
    }
  });

  it('a 1 MB prose answer is checked in under 2 CPU-seconds', () => {
    const answer = fill('The refund window is 30 days, and you can write to support@example.com. ');
    expect(cpu(() => checkAnswer(caseOf(ctx, answer)))).toBeLessThan(2);
  });

  it('a run longer than the token bound is reported, not silently accepted', () => {
    const r = checkAnswer(caseOf(ctx, `The refund window is 30 days. See ${'x'.repeat(MAX_TOKEN_LENGTH + 1)} for details.`));
    expect(r.verdict).toBe('unverified');
    expect(r.claims.flatMap((c) => c.flags.map((f) => f.name))).toContain('unchecked-text');
  });
});
