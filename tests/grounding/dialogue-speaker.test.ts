/**
 * What a dialogue reply says of its speaker or of the conversation, not of the topic (issue 20, src/grounding/dialogue.ts):
 * a negated verb of knowing ("I didn't know X") or of need ("you don't have to leave") is no evidence of a negation flip,
 * and a quantity the previous turn states is repeated, not invented. Each rule has a control it must not fire on. Cases are written for the tests (not copied from the corpora).
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import {
  boundStated,
  chatWord,
  slashDateStated,
  merelyAmount,
  shortYearStated,
  numeralKnown,
  stateCodeKnown,
  clausesOf,
  decadeStated,
  rankInWords,
  capitalizedByHabit,
  foldedKnown,
  speakerNegationHeads,
  statedByInterlocutor,
  statementBeforeQuestion,
} from '../../src/grounding/dialogue.js';
import { analyze } from '../../src/grounding/nlp.js';
import type { AnswerResult, Flag } from '../../src/grounding/types.js';

const check = (context: string, answer: string, question?: string): AnswerResult =>
  checkAnswer({ id: 't', contexts: [{ id: 'c', text: context }], answer, ...(question ? { question } : {}) });
const flagsOf = (r: AnswerResult, name: string): Flag[] => r.claims.flatMap((c) => c.flags.filter((f) => f.name === name));
const tokens = (text: string) => analyze(text).sentences[0].tokens;
const none = () => false;

describe("a negation of the speaker's knowing or of a need is no evidence of a flip", () => {
  it('speakerNegationHeads: "I didn\'t know", "we never realized", "you don\'t have to leave" (leave unknown)', () => {
    expect([...speakerNegationHeads(tokens("I didn't know cats sleep that much."), none)]).toEqual(['know']);
    expect([...speakerNegationHeads(tokens('We never really realized how big it is.'), none)]).toEqual(['realized']);
    expect([...speakerNegationHeads(tokens("You don't have to leave the comfort of your home."), none)]).toContain('leave');
  });
  it('control: another subject\'s not knowing, a denied fact, or a stated verb after "have to" are no speaker negation', () => {
    expect(speakerNegationHeads(tokens("The police didn't know the suspect."), none).size).toBe(0);
    expect(speakerNegationHeads(tokens('Cats do not sleep much.'), none).size).toBe(0);
    expect(speakerNegationHeads(tokens('The logo does not have to reflect the brand.'), (t) => t.lower === 'reflect').size).toBe(0);
  });
  it('"I didn\'t know cats sleep 15 hours a day" against a source saying so raises no flip', () => {
    const src = 'Cats sleep 15 hours a day on average.';
    const r = check(src, "Wow, I didn't know cats sleep 15 hours a day!", 'Cats are lazy.');
    expect(r.verdict).not.toBe('ungrounded');
    expect(flagsOf(r, 'negation-flip')).toEqual([]);
  });
  it('"you don\'t have to leave your home" where the source only says "from your home" is not ungrounded', () => {
    const src = 'Online malls let you shop from the comfort of your own home.';
    const r = check(src, "You don't have to leave the comfort of your own home to shop.", 'I shop online.');
    expect(r.verdict).not.toBe('ungrounded');
    expect(flagsOf(r, 'negation-flip')).toEqual([]);
    // control: in a summary (no previous turn) the negation is compared as usual
    expect(check(src, "You don't have to leave the comfort of your own home to shop.").verdict).toBe('ungrounded');
  });
  it('control: a denied fact the source affirms stays a strong flip ("Cats do not sleep 15 hours a day")', () => {
    const r = check('Cats sleep 15 hours a day on average.', 'Cats do not sleep 15 hours a day.');
    expect(r.verdict).toBe('ungrounded');
    expect(flagsOf(r, 'negation-flip').some((f) => !f.weak)).toBe(true);
  });
});

describe('a quantity the previous turn states is repeated, not invented: no evidence', () => {
  const SRC = 'A peanut butter cookie has peanut butter as its principal ingredient.';
  it('statedByInterlocutor: a statement or a question about the listener states it; a question about the topic does not', () => {
    const q = (t: string) => analyze(t).quantities[0];
    expect(statedByInterlocutor(q('3 ingredients'), analyze('They only take three ingredients. So easy!'))).toBe(true);
    expect(statedByInterlocutor(q('3 ingredients'), analyze('Have you ever had the three ingredient cookies?'))).toBe(true);
    expect(statedByInterlocutor(q('3 ingredients'), analyze('Do they take three ingredients?'))).toBe(false);
    expect(statedByInterlocutor(q('4 ingredients'), analyze('They only take three ingredients.'))).toBe(false);
  });
  it("a reply repeating the turn's number raises no mismatch", () => {
    const r = check(
      SRC,
      'Wow, just 3 ingredients, and peanut butter is the principal one!',
      'Have you had the three ingredient peanut butter cookies?',
    );
    expect(flagsOf(r, 'quantity-mismatch')).toEqual([]);
    expect(r.verdict).toBe('grounded');
  });
  it('control: a number the turn asks about, or one nobody stated, stays a strong mismatch', () => {
    const asked = check(SRC, 'Yes, a peanut butter cookie has 3 ingredients.', 'Does a peanut butter cookie have three ingredients?');
    expect(asked.verdict).toBe('ungrounded');
    const invented = check(
      SRC,
      'Wow, just 5 ingredients, and peanut butter is the principal one!',
      'Have you had the three ingredient cookies?',
    );
    expect(invented.verdict).toBe('ungrounded');
  });
});

describe('names written without their accents', () => {
  it('foldedKnown: "Pokemon" is the source\'s "Pokémon", "René" the source\'s "Rene"', () => {
    expect(foldedKnown(analyze('I like Pokemon').sentences[0].tokens[2], analyze('Pokémon is a franchise.'))).toBe(true);
    expect(foldedKnown(analyze('She met René').sentences[0].tokens[2], analyze('She met Rene there.'))).toBe(true);
    const r = check('Pokémon is a media franchise created by Satoshi Tajiri.', 'I know Pokemon was created by Satoshi Tajiri.');
    expect(r.verdict).toBe('grounded');
  });
  it('control: another name is still unsupported ("Digimon" against "Pokémon")', () => {
    expect(foldedKnown(analyze('I like Digimon').sentences[0].tokens[2], analyze('Pokémon is a franchise.'))).toBe(false);
    const r = check('Pokémon is a media franchise created by Satoshi Tajiri.', 'I know Digimon was created by Satoshi Tajiri.');
    expect(r.verdict).toBe('ungrounded');
  });
});

describe('a run-on sentence that states something before its question is checked', () => {
  const SRC = "The first film of the series, Harry Potter and the Philosopher's Stone, was released in 2001.";
  it('statementBeforeQuestion: "I liked X I saw it first what is your favorite?" states; "Did you know X?" asks', () => {
    expect(statementBeforeQuestion(tokens('I liked the Goblet of Fire film I saw that one first what is your favorite?'))).toBe(true);
    expect(statementBeforeQuestion(tokens('Me too, the series has so many great actors, who is your favorite?'))).toBe(true);
    expect(statementBeforeQuestion(tokens('Did you know the first film was released in 2001?'))).toBe(false);
    expect(statementBeforeQuestion(tokens('Did they film it mostly in London, or were there other places?'))).toBe(false);
    expect(statementBeforeQuestion(tokens('What is your favorite?'))).toBe(false);
  });
  it("an invented name before the question is flagged (weak: the statement's end is a guess); the question alone is not checked", () => {
    const r = check(SRC, 'I liked Harry Potter and the Crystal Goblet I saw that one first what is your favorite?');
    expect(r.verdict).toBe('unverified');
    expect(flagsOf(r, 'unsupported-entity').length).toBeGreaterThan(0);
    expect(check(SRC, 'What is your favorite Harry Potter film?').claims).toEqual([]);
  });
});

describe('a word capitalized by habit in a reply is weak evidence of a name', () => {
  const SRC = 'The Walk of Fame is located in Hollywood, a neighborhood of Los Angeles.';
  const name = (text: string, word: string) => {
    const ts = tokens(text);
    const i = ts.findIndex((t) => t.value === word);
    return capitalizedByHabit([ts[i]], ts[i - 1]);
  };
  it('capitalizedByHabit: "an Iconic part", "it was Amazing" (adjectives read alone)', () => {
    expect(name('what an Iconic part of the city', 'Iconic')).toBe(true);
    expect(name('the show was Amazing to watch', 'Amazing')).toBe(true);
  });
  it('control: nouns, unknown words, demonyms and words after a preposition stay names', () => {
    expect(name('he met the Duke there', 'Duke')).toBe(false);
    expect(name('he loved Chewbacca a lot', 'Chewbacca')).toBe(false);
    expect(name('the French chef cooked', 'French')).toBe(false);
    expect(name('she works at Acme now', 'Acme')).toBe(false);
  });
  it('a reply "what an Iconic part of Los Angeles!" is unverified, not ungrounded; an invented place stays ungrounded', () => {
    const r = check(SRC, 'Yes it is, what an Iconic part of Los Angeles!', 'The Walk of Fame is in Hollywood');
    expect(r.verdict).toBe('unverified');
    expect(check(SRC, 'Yes it is, a famous part of Chicago!', 'The Walk of Fame is in Hollywood').verdict).toBe('ungrounded');
  });
  it('control: in a summary (no previous turn) the capitalized word stays a strong flag', () => {
    expect(check(SRC, 'The Walk of Fame is an Iconic part of Los Angeles.').verdict).toBe('ungrounded');
  });
});

describe('a hedge with a reason adds specifics', () => {
  const LIFTS = 'The two competition lifts in order are the snatch and the clean and jerk.';
  it('"Not sure about numbers as it varies with different weight classes" checks the reason', () => {
    const r = check(LIFTS, 'Not sure about numbers as it varies with different weight classes.', 'What is the heaviest weight lifted?');
    expect(r.claims[0].abstention).toBeUndefined();
    expect(r.verdict).toBe('unverified');
  });
  it('control: a bare hedge and "as well" are no reason clause', () => {
    expect(check(LIFTS, 'Not sure about the numbers.', 'What is the heaviest weight lifted?').verdict).toBe('grounded');
    expect(clausesOf('I like it as well', tokens('I like it as well'))).toHaveLength(1);
  });
});

describe('decades and ranks written the chat way', () => {
  const q = (t: string) => analyze(t).quantities[0];
  it('decadeStated: "the late 90s" holds the stated 1998; "the 1930s" a stated date in 1935', () => {
    expect(decadeStated(q('in the late 90s'), analyze('It was founded in 1998.').quantities)).toBe(true);
    expect(decadeStated(q('in the 1930s'), analyze('He was born on January 8, 1935.').quantities)).toBe(true);
    expect(check('It was founded in 1998.', 'Yes, it was founded in the late 90s.', 'When was it founded?').verdict).toBe('grounded');
  });
  it("control: another decade, or a plain number, is not a stated year's decade", () => {
    expect(decadeStated(q('in the 1980s'), analyze('It was founded in 1998.').quantities)).toBe(false);
    expect(decadeStated(q('about 1990 people'), analyze('It was founded in 1998.').quantities)).toBe(false);
    expect(check('It was founded in 1998.', 'Yes, it was founded in the 1980s.').verdict).toBe('ungrounded');
  });
  it('rankInWords: "#1", "No. 1" and "number 1" are the sources\' "number one"', () => {
    const SRC = 'The song became a number one hit in the United States.';
    const has = (x: string) => ` ${SRC.toLowerCase().replace(/[^a-z0-9 ]/g, '')} `.includes(` ${x} `);
    expect(rankInWords(q('a #1 hit'), 'a #', has)).toBe(true);
    for (const a of ['It was a #1 hit in the US.', 'It was a No. 1 hit in the US.', 'It was a number 1 hit in the US.'])
      expect(check(SRC, a).verdict, a).toBe('grounded');
  });
  it('control: another rank, a number without a rank sign, and "NO" (nitric oxide) are checked as usual', () => {
    const SRC = 'The song became a number one hit in the United States.';
    expect(check(SRC, 'It was a No. 3 hit in the US.').verdict).toBe('ungrounded');
    expect(rankInWords(q('1 hit'), 'it was ', () => true)).toBe(false);
    expect(
      check('Exercise improves vasodilation mediated by nitric oxide.', 'Exercise improves vasodilation mediated by NO.').verdict,
    ).toBe('ungrounded');
  });
});

describe('capitalized chat interjections are no names', () => {
  const SRC = 'Elvis recorded at Sun Records with producer Sam Phillips in 1954.';
  it('"Yes Lol", "Haha", "Wow!", "OMG", "Btw." beside a supported fact are grounded', () => {
    for (const a of [
      'Yes Lol, he recorded at Sun Records with Sam Phillips in 1954.',
      'Elvis recorded at Sun Records in 1954 Haha.',
      'He recorded at Sun Records in 1954, Wow!',
      'he recorded at Sun Records in 1954 OMG',
      'he recorded at Sun Records in 1954 Btw.',
    ])
      expect(check(SRC, a, 'Did you know Elvis?').verdict, a).toBe('grounded');
  });
  it('control: an invented name beside an interjection is still flagged; "Haha" is a chat word, "Memphis" is not', () => {
    expect(check(SRC, 'Haha, he recorded at Sun Records in Memphis in 1954.', 'Did you know Elvis?').verdict).toBe('ungrounded');
    expect(chatWord(tokens('Haha')[0])).toBe(true);
    expect(chatWord(tokens('Memphis')[0])).toBe(false);
  });
});

describe('numbered titles and state codes written the other way', () => {
  it('numeralKnown: "Part II" for "Part 2", "Episode 3" for "Episode III", "type II" for "type 2"', () => {
    expect(check('The series ends with the Deathly Hallows – Part 2 (2011).', 'I loved Deathly Hallows Part II the most.').verdict).toBe(
      'grounded',
    );
    expect(check('The last film I watched was Episode III.', 'I watched Episode 3 last.').verdict).toBe('grounded');
    expect(numeralKnown('II', 'type', (x) => x === 'type 2')).toBe(true);
  });
  it('control: another number, a one-letter numeral and a numeral without a word before it are not read', () => {
    expect(check('The series ends with the Deathly Hallows – Part 2 (2011).', 'I loved Deathly Hallows Part III the most.').verdict).toBe(
      'ungrounded',
    );
    expect(check('The last film I watched was Episode III.', 'I watched Episode 4 last.').verdict).toBe('ungrounded');
    expect(numeralKnown('V', 'part', () => true)).toBe(false);
    expect(numeralKnown('II', undefined, () => true)).toBe(false);
  });
  it('stateCodeKnown: "Mountain View, CA" for "California"; control: "TX" against it', () => {
    const SRC = 'The company is based in Mountain View, California.';
    expect(check(SRC, 'It is based in Mountain View, CA.').verdict).toBe('grounded');
    expect(check(SRC, 'It is based in Mountain View, TX.').verdict).toBe('ungrounded');
    expect(stateCodeKnown(tokens('CA')[0], (x) => x === 'california')).toBe(true);
    expect(stateCodeKnown(tokens('ca')[0], () => true)).toBe(false);
  });
});

describe('"only" before an amount, and years written with two digits, in a reply', () => {
  const POP = 'The population was 738,432 in 2015.';
  it('merelyAmount: "only 738,432 people" in a reply is a weak restriction', () => {
    expect(merelyAmount(tokens('there are only about 700 people'), 2)).toBe(true);
    const r = check(POP, 'There are only 738,432 people living there.', 'Is it big?');
    expect(r.verdict).toBe('unverified');
    expect(flagsOf(r, 'unsupported-restriction').every((f) => f.weak)).toBe(true);
  });
  it('control: "only" before a noun phrase stays strong; another number is still a mismatch', () => {
    expect(merelyAmount(tokens('they sell only home insurance'), 2)).toBe(false);
    const r = check('DataVault provides encryption and backups.', 'DataVault provides only encryption.', 'What does it do?');
    expect(flagsOf(r, 'unsupported-restriction').map((f) => f.weak)).toEqual([undefined]);
    // in a summary, "only" on a stated number judges its size: no restriction at all (claims.ts), weak or strong
    expect(flagsOf(check(POP, 'There are only 738,432 people living there.'), 'unsupported-restriction')).toEqual([]);
    expect(check(POP, 'There are only 738,433 people living there.').verdict).toBe('ungrounded');
  });
  it('shortYearStated: "born in 90" for 1990, "in 97." for July 4, 1997', () => {
    expect(check('Emma Watson was born in 1990.', 'Emma Watson was born in 90.', 'When was she born?').verdict).toBe('grounded');
    expect(check('It was released on July 4, 1997.', 'It came out on the 4th of July in 97.', 'When?').verdict).toBe('grounded');
  });
  it('control: another year, a count after "in", and a summary are checked as numbers', () => {
    expect(check('Emma Watson was born in 1990.', 'Emma Watson was born in 91.', 'When was she born?').verdict).toBe('ungrounded');
    expect(check('It was released in 2012.', 'It was released in 12 countries.', 'Where?').verdict).toBe('ungrounded');
    const q = analyze('born in 90').quantities[0];
    expect(shortYearStated(q, 'born in 90', 0, analyze('She was born in 1990.').quantities)).toBe(true);
    expect(shortYearStated(q, 'born in 90', 0, analyze('It was founded in 1890.').quantities)).toBe(false);
    expect(check('Emma Watson was born in 1990.', 'Emma Watson was born in 90.').verdict).toBe('ungrounded');
  });
});

describe('yearless slash dates in a reply', () => {
  const SRC = 'The attacks of September 11, 2001 killed nearly 3,000 people.';
  it('"the 9/11 attacks" for "September 11, 2001"; "7/4" for "July 4"', () => {
    expect(check(SRC, 'The 9/11 attacks killed almost 3000 people.', 'What happened?').verdict).toBe('grounded');
    expect(check('Independence Day is celebrated on July 4.', 'We celebrate on 7/4 every year.', 'When?').verdict).toBe('grounded');
    const q = analyze('on 9/11').quantities;
    expect(q.every((x) => slashDateStated(x, 'on 9/11', 0, analyze(SRC).quantities))).toBe(true);
  });
  it('control: another day, and a summary (no turn), are checked as numbers', () => {
    expect(check(SRC, 'The 9/12 attacks killed almost 3000 people.', 'What happened?').verdict).toBe('ungrounded');
    expect(check(SRC, 'The 9/11 attacks killed almost 3000 people.').verdict).toBe('ungrounded');
  });
});

describe('a round bound in a reply that a stated value meets', () => {
  const SRC = 'Alaska: its population was estimated at 738,432 in 2015.';
  it('"over 700,000 people" and "under 750,000" for 738,432', () => {
    expect(check(SRC, 'Alaska has over 700,000 people.', 'Is it big?').verdict).toBe('grounded');
    expect(check(SRC, 'Alaska has under 750,000 people.', 'Is it big?').verdict).toBe('grounded');
  });
  it('control: the wrong side, a bound far from the value, a summary (no turn)', () => {
    expect(check(SRC, 'Alaska has over 800,000 people.', 'Is it big?').verdict).toBe('ungrounded');
    expect(check(SRC, 'Alaska has over 50,000 people.', 'Is it big?').verdict).toBe('ungrounded');
    expect(check(SRC, 'Alaska has over 700,000 people.').verdict).toBe('ungrounded');
    expect(boundStated(analyze('over 700,000').quantities[0], analyze('exactly 738,432').quantities)).toBe(true);
    expect(boundStated(analyze('700,000').quantities[0], analyze('exactly 738,432').quantities)).toBe(false);
  });
});
