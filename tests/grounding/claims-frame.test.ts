/**
 * claims.ts reportFrame: the frame of a third-person report ("the group discussed ..., with some highlighting ...")
 * is no content the transcript must cover; a reply in the first person keeps its words; the frame still takes part in
 * the polarity checks. Transcript lines written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { reportFrame } from '../../src/grounding/claims.js';
import { analyze } from '../../src/grounding/nlp.js';

const check = (source: string, answer: string) => checkAnswer({ id: 'r', contexts: [{ id: 'c', text: source }], answer });
const MEETING =
  'Marketing: Voice recognition would be useful.\nUser Interface: But there are no digits on it.\nProject Manager: So we rate it a two for the market.';

describe('the frame of a report (claims.ts reportFrame)', () => {
  it('leaves the reporting words out of the coverage of a summary', () => {
    expect(
      check(
        MEETING,
        'The group ultimately discussed voice recognition, with some highlighting it as useful, and rated it a two for the market.',
      ).verdict,
    ).toBe('grounded');
  });
  it('negative control: the content words of a summary still need the transcript', () => {
    expect(
      check(MEETING, 'The group ultimately discussed gesture control, with some highlighting solar charging and wooden casings.').verdict,
    ).toBe('unverified');
  });
  it('a reply in the first person keeps its words; the frame is found by lemma', () => {
    expect(reportFrame(analyze('I think they discussed it.').sentences[0].tokens).size).toBe(0);
    expect([...reportFrame(analyze('The team discussed and agreed on it.').sentences[0].tokens)].map((t) => t.lower)).toEqual([
      'team',
      'discussed',
      'agreed',
    ]);
  });
  it('the frame still takes part in the polarity checks ("disagreed" against "agreed")', () => {
    const src = 'Project Manager: We all agreed on the yellow case.';
    expect(check(src, 'The team disagreed on the yellow case.').verdict).toBe('ungrounded');
  });
});
