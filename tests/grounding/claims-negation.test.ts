/**
 * claims.ts unstatedNegation: a summary that negates what the source speaks of but never negates ("they did not
 * discuss ways to reduce costs") is weak evidence: `unverified`, never `ungrounded`. Negative controls: a negation the
 * source makes too, the speaker's own state, a hedge, and a negation of something the source never speaks of.
 * Transcript lines written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';

const check = (source: string, answer: string) => checkAnswer({ id: 'g', contexts: [{ id: 'c', text: source }], answer });
const flags = (source: string, answer: string) => check(source, answer).claims.flatMap((c) => c.flags);

const MEETING =
  'Project Manager: We have to bring the production costs down.\nIndustrial Designer: We could leave out the LCD screen and use cheaper plastic for the case.\nMarketing: That would cut the costs of the basic model.';

describe('a negation no source makes (claims.ts unstatedNegation)', () => {
  it('is weak evidence: unverified', () => {
    const r = check(MEETING, 'The team did not discuss ways to cut the costs of the basic model.');
    expect(r.verdict).toBe('unverified');
    expect(r.claims[0].flags.find((f) => f.name === 'negation-flip')?.weak).toBe(true);
    // the affirmative summary is grounded
    expect(check(MEETING, 'The team discussed ways to cut the costs of the basic model.').verdict).toBe('grounded');
  });
  it('negative control: the source makes the negation too', () => {
    const src = 'Marketing: We did not discuss the costs of the basic model yet.';
    expect(flags(src, 'The team did not discuss the costs of the basic model.').some((f) => f.name === 'negation-flip')).toBe(false);
  });
  it('negative controls: the speaker, a hedge, and what the source never speaks of', () => {
    const weak = (answer: string) => flags(MEETING, answer).some((f) => f.name === 'negation-flip' && f.weak);
    expect(weak('I have not proposed a wooden case.')).toBe(false);
    expect(weak('Not sure, but the basic model costs were cut.')).toBe(false);
    expect(weak('The team did not vote on a logo.')).toBe(false);
    // the same claim without the speaker as subject is flagged
    expect(weak('The designer has not proposed a wooden case.')).toBe(true);
  });
});
