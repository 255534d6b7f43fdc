/**
 * Chat forms of stated facts and replies that assert no name (issue 20, src/grounding/dialogue-forms.ts): centuries in
 * the other form, spans between stated years, ages a stated life span gives, names a reply denies, sentences written in
 * capitals, "only" before a number in words. Each rule has a negative control. Cases are written for the tests (not
 * copied from the corpora).
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import {
  abbreviationKnown,
  ageStated,
  centuryStated,
  chatFunctionWord,
  currencyDropped,
  decadeWritten,
  deniedName,
  implicitlyNegated,
  measureConverted,
  shortenedName,
  shoutedSentence,
  speakerPhraseWords,
  yearSpanStated,
} from '../../src/grounding/dialogue-forms.js';
import { analyze } from '../../src/grounding/nlp.js';
import { synonymKnown } from '../../src/grounding/synonyms.js';
import type { AnswerResult, FlagName } from '../../src/grounding/types.js';

const check = (context: string, answer: string, question?: string): AnswerResult =>
  checkAnswer({ id: 't', contexts: [{ id: 'c', text: context }], answer, ...(question ? { question } : {}) });
const flags = (r: AnswerResult): FlagName[] => r.claims.flatMap((c) => c.flags.map((f) => f.name));
const quantity = (text: string, written: string) => analyze(text).quantities.find((q) => q.text === written)!;

const TOWER =
  'The Vell Tower is an iron lattice tower in the harbour of Kestrel. It was built from 1862 to 1865 by the engineer Ada Morrow.';
const BLUES =
  'Delta blues is a music style that began among the farm workers of the Yazoo Basin in the late 19th and early 20th centuries.';
const PAINTER = 'Tomas Rell (March 3, 1901 – January 9, 1950) was a painter of river landscapes.';

describe('a century in the other form', () => {
  it('"the 1800s" for "the late 19th and early 20th centuries"', () => {
    const r = check(BLUES, 'It began with farm workers in the Yazoo Basin in the late 1800s.', 'Where does it come from?');
    expect(flags(r)).not.toContain('quantity-mismatch');
    expect(r.verdict).toBe('grounded');
  });
  it('"the 19th century" for a stated year of it (1862)', () => {
    const r = check(TOWER, 'The Vell Tower was built in the 19th century by Ada Morrow.', 'How old is it?');
    expect(flags(r)).not.toContain('quantity-mismatch');
  });
  it('control: a century that holds no stated year is a mismatch', () => {
    const r = check(TOWER, 'The Vell Tower was built in the 18th century by Ada Morrow.', 'How old is it?');
    expect(flags(r)).toContain('quantity-mismatch');
    expect(r.verdict).toBe('ungrounded');
    expect(centuryStated(quantity('the 1700s', '1700s'), '', analyze(TOWER).quantities, () => false)).toBe(false);
  });
});

describe('a span between two stated years, of any era', () => {
  it('"three years" for "from 1862 to 1865"', () => {
    const r = check(TOWER, 'It took three years to build the Vell Tower, from 1862 on.', 'Did it take long?');
    expect(flags(r)).not.toContain('quantity-mismatch');
    expect(yearSpanStated(quantity('three years', 'three years'), analyze(TOWER).quantities)).toBe(true);
  });
  it('control: a span no two stated years give ("five years") is a mismatch', () => {
    const r = check(TOWER, 'It took five years to build the Vell Tower, from 1862 on.', 'Did it take long?');
    expect(flags(r)).toContain('quantity-mismatch');
    expect(yearSpanStated(quantity('five years', 'five years'), analyze(TOWER).quantities)).toBe(false);
  });
});

describe('an age that a stated life span gives', () => {
  it('"he was 48 when he died" for March 3, 1901 to January 9, 1950 (the birthday not reached)', () => {
    const r = check(PAINTER, 'Tomas Rell painted river landscapes and was only 48 when he died.', 'Who was he?');
    expect(flags(r)).not.toContain('quantity-mismatch');
    expect(r.verdict).not.toBe('ungrounded');
  });
  it('control: the year difference (49) is no age with full dates, and an age without a cue of age is no age', () => {
    const stated = analyze(PAINTER).quantities;
    const at = (claim: string, n: string) => ageStated(quantity(claim, n), claim, stated);
    expect(at('He was 48 when he died.', '48')).toBe(true);
    expect(at('He was 49 when he died.', '49')).toBe(false);
    expect(at('He painted 48 landscapes.', '48')).toBe(false);
    const r = check(PAINTER, 'Tomas Rell painted river landscapes and was 49 when he died.', 'Who was he?');
    expect(flags(r)).toContain('quantity-mismatch');
  });
  it('with years alone, the age is either difference', () => {
    const stated = analyze('Ada Morrow (1830–1894) was an engineer.').quantities;
    expect(ageStated(quantity('She died aged 63.', '63'), 'She died aged 63.', stated)).toBe(true);
    expect(ageStated(quantity('She died aged 64.', '64'), 'She died aged 64.', stated)).toBe(true);
    expect(ageStated(quantity('She died aged 66.', '66'), 'She died aged 66.', stated)).toBe(false);
  });
});

describe('a name the reply denies asserts nothing of it', () => {
  it('"it is not in Lisbon, it is in Kestrel": the denied name is weak evidence, not an invented name', () => {
    const r = check(TOWER, 'No, it is not in Lisbon, it is in Kestrel!', 'Is the tower in Lisbon?');
    const f = r.claims.flatMap((c) => c.flags).find((x) => x.name === 'unsupported-entity');
    expect(f?.weak).toBe(true);
    expect(r.verdict).toBe('unverified');
  });
  it('control: an asserted name stays an invented name ("it is in Lisbon"; "no tower in Lisbon" denies the tower)', () => {
    expect(check(TOWER, 'Yes, it is in Lisbon, by the harbour.', 'Is the tower in Lisbon?').verdict).toBe('ungrounded');
    const tokens = analyze('There is no iron tower in Lisbon.').sentences[0].tokens;
    expect(
      deniedName(
        tokens,
        tokens.findIndex((t) => t.value === 'Lisbon'),
      ),
    ).toBe(false);
    const denied = analyze("It isn't in Lisbon.").sentences[0].tokens;
    expect(
      deniedName(
        denied,
        denied.findIndex((t) => t.value === 'Lisbon'),
      ),
    ).toBe(true);
  });
});

describe('a sentence written in capitals marks no names', () => {
  it('capital words of a shouted sentence are weak evidence', () => {
    const r = check(TOWER, 'WOW, I THINK THE TOWER WOULD BE A GREAT TRIP FOR MY NEPHEWS', 'Would you visit it?');
    expect(r.claims.flatMap((c) => c.flags).filter((f) => f.name === 'unsupported-entity' && !f.weak)).toEqual([]);
    expect(r.verdict).not.toBe('ungrounded');
    expect(shoutedSentence(analyze('THE DOCUMENT JUST BLANKED OUT ON ME').sentences[0].tokens)).toBe(true);
  });
  it('control: an acronym in a sentence in lower case is a name', () => {
    expect(shoutedSentence(analyze('The tower was painted by NASA engineers in Kestrel.').sentences[0].tokens)).toBe(false);
    expect(check(TOWER, 'The tower was painted by NASA engineers.', 'Who painted it?').verdict).toBe('ungrounded');
  });
});

describe('"only" before a number in words says "merely"', () => {
  it('"only about three years" is weak, not a restriction the sources never make', () => {
    const r = check(TOWER, 'Not long, only about three years, from 1862 to 1865.', 'Did it take long to build?');
    const f = r.claims.flatMap((c) => c.flags).find((x) => x.name === 'unsupported-restriction');
    expect(f?.weak).toBe(true);
    expect(r.verdict).not.toBe('ungrounded');
  });
  it('control: "only" before a noun restricts', () => {
    const r = check(TOWER, 'The Vell Tower was built by only the engineer Ada Morrow.', 'Who built it?');
    expect(flags(r)).toContain('unsupported-restriction');
    expect(r.verdict).toBe('ungrounded');
  });
});

describe('everyday synonyms of source words in a reply (synonyms.ts)', () => {
  const BAND = 'The Harrow Lights began their career in 1994 in Leeds, and their first film appeared in 2001.';
  it('"considered" for "regarded", "started" for "originated"', () => {
    expect(synonymKnown('considered', 'consider', [analyze('It is widely regarded as the best.').vocabulary])).toBe(true);
    expect(synonymKnown('started', 'start', [analyze('It originated in Peru.').vocabulary])).toBe(true);
  });
  it('"started" for "began", "movie" for "film"', () => {
    expect(synonymKnown('started', 'start', [analyze(BAND).vocabulary])).toBe(true);
    const r = check(BAND, 'Their career started in 1994, and their first movie came in 2001.', 'Tell me about them');
    expect(flags(r)).not.toContain('low-coverage');
    expect(flags(r)).not.toContain('novel-content');
  });
  it('control: a word of another meaning is no synonym ("ended" for "began"), and summaries (no turn) are not read so', () => {
    expect(synonymKnown('ended', 'end', [analyze(BAND).vocabulary])).toBe(false);
    expect(synonymKnown('great', 'great', [analyze('a good band').vocabulary])).toBe(false);
    const r = check(BAND, 'Their tour ended in 1994 with a movie.', 'Tell me about them');
    expect(r.verdict).not.toBe('grounded');
  });
});

describe('a modifier swapped in a reply to a remark (relations.ts modifierSwap, any turn)', () => {
  const LANG = 'Veltic is an agglutinative language with simple phonotactics and a pure vowel system.';
  it('"rigid phonotactics" against "simple phonotactics" is unverified, though most words are copied', () => {
    const r = check(
      LANG,
      'Veltic is an agglutinative language with rigid phonotactics and a pure vowel system.',
      'I always found languages interesting.',
    );
    expect(flags(r)).toContain('novel-content');
    expect(r.verdict).toBe('unverified');
  });
  it('control: a long summary written for a "Summarize" turn may paraphrase a modifier ("customizable plans")', () => {
    const CALL = 'The agent described different plans, including term life policies and whole life policies, and offered a quote tool.';
    const r = check(
      CALL,
      'The agent described a variety of plans, including term life policies, whole life policies and customizable plans, and offered a quick quote tool.',
      'Summarize this sales call.',
    );
    expect(r.verdict).toBe('grounded');
  });
  it('control: the copied modifier is grounded', () => {
    const r = check(
      LANG,
      'Veltic is an agglutinative language with simple phonotactics and a pure vowel system.',
      'I always found languages interesting.',
    );
    expect(r.verdict).toBe('grounded');
  });
});

describe('a one-word remark beside a grounded claim (check.ts chitchatFlag)', () => {
  const HIT = 'Marla Quinn: Her first single, "Paper Boats", was released in May 1961 and became a number one hit in Canada.';
  it('"It was quite popular." beside the stated fact says nothing to check', () => {
    const r = check(
      HIT,
      'Her first single, "Paper Boats", was a number one hit in Canada. It was quite popular.',
      'What is her best song?',
    );
    expect(r.verdict).toBe('grounded');
  });
  it('control: alone, or with two content words the sources never use, the remark is unverified', () => {
    expect(check(HIT, 'It was quite popular.', 'What is her best song?').verdict).toBe('unverified');
    const r = check(
      HIT,
      'Her first single, "Paper Boats", was a number one hit in Canada. It sold millions worldwide.',
      'What is her best song?',
    );
    expect(r.verdict).not.toBe('grounded');
  });
});

describe('chat spellings of function words are no content words', () => {
  const HALL = 'The Orwin Hall is a concert hall in Dunmere that opened in 1931.';
  it('"Im", "gotta" count neither for nor against coverage', () => {
    const t = analyze('Im sure you gotta see it').sentences[0].tokens;
    expect(chatFunctionWord(t.find((x) => x.value === 'Im')!)).toBe(true);
    expect(chatFunctionWord(t.find((x) => x.value === 'gotta')!)).toBe(true);
    const r = check(HALL, 'Im told the Orwin Hall opened in 1931, you gotta visit the concert hall.', 'Have you been to Dunmere?');
    expect(flags(r)).not.toContain('low-coverage');
  });
  it('control: a content word stays one ("sure", "visit")', () => {
    const t = analyze('Im sure you gotta see it').sentences[0].tokens;
    expect(chatFunctionWord(t.find((x) => x.value === 'sure')!)).toBe(false);
  });
});

describe('a stated name with words left out (shortenedName)', () => {
  const PIE = 'Lemon tarts were first baked by Clara Holt Brennan in 1931, when she added candied peel to a custard recipe.';
  it('"Clara Brennan" for "Clara Holt Brennan" is the stated name', () => {
    const r = check(PIE, 'Lemon tarts were first baked by Clara Brennan in 1931.', 'I love lemon tarts');
    expect(flags(r)).not.toContain('unsupported-entity');
    expect(r.verdict).toBe('grounded');
  });
  it('control: a name assembled from two names, or with another first word, stays unsupported', () => {
    const two = 'Clara Holt met Dan Brennan in Leeds.';
    expect(shortenedName(['clara', 'brennan'], [analyze(two)])).toBe(false);
    expect(shortenedName(['holt', 'brennan'], [analyze(PIE)])).toBe(false);
    expect(shortenedName(['clara', 'brennan'], [analyze(PIE)])).toBe(true);
    expect(check(two, 'The lodger in Leeds was Clara Brennan.', 'Who lived in Leeds?').verdict).toBe('ungrounded');
  });
});

describe('a verb that means "not" negates its object (implicitlyNegated)', () => {
  const DIET = 'Fruitarianism is the practice of abstaining from the use of cooked foods, and eating mostly raw fruit.';
  it('"not using cooked foods" states what "abstaining from the use of cooked foods" does: no flip', () => {
    const r = check(DIET, 'Fruitarianism means not using cooked foods and eating mostly raw fruit.', 'What is it?');
    expect(r.claims.flatMap((c) => c.flags).filter((f) => f.name === 'negation-flip' && !f.weak)).toEqual([]);
    expect(r.verdict).not.toBe('ungrounded');
    const tokens = analyze(DIET).sentences[0].tokens;
    expect(
      implicitlyNegated(
        tokens,
        tokens.findIndex((t) => t.value === 'foods'),
      ),
    ).toBe(true);
  });
  it('control: a negation of what the source affirms plainly is a flip', () => {
    const r = check(DIET, 'Fruitarians are not eating raw fruit.', 'What do they eat?');
    expect(flags(r)).toContain('negation-flip');
    const tokens = analyze(DIET).sentences[0].tokens;
    expect(
      implicitlyNegated(
        tokens,
        tokens.findIndex((t) => t.value === 'fruit'),
      ),
    ).toBe(false);
  });
});

describe('names and decades in another written form', () => {
  const PEAK = 'Mount Tarrow is a dormant volcano about 40 miles east of Ardley. It was named after Louis IX of Navarre.';
  const PREACHER = 'Samuel Okoro Jr. was a preacher in Ardley from 1955 until 1968.';
  const BAND = 'The Velvet Arches released their debut album in the mid-1950s and toured Europe in the sixties.';
  it('"Mt. Tarrow" for "Mount Tarrow", "Samuel Okoro Junior" for "Samuel Okoro Jr."', () => {
    expect(check(PEAK, 'No, but Mt. Tarrow is about 40 miles from Ardley.', 'Have you climbed it?').verdict).toBe('grounded');
    expect(check(PREACHER, 'Samuel Okoro Junior was a preacher in Ardley until 1968.', 'Who was he?').verdict).toBe('grounded');
    const FIRM = 'The Harlow Bell Company is a toy maker headquartered in Ardley.';
    expect(check(FIRM, 'Harlow Bell Co. is headquartered in Ardley.', 'Do you know them?').verdict).toBe('grounded');
    const mt = analyze('Mt. Tarrow').sentences[0].tokens[0];
    expect(abbreviationKnown(mt, (x) => x === 'mount')).toBe(true);
  });
  it('a title before a stated name: "King Louis IX" for "Louis IX"', () => {
    expect(check(PEAK, 'It was named after King Louis IX of Navarre.', 'What an odd name!').verdict).toBe('grounded');
  });
  it('"the 1950s", "the 60s" for "the mid-1950s", "the sixties"', () => {
    expect(check(BAND, 'Their debut album came out in the 1950s, and they toured Europe in the 60s.', 'When did they start?').verdict).toBe(
      'grounded',
    );
    expect(decadeWritten(analyze('in the 1950s').quantities[0], (x) => x === '1950s')).toBe(true);
  });
  it('controls: another abbreviation, another title word, another decade', () => {
    expect(check(PEAK, 'No, but Ft. Tarrow is about 40 miles from Ardley.', 'Have you climbed it?').verdict).toBe('ungrounded');
    expect(check(PEAK, 'It was named after King Henry IX of Navarre.', 'What an odd name!').verdict).toBe('ungrounded');
    expect(check(BAND, 'Their debut album came out in the 1970s.', 'When did they start?').verdict).toBe('ungrounded');
  });
});

describe('an amount of money written without its currency in a reply (currencyDropped)', () => {
  const FILM = 'The film was a box office success, grossing $312 million worldwide.';
  it('"made 312 million", "made about 310 million" for "$312 million"', () => {
    expect(check(FILM, 'It made 312 million worldwide.', 'Was it a hit?').verdict).toBe('grounded');
    expect(check(FILM, 'It made about 310 million worldwide.', 'Was it a hit?').verdict).toBe('grounded');
    const q = currencyDropped(analyze('It made 312 million.').quantities[0], analyze(FILM).quantities);
    expect(q.kind).toBe('money');
  });
  it('control: another amount stays a mismatch, and a year stays a number', () => {
    expect(check(FILM, 'It made 412 million worldwide.', 'Was it a hit?').verdict).toBe('ungrounded');
    expect(currencyDropped(analyze('in 2000').quantities[0], analyze('It cost $2,500.').quantities).kind).toBe('number');
  });
});

describe('a stated measure converted or rounded in a reply (measureConverted)', () => {
  const PEAK = 'Mount Tarrow rises to 4,120 metres, and the trail to its top is 21.375 kilometres long.';
  it('"about 13,500 feet" for "4,120 metres", "21.4 km" and "21 kilometres" for "21.375 kilometres"', () => {
    expect(check(PEAK, 'Mount Tarrow rises to about 13,500 feet.', 'How high is it?').verdict).toBe('grounded');
    expect(check(PEAK, 'The trail to the top is 21.4 km long.', 'How long is the hike?').verdict).toBe('grounded');
    expect(measureConverted({ n: '21', unit: 'length:km' }, 'the trail is ', [{ n: '21.375', unit: 'length:km' }])).toBe(true);
    expect(measureConverted({ n: '13500', unit: 'length:ft' }, 'about ', [{ n: '4120', unit: 'length:m' }])).toBe(true);
  });
  it('a unit spelled otherwise is no invented word ("kilometres" for "km")', () => {
    const TRAIL = 'The Tarrow trail is 21 km long.';
    expect(check(TRAIL, 'Over 20 kilometres!', 'How long is the trail?').verdict).toBe('grounded');
    expect(check(TRAIL, 'Over 20 miles!', 'How long is the trail?').verdict).not.toBe('grounded');
  });
  it('controls: a wrong conversion, an unhedged value off by more than its rounding, another dimension', () => {
    expect(check(PEAK, 'Mount Tarrow rises to about 20,000 feet.', 'How high is it?').verdict).toBe('ungrounded');
    expect(measureConverted({ n: '12800', unit: 'length:ft' }, 'it is ', [{ n: '4120', unit: 'length:m' }])).toBe(false);
    expect(measureConverted({ n: '4120', unit: 'mass:kg' }, 'it is ', [{ n: '4120', unit: 'length:m' }])).toBe(false);
  });
});

describe("the speaker's own phrase in a short answer is no answer word (speakerPhraseWords)", () => {
  const BOOK = 'The Glass Orchard is a gothic mystery novel by the Welsh author Mair Ellis, written between 1961 and 1964.';
  it('"Gothic mystery, my favorite genre!": "favorite genre" says something of the speaker', () => {
    expect(check(BOOK, 'Gothic mystery, my favorite genre!', 'What kind of book is it?').verdict).not.toBe('ungrounded');
    const tokens = analyze('Gothic mystery, my favorite genre!').sentences[0].tokens;
    expect([...speakerPhraseWords(tokens)].map((t) => t.value)).toEqual(['favorite', 'genre']);
  });
  it('control: an invented answer word outside the phrase is still the answer ("Gothic romance")', () => {
    expect(check(BOOK, 'Gothic romance, my favorite genre!', 'What kind of book is it?').verdict).toBe('ungrounded');
  });
});
