/**
 * Paraphrase and polarity of scientific claims: comparatives met through their surface form as well as their lemma
 * (lexicon.ts antonymsOf) and "unable to" / "incapable of" as negation cues (nlp.ts). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { antonymsOf } from '../../src/grounding/lexicon.js';
import { analyze } from '../../src/grounding/nlp.js';

const check = (source: string, answer: string) => checkAnswer({ id: 'p', contexts: [{ id: 'c', text: source }], answer });
const names = (r: ReturnType<typeof check>) => r.claims.flatMap((c) => c.flags.map((f) => f.name));

describe('antonyms by lemma and surface form (lexicon.ts antonymsOf)', () => {
  it('a comparative meets its antonym whichever way the tagger lemmatised either', () => {
    expect(antonymsOf({ lemma: 'short', lower: 'shorter' })).toEqual(expect.arrayContaining(['long', 'longer']));
    expect(antonymsOf({ lemma: 'high', lower: 'high' })).toEqual(['low']);
    const r = check(
      'Women with a longer reproductive period had more dementia.',
      'Women with a shorter reproductive period had more dementia.',
    );
    expect(r.verdict).toBe('ungrounded');
    expect(names(r)).toContain('antonym-swap');
  });
  it('negative controls: the same comparative, a word with no antonym', () => {
    expect(
      check('Women with a longer reproductive period had more dementia.', 'Women with a longer reproductive period had more dementia.')
        .verdict,
    ).toBe('grounded');
    expect(antonymsOf({ lemma: 'period', lower: 'periods' })).toEqual([]);
  });
});

describe('"unable to" and "incapable of" negate what follows (nlp.ts)', () => {
  const src = 'A single dose of the vaccine elicited rapid neutralizing antibodies in mice.';
  it('are negation cues', () => {
    const t = analyze('Mice are unable to produce antibodies.').sentences[0].tokens;
    expect(t.find((x) => x.lower === 'unable')?.cue).toBe(true);
    expect(analyze('Mice are incapable of producing antibodies.').sentences[0].tokens.find((x) => x.lower === 'incapable')?.cue).toBe(true);
    expect(names(check(src, 'Mice are incapable of producing neutralizing antibodies after the vaccine.'))).toContain('negation-flip');
    expect(names(check(src, 'Mice are unable to produce neutralizing antibodies after the vaccine.'))).toContain('negation-flip');
  });
  it('negative controls: "unable" without "to", a claim the source supports', () => {
    expect(analyze('The unable staff left.').sentences[0].tokens.find((x) => x.lower === 'unable')?.cue).toBe(false);
    expect(check(src, 'Mice produce neutralizing antibodies after a single dose of the vaccine.').verdict).toBe('grounded');
  });
});
