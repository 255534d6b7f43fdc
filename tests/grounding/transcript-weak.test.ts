/**
 * claims.ts weakenInTranscript and register.ts transcriptRegister: against a transcript of talk a claim that denies a
 * single word the talk says is weak evidence (`unverified`); a denied phrase stays precise, and against a written
 * document the same one-word denial stays `ungrounded`. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { transcriptRegister } from '../../src/grounding/register.js';
import { weakenInTranscript } from '../../src/grounding/claims.js';

const TALK =
  "Project Manager: Okay , let's give it a number . I'll give it a one .\n" +
  'Marketing: Yeah , a one for the market .\n' +
  'Designer: The buttons are big and the case is yellow .\n' +
  'Project Manager: Right , so we finish the design next week .\n';
const MEMO =
  "Dear team, let's give it a number. I'll give it a one for the market. The buttons are big and the case is yellow. " +
  'We finish the design next week.';

const check = (source: string, answer: string) => checkAnswer({ id: 't', contexts: [{ id: 'c', text: source }], answer });
const negation = (r: ReturnType<typeof check>) => r.claims.flatMap((c) => c.flags).find((f) => f.name === 'negation-flip');

describe('the register of a transcript (register.ts)', () => {
  it('lines that start with a speaker and a colon make a transcript; a memo, a single quoted line or a heading do not', () => {
    expect(transcriptRegister({ text: TALK })).toBe(true);
    expect(transcriptRegister({ text: MEMO })).toBe(false);
    expect(transcriptRegister({ text: 'Note: the office is closed.\nThe team meets on Monday.\nBring the slides.' })).toBe(false);
  });
});

describe('a one-word denial against a transcript (weak)', () => {
  it('denying one word the talk says is unverified against a transcript, ungrounded against a memo', () => {
    const claim = 'The team noted that the case is not yellow.';
    const talk = check(TALK, claim);
    expect(talk.verdict).toBe('unverified');
    expect(negation(talk)?.weak).toBe(true);
    const memo = check(MEMO, claim);
    expect(memo.verdict).toBe('ungrounded');
    expect(negation(memo)?.weak).toBeUndefined();
  });
  it('a denied phrase of two or more words stays ungrounded against a transcript', () => {
    const r = check(TALK, 'The team noted the lack of numbers on the remote.');
    expect(r.verdict).toBe('ungrounded');
  });
  it('with a second independent strong flag the one-word denial stays strong', () => {
    const neg = { name: 'negation-flip' as const, span: 'not yellow', detail: 'the claim negates "yellow", which the source affirms' };
    const qty = { name: 'quantity-mismatch' as const, span: '3', detail: '"3" (number 3) is not stated in the cited sources' };
    expect(weakenInTranscript([neg, qty], [{ text: TALK }]).some((f) => f.weak)).toBe(false);
    expect(weakenInTranscript([neg], [{ text: TALK }])[0].weak).toBe(true);
  });
});
