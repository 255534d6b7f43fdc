/**
 * Short answers to a question over a knowledge passage (HaluEval-QA style, issue 20), one miss class per test,
 * each with a negative control: the correct answer from the same passage stays grounded. Also the question's names
 * as support, thresholds of another magnitude, and personal statements in dialogue.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { inLexicon } from '../../src/grounding/nlp.js';
import type { AnswerResult, FlagName } from '../../src/grounding/types.js';

const BRIDGE =
  'The Meridian Bridge is a steel arch bridge over the Cedar River in the town of Halvorsen. It was designed by the engineer Clara Voss ' +
  'and opened to traffic in 1931. Halvorsen is the seat of Lindqvist County and lies about 40 kilometres north of the city of Portmoor.';
const SWIFT =
  'The common swift is a medium-sized bird that breeds across Europe and Asia and spends the winter in southern Africa. Swifts feed on insects ' +
  'caught in flight and can stay airborne for ten months without landing.';
const THEATRE =
  'The Vessel Theatre is a 400-seat playhouse in the harbour district of Calloway. It opened in 1988 with a production of The Tempest directed ' +
  'by Rosa Lind. Its current artistic director is Tomas Berg, appointed in 2016.';
const HOTEL =
  'The Oberoi Group is a hotel company with its head office in Delhi. Founded in 1934, the company owns and operates more than 30 luxury hotels.';

const ask = (text: string, question: string, answer: string): AnswerResult =>
  checkAnswer({ id: 't', question, contexts: [{ id: 'p', text }], answer });
const flags = (r: AnswerResult): FlagName[] => r.claims.flatMap((c) => c.flags.map((f) => f.name));

describe('short answers over a knowledge passage', () => {
  it('a name absent from the passage is ungrounded, also as the first word of the answer', () => {
    for (const answer of ['Henrik Voss', 'Mumbai', 'Cooke and Sons']) {
      const r = ask(BRIDGE, 'Who designed the bridge over the Cedar River?', answer);
      expect([answer, r.verdict]).toEqual([answer, 'ungrounded']);
      expect(flags(r)).toContain('unsupported-entity');
    }
  });
  it('control: the names the passage states are grounded, first word or not', () => {
    expect(ask(BRIDGE, 'Who designed the bridge over the Cedar River?', 'Clara Voss').verdict).toBe('grounded');
    expect(ask(BRIDGE, 'In which county is Halvorsen?', 'Lindqvist County').verdict).toBe('grounded');
    expect(ask(BRIDGE, 'In which county is Halvorsen?', 'in Lindqvist County').verdict).toBe('grounded');
  });
  it('a multi-word name whose first word is a common word ("Silver Lanterns") is checked as a name', () => {
    const r = ask('The album includes the single Paper Lanterns.', 'Which single does the album include?', 'Silver Lanterns');
    expect(r.verdict).toBe('ungrounded');
    expect(ask('The album includes the single Paper Lanterns.', 'Which single does the album include?', 'Paper Lanterns').verdict).toBe(
      'grounded',
    );
  });
  it('an informative common word the passage never uses makes a short answer ungrounded', () => {
    const r = ask(SWIFT, 'What do swifts feed on?', 'small fish and seeds');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toContain('unsupported-answer');
  });
  it('control: a short answer in the passage words, or restating the question, is grounded', () => {
    expect(ask(SWIFT, 'What do swifts feed on?', 'insects caught in flight').verdict).toBe('grounded');
    expect(ask(SWIFT, 'Where does the common swift spend the winter?', 'southern Africa').verdict).toBe('grounded');
    // "winter" is the question's word, not an invention of the answer
    expect(ask(SWIFT, 'Where does the common swift spend the winter?', 'the winter in southern Africa').verdict).toBe('grounded');
  });
  it('light words and units weigh nothing: "about ten months" is no invention', () => {
    expect(ask(SWIFT, 'How long can swifts stay airborne?', 'about ten months').verdict).toBe('grounded');
  });
  it('a name of the question is no support for a short answer', () => {
    const r = ask(HOTEL, 'Is the head office of the Oberoi Group in Mumbai or in Delhi?', 'Mumbai');
    expect(r.verdict).toBe('ungrounded');
    expect(ask(HOTEL, 'Is the head office of the Oberoi Group in Mumbai or in Delhi?', 'Delhi').verdict).toBe('grounded');
  });
  it('an answer name the passage states in another role is a misattribution', () => {
    const r = ask(THEATRE, 'Who is the current artistic director of the Vessel Theatre?', 'Rosa Lind');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toContain('misattribution');
    expect(ask(THEATRE, 'Who is the current artistic director of the Vessel Theatre?', 'Tomas Berg').verdict).toBe('grounded');
    expect(ask(THEATRE, 'Which play opened the Vessel Theatre?', 'The Tempest').verdict).toBe('grounded');
  });
  it('a number the passage states of another event is a misattribution', () => {
    const RAIL =
      'The Greyfield Line was opened in 1874 to carry slate. Passenger trains ran until 1949, and volunteers reopened the line as a heritage railway in 1996.';
    const q = 'When was the Greyfield Line reopened as a heritage railway?';
    const r = ask(RAIL, q, 'in 1949, by volunteers');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toContain('misattribution');
    expect(ask(RAIL, q, '1996').verdict).toBe('grounded');
    expect(ask(RAIL, 'When did passenger trains stop running?', '1949').verdict).toBe('grounded');
  });
  it('a sentence answering a question is a claim of its own, not a short answer (dialogue replies)', () => {
    // "leading", "group" are absent from the source: a weak signal at most, never ungrounded by the short-answer rule
    const r = ask(
      'Chad Kroeger is the lead singer of Nickelback.',
      'What more can you tell me about Nickelback?',
      'Chad Kroeger is the leading vocalist of the group.',
    );
    expect(flags(r)).not.toContain('unsupported-answer');
  });
});

describe("the question's names", () => {
  const KB = "With more than 15 million members, it is the world's largest Baptist denomination.";
  it('are accepted as the subject of the claim (the source says "it")', () => {
    const r = ask(
      KB,
      'Do you know anything about the Southern Baptist Convention?',
      "The Southern Baptist Convention is the world's largest Baptist denomination.",
    );
    expect(r.verdict).toBe('grounded');
  });
  it('are no support elsewhere in the claim', () => {
    const people = 'Dr. Maria Lopez leads the Platform team at Northern Bank.';
    const r = ask(people, 'Who leads the Platform team at Acme?', 'Dr. Maria Lopez leads the Platform team at Acme.');
    expect(r.verdict).toBe('ungrounded');
    expect(ask(people, 'Who leads the Platform team at Acme?', 'Dr. Maria Lopez leads the Platform team at Northern Bank.').verdict).toBe(
      'grounded',
    );
  });
  it('may be named by an abstention', () => {
    const r = ask('Refunds are available within 30 days.', 'Who is the CEO of Acme?', 'The documents do not say who the CEO of Acme is.');
    expect(r.verdict).toBe('grounded');
  });
});

describe('thresholds and personal statements', () => {
  it('a threshold of another magnitude does not support a number ("more than 30 hotels" vs "founded in 1947")', () => {
    const r = ask(HOTEL, 'When was the Oberoi Group founded?', 'It was founded in 1947.');
    expect(r.verdict).toBe('ungrounded');
    expect(ask(HOTEL, 'When was the Oberoi Group founded?', 'It was founded in 1934.').verdict).toBe('grounded');
    expect(ask('Scores of 7.0 and above are high.', 'Is a score of 7.5 high?', 'Yes, a score of 7.5 is high.').verdict).toBe('grounded');
  });
  it("the speaker's own preference or experience is unverified", () => {
    const r = ask('A sunset is the disappearance of the Sun below the horizon.', 'I like sunsets.', 'I love sunsets too!');
    expect(r.verdict).toBe('unverified');
    expect(flags(r)).toContain('personal-statement');
  });
  it('control: a personal frame around facts of the source is not flagged as personal', () => {
    const src = 'The most common types of pin bowling include ten-pin, nine-pin, candlepin, duckpin and five-pin bowling.';
    const r = ask(src, 'Do you bowl?', 'I prefer ten-pin bowling, though candlepin and duckpin bowling are common types too.');
    expect(flags(r)).not.toContain('personal-statement');
  });
});

describe("wink's lexicon", () => {
  it('knows common words in any case and not names', () => {
    expect(inLexicon('house')).toBe(true);
    expect(inLexicon('Silver')).toBe(true);
    expect(inLexicon('Mumbai')).toBe(false);
    expect(inLexicon('Henrik')).toBe(false);
    expect(inLexicon('')).toBe(false);
  });
});

describe('names in another form', () => {
  const NY = 'The New York City Marathon runs through the five boroughs. The race started in the United States in 1970 near Wall Street.';
  const claim = (answer: string) => checkAnswer({ id: 't', contexts: [{ id: 'p', text: NY }], answer });
  it('acronyms of stated names, names written as one word and common aliases are support', () => {
    for (const a of [
      'The NYC Marathon runs through the five boroughs.',
      'The race started in the U.S. in 1970.',
      'The race started near Wallstreet.',
    ])
      expect([a, claim(a).verdict]).toEqual([a, 'grounded']);
    expect(claim('The race started in the US in 1970.').verdict).toBe('grounded');
  });
  it('control: an acronym or a name of no stated name is not', () => {
    expect(claim('The LA Marathon runs through the five boroughs.').verdict).toBe('ungrounded');
    expect(claim('The race started in the UK in 1970.').verdict).toBe('ungrounded');
    expect(claim('The race started near Wallbridge.').verdict).toBe('ungrounded');
  });
  it('an answer that only repeats the question names its topic, not what it asks for (misattribution)', () => {
    const kelso = 'The town of Kelso lies where the River Teviot joins the River Tweed. Its abbey was founded in 1128 by King David I.';
    const r = ask(kelso, 'Which river joins the Tweed at Kelso?', 'the River Tweed');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toEqual(['misattribution']);
    expect(ask(BRIDGE, 'Who designed the Meridian Bridge?', 'the Meridian Bridge').verdict).toBe('ungrounded');
  });
  it('control: no echo when the answer adds the asked-for word, the question offers alternatives or asks yes or no', () => {
    const kelso = 'The town of Kelso lies where the River Teviot joins the River Tweed. Its abbey was founded in 1128 by King David I.';
    expect(ask(kelso, 'Which river joins the Tweed at Kelso?', 'the River Teviot').verdict).toBe('grounded');
    expect(ask(kelso, 'Which river is at Kelso, the Tweed or the Nile?', 'the River Tweed').verdict).toBe('grounded');
    expect(ask(kelso, 'Does the Tweed flow past Kelso?', 'the Tweed').verdict).toBe('grounded');
  });
  it('a year in the question binds its relation: a name stated only in another clause is a misattribution', () => {
    const comet =
      'Carl Weiss and his student Anna Roth discovered the comet Weiss-Roth in 1931 at the Sonneberg Observatory. Roth later directed the ' +
      'observatory from 1950 until 1968.';
    const r = ask(comet, 'Who directed the Sonneberg Observatory from 1950?', 'Carl Weiss');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toContain('misattribution');
    expect(ask(comet, 'Who directed the Sonneberg Observatory from 1950?', 'Anna Roth').verdict).toBe('grounded');
  });
  it('control: a clause about several at once ("the three men shared") is no rival to a name stated before it', () => {
    const penicillin =
      "Penicillin was discovered in 1928 by Alexander Fleming at St Mary's Hospital in London. Howard Florey and Ernst Chain later " +
      'developed it into a usable drug, and the three men shared the Nobel Prize in Physiology or Medicine in 1945.';
    expect(ask(penicillin, 'With whom did Fleming share the 1945 Nobel Prize?', 'Howard Florey and Ernst Chain').verdict).toBe('grounded');
  });
  it('a number written in words ("four thousand" for "4,000") is no novel word; a different number still is a mismatch', () => {
    const herbarium = 'Her herbarium of 4,000 specimens is kept at Kew Gardens.';
    expect(ask(herbarium, 'How many specimens are in her herbarium?', 'four thousand').verdict).toBe('grounded');
    expect(ask(herbarium, 'How many specimens are in her herbarium?', 'roughly four thousand').verdict).toBe('grounded');
    const r = ask(herbarium, 'How many specimens are in her herbarium?', 'five thousand');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toContain('quantity-mismatch');
  });
  it('a one-sentence answer to a wh-question with one invented informative word is ungrounded (unsupported-answer)', () => {
    const mill =
      'The Kestrel Mill is a water mill on the River Colne in Essex. It ground flour from 1780 until 1962, when it was bought by the ' +
      'county council, and it now houses a museum of rural life.';
    const r = ask(mill, 'What does the Kestrel Mill house today?', 'It now houses a museum of rural railways.');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toEqual(['unsupported-answer']);
  });
  it('control: a paraphrase stays grounded; a yes/no question or one offering alternatives is no wh-question', () => {
    const mill =
      'The Kestrel Mill is a water mill on the River Colne in Essex. It ground flour from 1780 until 1962, when it was bought by the ' +
      'county council, and it now houses a museum of rural life.';
    expect(ask(mill, 'What does the Kestrel Mill house today?', 'It is now home to a museum of rural life.').verdict).toBe('grounded');
    expect(flags(ask(mill, 'Is the Kestrel Mill a museum now?', 'It now houses a museum of rural railways.'))).not.toContain(
      'unsupported-answer',
    );
    expect(flags(ask(mill, 'Is it a mill or a museum?', 'It now houses a museum of rural railways.'))).not.toContain('unsupported-answer');
  });
  it('a year in words is the stated year; another year in words is a quantity-mismatch', () => {
    const line = 'The line was closed by British Rail in 1965 and reopened by volunteers in 1978.';
    expect(ask(line, 'When was the line closed?', 'in nineteen sixty-five').verdict).toBe('grounded');
    expect(ask(line, 'When was the line closed?', 'in nineteen sixty-six').verdict).toBe('ungrounded');
  });
  it('a first name coordinated before a shared surname names one of them ("John Reid" in "John and Angus Reid")', () => {
    const glen = 'Glenmoor was founded in 1881 by the brothers John and Angus Reid, and it is owned today by Valmont.';
    expect(ask(glen, 'Who founded Glenmoor?', 'Angus and John Reid').verdict).toBe('grounded');
    expect(ask(glen, 'Who founded Glenmoor?', 'John Reid').verdict).toBe('grounded');
  });
  it('control: a surname the sources give to no one of that first name, or across other words, stays unsupported', () => {
    const glen = 'Glenmoor was founded in 1881 by the brothers John and Angus Reid, and it is owned today by Valmont.';
    expect(ask(glen, 'Who founded Glenmoor?', 'John Valmont').verdict).toBe('ungrounded');
    expect(ask('John met Kate and Bob Reid in 1990.', 'Who did Kate meet?', 'John Reid').verdict).toBe('ungrounded');
  });
});
