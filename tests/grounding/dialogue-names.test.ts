/**
 * Names in dialogue responses (issue 20, src/grounding/dialogue.ts): words in capitals for emphasis, demonyms of stated
 * places and typing slips in stated names. Each rule has a negative control: the same check still catches an invented
 * name. Cases are written for the tests (not copied from the corpora).
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { demonymKnown, joinedWithNeighbour, oneSlipApart, shortFirstName, shouted, slipKnown } from '../../src/grounding/dialogue.js';
import { analyze, flatten, lexicalPos } from '../../src/grounding/nlp.js';
import type { AnswerResult, FlagName } from '../../src/grounding/types.js';

const check = (context: string, answer: string, question?: string): AnswerResult =>
  checkAnswer({ id: 't', contexts: [{ id: 'c', text: context }], answer, ...(question ? { question } : {}) });
const flags = (r: AnswerResult): FlagName[] => r.claims.flatMap((c) => c.flags.map((f) => f.name));
const tokenOf = (text: string, word: string) =>
  analyze(text)
    .sentences.flatMap((s) => s.tokens)
    .find((t) => t.value === word)!;

describe('words in capitals for emphasis are no names', () => {
  const SNOW = 'Snowboarding is a recreational activity that involves descending a snow-covered slope while standing on a board.';
  it('a verb, adjective, adverb or interjection in capitals is a word ("I WISH", "so SAD", "LOL")', () => {
    expect(shouted(tokenOf('I WISH I could go.', 'WISH'))).toBe(true);
    expect(shouted(tokenOf('That is so SAD.', 'SAD'))).toBe(true);
    expect(shouted(tokenOf('LOL that is true.', 'LOL'))).toBe(true);
    const r = check(SNOW, 'I WISH I could go snowboarding down a snow-covered slope!');
    expect(flags(r)).not.toContain('unsupported-entity');
    expect(r.verdict).not.toBe('ungrounded');
  });
  it('control: an acronym names a thing (a noun): "NASA", "SSRI" and "FUN" stay names', () => {
    expect(shouted(tokenOf('NASA launched it.', 'NASA'))).toBe(false);
    expect(shouted(tokenOf('An SSRI was given.', 'SSRI'))).toBe(false);
    expect(shouted(tokenOf('So much FUN.', 'FUN'))).toBe(false);
    const r = check(SNOW, 'Snowboarding on a snow-covered slope was first tested by NASA.');
    expect(flags(r)).toContain('unsupported-entity');
    expect(r.verdict).toBe('ungrounded');
  });
});

describe("lexicalPos: the part of speech of wink's lexicon for a word read alone", () => {
  it('tags common words by their lexicon entry, in any case', () => {
    expect(lexicalPos('WISH')).toBe('VERB');
    expect(lexicalPos('sad')).toBe('ADJ');
    expect(lexicalPos('document')).toBe('NOUN');
  });
  it('control: a word the lexicon does not know, or several words, have no part of speech', () => {
    expect(lexicalPos('qzxqjv')).toBe('');
    expect(lexicalPos('two words')).toBe('');
    expect(lexicalPos('')).toBe('');
  });
});

describe('demonyms of stated places', () => {
  const GREEN = 'Green has a long historical tradition as the color of Ireland and of Gaelic culture.';
  it('"Irish" names the stated Ireland; "Egyptians" the stated Egypt; "Canada" the stated "Canadian"', () => {
    expect(check(GREEN, "I'm of Irish descent, and green has a long tradition as the color of Ireland.").verdict).toBe('grounded');
    const has = (text: string) => (x: string) => flatten(text).includes(` ${x} `);
    expect(demonymKnown(tokenOf('The Egyptians built ships.', 'Egyptians'), has('Egypt built ships.'))).toBe(true);
    expect(demonymKnown(tokenOf('Canada is big.', 'Canada'), has('The Canadian team won.'))).toBe(true);
  });
  it('control: another nation\'s demonym is still an unsupported name ("Scottish" against Ireland)', () => {
    const r = check(GREEN, 'Green has a long historical tradition as the color of Scottish culture.');
    expect(flags(r)).toContain('unsupported-entity');
    expect(r.verdict).toBe('ungrounded');
    expect(demonymKnown(tokenOf('The French team won.', 'French'), (x) => ` germany `.includes(` ${x} `))).toBe(false);
  });
});

describe('typing slips in stated names', () => {
  const ELVIS = 'His music career began in 1954, recording at Sun Records with producer Sam Phillips. Whitney Houston covered it.';
  it('a doubled letter written once, a vowel dropped from a vowel run, two inner letters swapped', () => {
    expect(oneSlipApart('philips', 'phillips')).toBe(true);
    expect(oneSlipApart('huston', 'houston')).toBe(true);
    expect(oneSlipApart('micheal', 'michael')).toBe(true);
    const r = check(ELVIS, 'His producer, Sam Philips, recorded him at Sun Records in 1954.');
    expect(flags(r)).not.toContain('unsupported-entity');
    expect(r.verdict).toBe('grounded');
    expect(slipKnown(tokenOf('Whitney Huston sang it.', 'Huston'), analyze(ELVIS))).toBe(true);
  });
  it('control: a letter added at the end or substituted makes another name ("Julian", "Mason"); short names never slip', () => {
    expect(oneSlipApart('julia', 'julian')).toBe(false);
    expect(oneSlipApart('jason', 'mason')).toBe(false);
    expect(oneSlipApart('phillips', 'phillips')).toBe(false);
    expect(oneSlipApart('ann', 'anne')).toBe(false);
    const r = check('Julia Reed founded the museum in 1920.', 'The museum was founded by Julian Reed in 1920.');
    expect(flags(r)).toContain('unsupported-entity');
    expect(r.verdict).toBe('ungrounded');
    expect(check(ELVIS, 'He recorded at Sun Records with producer Sam Phelps in 1954.').verdict).toBe('ungrounded');
  });
});

describe('compounds written apart or as one', () => {
  const ENRON = 'Executives used accounting loopholes to hide billions of dollars in debt. Members get lifetime access.';
  it('"loop holes" is the source\'s "loopholes"; "life time" its "lifetime"', () => {
    const r = check(ENRON, 'Executives used accounting loop holes to hide debt.');
    expect(r.claims[0].novelWords).toBe(0);
    expect(r.verdict).toBe('grounded');
    expect(check(ENRON, 'Members get access for a life time.').claims[0].novelWords).toBe(0);
    expect(check('Members get life time access.', 'Members get lifetime access.').claims[0].novelWords).toBe(0);
  });
  it('control: two words that join into no source word stay novel ("tax holes")', () => {
    const r = check(ENRON, 'Executives used tax holes to hide debt.');
    expect(r.claims[0].novelWords).toBe(2);
  });
});

describe('names written hyphenated, and short first names in a reply (issue 20, third pass)', () => {
  const check = (context: string, answer: string, question?: string) =>
    checkAnswer({ id: 't', contexts: [{ id: 'c', text: context }], answer, ...(question ? { question } : {}) });
  it('"Spider-Man" for the source\'s "Spiderman"', () => {
    const SRC = 'Spiderman is a superhero created by Stan Lee.';
    expect(check(SRC, 'Yes, Spider-Man was created by Stan Lee.', 'Who made him?').verdict).toBe('grounded');
    expect(check(SRC, 'Spider-Man was created by Stan Lee.').verdict).toBe('grounded');
    const ts = analyze('Spider-Man was created by Stan Lee.').sentences[0].tokens;
    expect(joinedWithNeighbour(ts, 0, [analyze(SRC).vocabulary], false)).toBe(true);
  });
  it('control: another hyphenated name ("Spider-Woman") stays unsupported', () => {
    const r = check('Spiderman is a superhero created by Stan Lee.', 'Yes, Spider-Woman was created by Stan Lee.', 'Who made him?');
    expect(r.verdict).toBe('ungrounded');
  });
  it('shortFirstName: "Leo DiCaprio" for "Leonardo DiCaprio", "Sam Phillips" for "Samuel Phillips"', () => {
    const SRC = 'The film stars Leonardo DiCaprio as Jordan Belfort.';
    expect(check(SRC, 'Yes, Leo DiCaprio plays Jordan Belfort.', 'Who stars in it?').verdict).toBe('grounded');
    const a = analyze('He recorded with producer Samuel Phillips.');
    const ts = analyze('Sam Phillips produced it').sentences[0].tokens;
    expect(shortFirstName(ts[0], ts[1], a)).toBe(true);
  });
  it('control: another surname, a first name one letter longer, and a summary (no turn) stay unsupported', () => {
    const SRC = 'The film stars Leonardo DiCaprio as Jordan Belfort.';
    expect(check(SRC, 'Yes, Leo Smith plays Jordan Belfort.', 'Who stars in it?').verdict).toBe('ungrounded');
    expect(check('The lead is played by Julian Smith.', 'Yes, Julia Smith plays the lead.', 'Who is the lead?').verdict).toBe('ungrounded');
    expect(check(SRC, 'The film stars Leo DiCaprio as Jordan Belfort.').verdict).toBe('ungrounded');
  });
});
