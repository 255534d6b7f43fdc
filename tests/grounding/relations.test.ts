/**
 * Issue 20: claims checked as relations (src/grounding/relations.ts). A short answer bound in the sources to another
 * relation than the one asked about is a misattribution; an antonym is no swap when the sources state both sides and the
 * claim's value is bound to its own side. Each rule has a negative control.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { analyze } from '../../src/grounding/nlp.js';
import { droppedRank, MAX_SENTENCES, numberMisattribution, subjectValueMismatch } from '../../src/grounding/relations.js';

const check = (source: string, answer: string, question?: string) =>
  checkAnswer({ id: 'r', contexts: [{ id: 'c', text: source }], answer, ...(question ? { question } : {}) });
const verdict = (source: string, answer: string, question?: string) => check(source, answer, question).verdict;

describe('starts / ends: both sides stated', () => {
  const src = 'The beta starts on May 1 and ends on June 30.';
  it('a synonym of one side bound to that side’s value is grounded', () => {
    expect(verdict(src, 'The beta begins on May 1.')).toBe('grounded');
    expect(verdict('The maintenance window starts at 02:00 UTC and ends at 04:00 UTC.', 'The window begins at 02:00 UTC.')).toBe(
      'grounded',
    );
  });
  it('negative controls: the claim binds the other side’s value, or only one side is stated', () => {
    expect(verdict(src, 'The beta begins on June 30.')).toBe('ungrounded');
    expect(verdict('The maintenance window starts at 02:00 UTC and ends at 04:00 UTC.', 'The window begins at 04:00 UTC.')).toBe(
      'ungrounded',
    );
    expect(verdict('The trial starts on May 1.', 'The trial ends on May 1.')).toBe('ungrounded');
    // the antonym binds its value through a noun ("the end date is June 30")
    expect(verdict('The start date is May 1 and the end date is June 30.', 'It begins on June 30.')).toBe('ungrounded');
  });
});

describe('short answers: the relation the question asks about', () => {
  const review =
    'The Lantern Review is a literary magazine published in Dublin since 1951. It was founded by the poet Seamus Carr and is now edited by Aoife Brennan.';
  it('a name bound to another verb than the question’s, while a rival is bound to it, is a misattribution', () => {
    const r = check(review, 'Seamus Carr', 'Who edits The Lantern Review today?');
    expect(r.verdict).toBe('ungrounded');
    expect(r.claims[0].flags.map((f) => f.name)).toContain('misattribution');
    expect(
      verdict(
        'Elm Street Bakery was opened in 1958 by the brothers Leo and Sam Marchetti. It was sold to the Corsi family in 1995.',
        'the Marchetti family',
        'To whom was Elm Street Bakery sold?',
      ),
    ).toBe('ungrounded');
  });
  it('negative controls: the right name; a name whose binding the sources do not tell', () => {
    expect(verdict(review, 'Aoife Brennan', 'Who edits The Lantern Review today?')).toBe('grounded');
    expect(verdict(review, 'Seamus Carr', 'Who founded The Lantern Review?')).toBe('grounded');
    // the tagger reads "works" and "shipping" as verbs; they bind nothing
    expect(
      verdict(
        'About 140 Zephyr gliders were built by the Danubia works in Esztergom.',
        'in Esztergom',
        'Where were the Zephyr gliders built?',
      ),
    ).toBe('grounded');
    expect(
      verdict(
        'The Calder Prize was founded in 1979 by the Norwegian shipping family Aalberg.',
        'the Aalberg family',
        'Which family founded the Calder Prize?',
      ),
    ).toBe('grounded');
  });
  it('an answer stated about another named subject, while the topic’s sentence holds a rival, is a misattribution', () => {
    const src =
      'Scott Derrickson is an American director, born in 1966 in Denver, Colorado. Ed Wood was an American filmmaker, born in 1924 in Poughkeepsie, New York.';
    expect(verdict(src, 'Denver, Colorado', 'Where was Ed Wood born?')).toBe('ungrounded');
    expect(verdict(src, 'Poughkeepsie, New York', 'Where was Ed Wood born?')).toBe('grounded');
  });
  it('negative controls: a pronoun subject may be the topic; an answer that opens its sentence is its subject', () => {
    expect(
      verdict(
        'Hollow Pine is a 2009 American horror film directed by Marcus Reed. It was shot in Oregon on a small budget.',
        'Oregon',
        'Where was Hollow Pine filmed?',
      ),
    ).toBe('grounded');
    expect(
      verdict(
        'The Calder Prize for architecture is awarded each spring. Bergen hosts the Calder Prize ceremony in its city hall.',
        'Bergen',
        'Which city hosts the Calder Prize ceremony?',
      ),
    ).toBe('grounded');
  });
});

describe('sentence claims: the fact attached to the right entity', () => {
  it('a number the sources give to another name in a parallel clause is a misattribution', () => {
    const race = 'Brackley has won the race 87 times and Wendham 79 times.';
    expect(verdict(race, 'Wendham has won the race 87 times.')).toBe('ungrounded');
    expect(verdict('The Oberoi Group was founded in 1934 and Taj Hotels in 1903.', 'Taj Hotels was founded in 1934.')).toBe('ungrounded');
    // negative controls: the right pairs; a number said of two names together
    expect(verdict(race, 'Brackley has won the race 87 times.')).toBe('grounded');
    expect(verdict(race, 'Wendham has won the race 79 times.')).toBe('grounded');
    expect(
      verdict(
        'Hollis and Brandt is a law firm founded in 1921 by Walter Hollis and Emil Brandt.',
        'Emil Brandt founded Hollis and Brandt in 1921.',
      ),
    ).toBe('grounded');
  });
  it('roles swapped between two stated names (active or passive) are a misattribution', () => {
    const passive = 'The Meridian Bridge was designed by Clara Voss.';
    expect(verdict(passive, 'Clara Voss was designed by the Meridian Bridge.')).toBe('ungrounded');
    expect(verdict('Clara Voss designed the Meridian Bridge.', 'The Meridian Bridge designed Clara Voss.')).toBe('ungrounded');
    // negative controls: the same relation in the other voice; a prepositional phrase is no object
    expect(verdict(passive, 'Clara Voss designed the Meridian Bridge.')).toBe('grounded');
    expect(verdict('Clara Voss designed the Meridian Bridge.', 'The Meridian Bridge was designed by Clara Voss.')).toBe('grounded');
    expect(
      verdict(
        'The Lisbon office opened in 2018 and the Austin office in 2021.',
        'The Austin office opened three years after the Lisbon office.',
      ),
    ).toBe('grounded');
  });
  it('"both" without names says it of the question\'s names: each must hold it', () => {
    const src = 'Ken Ito joined the Data Institute in 2019. The Platform team was founded in Ohio.';
    const q = 'Where were the Platform team and the Data Institute founded?';
    expect(verdict(src, 'They were both founded in Ohio.', q)).toBe('ungrounded');
    // negative control: the sources state it of both
    expect(verdict('The Platform team and the Data Institute were founded in Ohio.', 'They were both founded in Ohio.', q)).toBe(
      'grounded',
    );
  });
  it('a sentence-initial word the sources write as a name word is part of the name', () => {
    const src = 'Dr. Maria Lopez leads the Platform team at Northern Bank. Ken Ito joined the Data Institute in 2019.';
    expect(verdict(src, 'Northern Data Institute hired Ken Ito in 2019.')).toBe('ungrounded');
    // negative control: an ordinary capitalized first word before a name
    expect(verdict(src, 'Yesterday Ken Ito joined the Data Institute.')).toBe('grounded');
  });
});

describe('short answers: head nouns, list siblings, numbers of the question', () => {
  it('a head noun the sources bind to another name ("the river Wendham" for "the river Tane")', () => {
    const src = 'The Pellam Cup is an annual rowing race on the river Tane between the universities of Brackley and Wendham.';
    const q = 'On which river is the Pellam Cup rowed?';
    expect(verdict(src, 'the river Wendham', q)).toBe('ungrounded');
    // negative controls: the stated pair; the noun near the name in another order
    expect(verdict(src, 'the river Tane', q)).toBe('grounded');
    expect(verdict('The Calder Prize was founded by the shipping family Aalberg.', 'the Aalberg family', 'Which family founded it?')).toBe(
      'grounded',
    );
  });
  it('a list item whose sibling the sources state with the question’s topic', () => {
    const src = 'Mount Kilimanjaro has three volcanic cones: Kibo, Mawenzi and Shira. Its summit, Uhuru Peak, lies on Kibo.';
    expect(verdict(src, 'Mawenzi', 'On which cone of Kilimanjaro is Uhuru Peak?')).toBe('ungrounded');
    // negative controls: the sibling named with the topic is the answer; a question without a singled-out topic
    expect(verdict(src, 'Kibo', 'On which cone of Kilimanjaro is Uhuru Peak?')).toBe('grounded');
    expect(verdict(src, 'Mawenzi', 'Name one of the volcanic cones.')).toBe('grounded');
  });
  it('a number or name the sources bind to the other name of a parallel clause', () => {
    const founded = 'The Oberoi Group was founded in 1934 and Taj Hotels in 1903.';
    expect(verdict(founded, '1934', 'When was Taj Hotels founded?')).toBe('ungrounded');
    expect(verdict(founded, '1903', 'When was Taj Hotels founded?')).toBe('grounded');
    const race = 'Brackley has won the race 87 times and Wendham 79 times.';
    expect(verdict(race, 'Wendham', 'Who has won the race 87 times?')).toBe('ungrounded');
    expect(verdict(race, 'Brackley', 'Who has won the race 87 times?')).toBe('grounded');
  });
});

describe('exclusive sets: directions, frequencies, seasons', () => {
  const creek = 'Kettle Creek rises in the Mallory Hills and flows south for 64 kilometres.';
  it('another value of the set the sources use is a swap', () => {
    expect(verdict(creek, 'It flows north for 64 kilometres.')).toBe('ungrounded');
    expect(verdict('The Lantern Review is a quarterly literary magazine.', 'monthly', 'How often is The Lantern Review published?')).toBe(
      'ungrounded',
    );
    expect(verdict('The prize is awarded each spring in Bergen.', 'each autumn', 'When is the prize awarded?')).toBe('ungrounded');
  });
  it('negative controls: the same value in another form; a value the sources also state', () => {
    expect(verdict(creek, 'It flows southward for 64 kilometres.')).toBe('grounded');
    expect(verdict('Trains run north in the morning and south in the evening.', 'Trains run north in the morning.')).toBe('grounded');
  });
});

describe('short answers bound to no verb, while a rival is bound to the question’s', () => {
  const vessel =
    'The Vessel Theatre opened in 1988 with a production of The Tempest directed by Rosa Lind. Its current artistic director is Tomas Berg, appointed in 2016.';
  const calder =
    'The Calder Prize for architecture was founded in 1979 by the Norwegian shipping family Aalberg. The 2004 prize went to the Danish architect Lise Holm.';
  it('a name or year stated without the asked relation is a misattribution', () => {
    expect(verdict(vessel, 'Tomas Berg', 'Who directed The Tempest at the Vessel Theatre?')).toBe('ungrounded');
    expect(verdict(calder, '2004', 'When was the Calder Prize founded?')).toBe('ungrounded');
    expect(verdict(vessel, '1988', 'When was Tomas Berg appointed?')).toBe('ungrounded');
  });
  it('negative controls: the bound answers; a question with no content verb', () => {
    expect(verdict(vessel, 'Rosa Lind', 'Who directed The Tempest at the Vessel Theatre?')).toBe('grounded');
    expect(verdict(calder, '1979', 'When was the Calder Prize founded?')).toBe('grounded');
    expect(verdict(vessel, 'in 2016', 'When was Tomas Berg appointed?')).toBe('grounded');
    expect(verdict(vessel, 'Tomas Berg', 'Who is the artistic director of the Vessel Theatre?')).toBe('grounded');
  });
});

describe('sentence answers: a name or year bound to the wrong verb', () => {
  const review =
    'The Lantern Review is a literary magazine published in Dublin since 1951. It was founded by the poet Seamus Carr and is now edited by Aoife Brennan.';
  const bakery =
    'Elm Street Bakery was opened in 1958 by the brothers Leo and Sam Marchetti. It is known for its rye bread and was sold to the Corsi family in 1995.';
  it('the sources bind the claim’s verb to another name or year, and the claim’s name or year to other verbs only', () => {
    expect(verdict(review, 'It is edited by Seamus Carr.', 'Who edits The Lantern Review today?')).toBe('ungrounded');
    expect(verdict(bakery, 'It was sold to the Marchetti family.', 'To whom was Elm Street Bakery sold?')).toBe('ungrounded');
    expect(verdict(bakery, 'It was sold in 1958.', 'When was Elm Street Bakery sold?')).toBe('ungrounded');
  });
  it('negative controls: the right bindings; a claim with no question (summaries) is not checked this way', () => {
    expect(verdict(review, 'It is edited by Aoife Brennan.', 'Who edits The Lantern Review today?')).toBe('grounded');
    expect(verdict(review, 'It was founded by Seamus Carr.', 'Who founded The Lantern Review?')).toBe('grounded');
    expect(verdict(bakery, 'It was sold in 1995.', 'When was Elm Street Bakery sold?')).toBe('grounded');
    expect(verdict(bakery, 'It was opened in 1958 by the Marchetti brothers.', 'Who opened Elm Street Bakery?')).toBe('grounded');
  });
});

describe('sentence answers checked like short answers', () => {
  const firm =
    'Hollis and Brandt is a law firm founded in Chicago in 1921 by Walter Hollis and Emil Brandt. Walter Hollis later served as a federal judge, while Emil Brandt ran the firm until his death in 1958.';
  const people =
    'Scott Derrickson is an American director, born in 1966 in Denver, Colorado. Ed Wood was an American filmmaker, born in 1924 in Poughkeepsie, New York.';
  it('the answer’s name stated in another role or about another subject is a misattribution', () => {
    const q = 'Which founder of Hollis and Brandt became a federal judge?';
    expect(verdict(firm, 'Emil Brandt became a federal judge.', q)).toBe('ungrounded');
    expect(verdict(people, 'Ed Wood was born in Denver, Colorado.', 'Where was Ed Wood born?')).toBe('ungrounded');
  });
  it('negative controls: the right answers; a dialogue turn is no question', () => {
    expect(verdict(firm, 'Walter Hollis became a federal judge.', 'Which founder of Hollis and Brandt became a federal judge?')).toBe(
      'grounded',
    );
    expect(verdict(people, 'Ed Wood was born in Poughkeepsie, New York.', 'Where was Ed Wood born?')).toBe('grounded');
    expect(verdict(firm, 'Emil Brandt ran the firm until 1958.', 'I love old law firms, they have such history')).toBe('grounded');
  });
});

describe('antonym values: ranks and calendar names', () => {
  it('a value bound to its own side ("begins on the 1st", "starts on Friday"); negative controls bind the other side', () => {
    const billing = 'Billing starts on the 1st of each month and ends on the 28th.';
    expect(verdict(billing, 'Billing begins on the 1st.')).toBe('grounded');
    expect(verdict(billing, 'Billing begins on the 28th.')).toBe('ungrounded');
    const sale = 'The sale begins on Friday and ends on Sunday.';
    expect(verdict(sale, 'The sale starts on Friday.')).toBe('grounded');
    expect(verdict(sale, 'The sale starts on Sunday.')).toBe('ungrounded');
  });
});

describe('names assembled from parts of different names', () => {
  const src = 'Ken Ito joined Northern Data Systems in 2019. He later moved to the Data Institute.';
  it('every pair stated but no run of three words: unsupported', () => {
    expect(verdict(src, 'Ken Ito works at the Northern Data Institute.', 'Where does Ken Ito work?')).toBe('ungrounded');
    expect(verdict(src, 'Northern Data Institute', 'Where does Ken Ito work?')).toBe('ungrounded');
  });
  it('negative controls: the stated names', () => {
    expect(verdict(src, 'Ken Ito works at the Data Institute.', 'Where does Ken Ito work?')).toBe('grounded');
    expect(verdict(src, 'Northern Data Systems', 'Where did Ken Ito work in 2019?')).toBe('grounded');
  });
});

describe('numbers of parallel sentences', () => {
  const src = 'Brackley has won the race 87 times. Wendham has won it 79 times.';
  it('a number of a sentence about another name, when the claim’s name has its own', () => {
    expect(verdict(src, 'Wendham has won the race 87 times.')).toBe('ungrounded');
    expect(verdict(src, '87 times', 'How many times has Wendham won the race?')).toBe('ungrounded');
  });
  it('negative controls: the right numbers; a pronoun subject is not guessed', () => {
    expect(verdict(src, '79 times', 'How many times has Wendham won the race?')).toBe('grounded');
    expect(verdict(src, 'Brackley has won 87 times.')).toBe('grounded');
    expect(
      verdict('Brackley has won the race 87 times. It also won 12 cups. Wendham has 79 times the budget.', 'Wendham won 12 cups.'),
    ).toBe('grounded');
  });
});

describe('numberMisattribution scans at most MAX_SENTENCES source sentences in all', () => {
  const race = 'Brackley has won the race 87 times and Wendham 79 times.';
  const after = (n: number) => analyze(`${'The weather was mild that day. '.repeat(n)}${race}`);
  const claim = (text: string) => analyze(text).sentences[0].tokens;
  const found = 'the sources give 87 to "Brackley" and 79 to "wendham"';
  it('finds the parallel clause in the last sentence scanned, not past it', () => {
    expect(MAX_SENTENCES).toBe(200);
    expect(numberMisattribution(claim('Wendham has won the race 87 times.'), [after(199)])).toBe(found);
    expect(numberMisattribution(claim('Wendham has won the race 87 times.'), [after(200)])).toBeUndefined();
  });
  it("counts every sentence of each number's scan, over several sources", () => {
    // "2020" is looked for in all 100 sentences first; "87" then in the 100 left
    const two = claim('In 2020, Wendham has won the race 87 times.');
    expect(numberMisattribution(two, [after(99)])).toBe(found);
    expect(numberMisattribution(two, [after(120)])).toBeUndefined();
    expect(numberMisattribution(two, [after(98), analyze(`The sky was blue. ${race}`)])).toBe(found);
    expect(numberMisattribution(two, [after(99), analyze(`The sky was blue. ${race}`)])).toBeUndefined();
  });
});

describe('superlatives and subjects looked up in the sources word by word (indexes per analysis)', () => {
  const claim = (text: string) => analyze(text).sentences[0].tokens;
  const ranked = analyze('Acme is the second-largest bank in Ohio. It opened in 1990.');
  it('a dropped rank is found in any source sentence; a bare occurrence in another source clears it', () => {
    expect(droppedRank(claim('Acme is the largest bank.'), [ranked])).toEqual({ word: 'largest', source: 'second largest' });
    expect(
      droppedRank(claim('Acme is the largest bank.'), [ranked, analyze('Acme is the 3rd largest bank. Bolt is the largest bank.')]),
    ).toBeUndefined();
    const peak = analyze('Mount Kell is the highest peak in the range.');
    expect(droppedRank(claim('Kell is the second highest peak.'), [ranked, peak])).toEqual({ word: 'second highest', source: 'highest' });
  });
  it('a value bound to another subject is found past sentences without the subject', () => {
    const sources = [analyze('The bank is old. Northgate Bank was founded in Ohio. The Data Institute was founded in Texas.')];
    expect(subjectValueMismatch(claim('The Data Institute was founded in Ohio.'), sources)).toBe(
      'the sources say "founded" of "Data Institute" with "Texas", and with "Ohio" only of another name',
    );
    expect(subjectValueMismatch(claim('The Data Institute was founded in Texas.'), sources)).toBeUndefined();
  });
});
