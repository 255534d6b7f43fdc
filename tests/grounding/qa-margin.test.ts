/**
 * Issue 20, widening the margin of the question-answering and technical-docs splits: weaknesses left by earlier
 * work, each shown on a small hand-written example (never a corpus row) with a negative control.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { analyze } from '../../src/grounding/nlp.js';
import type { AnswerResult, FlagName } from '../../src/grounding/types.js';

const check = (text: string, answer: string, question?: string): AnswerResult =>
  checkAnswer({ id: 't', question, contexts: [{ id: 'p', text }], answer });
const flags = (r: AnswerResult): FlagName[] => r.claims.flatMap((c) => c.flags.map((f) => f.name));
const sentences = (text: string) => analyze(text).sentences.map((s) => s.text);

describe('sentence splitting after "ms." and "a.m.", decided by what follows', () => {
  it('"ms." in lower case before a capitalized word ends the sentence', () => {
    expect(sentences('The call took 10 ms. Latency then rose to 40 ms. Engineers restarted it.')).toEqual([
      'The call took 10 ms.',
      'Latency then rose to 40 ms.',
      'Engineers restarted it.',
    ]);
    expect(sentences('The timeout is 300 ms. Then the client retries.')).toEqual(['The timeout is 300 ms.', 'Then the client retries.']);
  });
  it('control: the title "Ms." before a name does not end a sentence', () => {
    expect(sentences('Ask Ms. Jones about it. She knows.')).toEqual(['Ask Ms. Jones about it.', 'She knows.']);
  });
  it('"a.m." ends a sentence before a common word, not before a weekday or a time zone', () => {
    expect(sentences('The office opens at 9 a.m. Staff arrive earlier.')).toEqual(['The office opens at 9 a.m.', 'Staff arrive earlier.']);
    expect(sentences('The office opens at 9 a.m. Monday to Friday.')).toHaveLength(1);
    expect(sentences('The office opens at 9 a.m. Eastern Time.')).toHaveLength(1);
  });
  it('an answer with a sentence after "ms." is checked as two claims, each on its own', () => {
    const src = 'The health check times out after 300 ms. The retry waits 2 seconds.';
    const r = check(src, 'The health check times out after 300 ms. The service then restarts on its own.');
    expect(r.claims.map((c) => c.claim)).toEqual(['The health check times out after 300 ms.', 'The service then restarts on its own.']);
    expect(r.claims[0].verdict).toBe('grounded');
    expect(r.claims[1].verdict).not.toBe('grounded');
  });
});

describe('a time window across midnight', () => {
  const src = 'The maintenance window runs from 22:00 to 02:00 UTC.';
  it('lasts from its start to its end: 4 hours, not the 20 hours between the two clock times', () => {
    const r = check(src, 'The maintenance window lasts 20 hours.');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toContain('quantity-mismatch');
    expect(check(src, 'The maintenance window lasts 4 hours.').verdict).toBe('grounded');
  });
  it('control: two times of one day in order still give their difference', () => {
    expect(check('The build began at 14:05 and ended at 14:50.', 'The build took 45 minutes.').verdict).toBe('grounded');
    expect(check('The job ran from 08:00 to 20:00.', 'The job ran for 12 hours.').verdict).toBe('grounded');
  });
});

describe('one invented informative word beside supported quantities', () => {
  const L = 'The lighthouse was built in 1887 on the northern cape. It was automated in 1962.';
  it('in a one-sentence answer to a wh-question, an invented noun is novel content (unverified)', () => {
    const r = check(L, 'It was built in the summer of 1887.', 'When was the lighthouse built?');
    expect(r.verdict).toBe('unverified');
    expect(flags(r)).toEqual(['novel-content']);
  });
  it('in a short claim without a question, an invented noun is novel content (unverified)', () => {
    const r = check(L, 'It was built in the summer of 1887.');
    expect(r.verdict).toBe('unverified');
    expect(flags(r)).toEqual(['novel-content']);
    expect(check('The X100 router was released in 2019 and sold in Europe.', 'The router is discontinued.').verdict).toBe('unverified');
  });
  it('control: the same sentence without the invented word, and time units framing a stated value, are grounded', () => {
    expect(check(L, 'It was built in 1887.', 'When was the lighthouse built?').verdict).toBe('grounded');
    expect(check(L, 'The lighthouse was built in 1887.').verdict).toBe('grounded');
    expect(
      check('The ferry leaves every 30 minutes from the north pier.', 'It leaves every half hour.', 'How often does it leave?').verdict,
    ).toBe('grounded');
  });
});

describe('a fact attached to the wrong entity', () => {
  const N = 'Northgate Bank was founded in Ohio. The Data Institute was founded in Texas.';
  it("a value the sources bind to the same verb of another subject, while the subject's own sentence has another value", () => {
    const r = check(N, 'The Data Institute was founded in Ohio.');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toContain('misattribution');
    const y = 'The Harlow Museum opened in 1931. The Calder Gallery opened in 1958 and was renovated in 1990.';
    expect(check(y, 'The Calder Gallery opened in 1931.').verdict).toBe('ungrounded');
  });
  it('control: each fact with its own subject is grounded', () => {
    expect(check(N, 'The Data Institute was founded in Texas.').verdict).toBe('grounded');
    expect(check(N, 'Northgate Bank was founded in Ohio.').verdict).toBe('grounded');
    const y = 'The Harlow Museum opened in 1931. The Calder Gallery opened in 1958 and was renovated in 1990.';
    expect(check(y, 'The Harlow Museum opened in 1931, and the Calder Gallery in 1958.').verdict).toBe('grounded');
  });
  it('"both" needs the value of the predicate ("in Ohio") with each name, not only its verb', () => {
    expect(check(N, 'Both were founded in Ohio.', 'Where were Northgate Bank and the Data Institute founded?').verdict).toBe('ungrounded');
    expect(check(N, 'Northgate Bank and the Data Institute were both founded in Ohio.').verdict).toBe('ungrounded');
    const both = 'Northgate Bank was founded in Ohio. The Data Institute was also founded in Ohio.';
    expect(check(both, 'Northgate Bank and the Data Institute were both founded in Ohio.').verdict).toBe('grounded');
    expect(check(both, 'Both were founded in Ohio.', 'Where were Northgate Bank and the Data Institute founded?').verdict).toBe('grounded');
  });
});

describe('an answer of common words in the slot of another verb', () => {
  const P = 'The hiking trail begins at the old quarry and ends at the mountain hut. It is maintained by volunteers.';
  it('the phrase the sources bind to "begins" does not answer where the trail ends', () => {
    const r = check(P, 'at the old quarry', 'Where does the hiking trail end?');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toContain('misattribution');
    const B = 'Backups are written to cold storage and restored from the primary replica.';
    expect(check(B, 'cold storage', 'Where are backups restored from?').verdict).toBe('ungrounded');
  });
  it('control: the phrase bound to the question verb, or an answer no other verb binds, is grounded', () => {
    expect(check(P, 'at the mountain hut', 'Where does the hiking trail end?').verdict).toBe('grounded');
    expect(check(P, 'the old quarry', 'Where does the hiking trail begin?').verdict).toBe('grounded');
    expect(check(P, 'volunteers', 'Who maintains the trail?').verdict).toBe('grounded');
    const B = 'Backups are written to cold storage and restored from the primary replica.';
    expect(check(B, 'the primary replica', 'Where are backups restored from?').verdict).toBe('grounded');
  });
});

describe('a number next to another lower-case name (hyphenated compounds of technical text)', () => {
  const P = 'The ap-south cluster runs 64 nodes, while the smaller cluster, sa-east, runs 16.';
  const T = 'The north-hub site stores 1,500 pallets, and the older site, south-hub, stores 900.';
  it("the number the sources give to another compound does not answer for the question's", () => {
    expect(check(P, '64', 'How many nodes does sa-east run?').verdict).toBe('ungrounded');
    expect(check(T, '900', 'How many pallets does north-hub store?').verdict).toBe('ungrounded');
    expect(flags(check(T, '900', 'How many pallets does north-hub store?'))).toContain('misattribution');
  });
  it("control: each compound's own number is grounded", () => {
    expect(check(P, '16', 'How many nodes does sa-east run?').verdict).toBe('grounded');
    expect(check(P, '64', 'How many nodes does ap-south run?').verdict).toBe('grounded');
    expect(check(T, '1,500', 'How many pallets does north-hub store?').verdict).toBe('grounded');
    expect(check(T, '900', 'How many pallets does south-hub store?').verdict).toBe('grounded');
  });
});

describe('names of the question as support', () => {
  const B = 'The Meridian Bridge over the Cedar River was designed by the engineer Clara Voss and opened in 1931.';
  it("a yes/no question's name that no source states is no evidence for a claim about it (unverified)", () => {
    const r = check(B, 'Yes, Henrik Berg designed it.', 'Did Henrik Berg design the Meridian Bridge?');
    expect(r.verdict).toBe('unverified');
    expect(r.claims[0].flags.find((f) => f.name === 'unsupported-entity')?.weak).toBe(true);
    expect(check(B, 'Henrik Berg designed the Meridian Bridge.', 'Did Henrik Berg design the Meridian Bridge?').verdict).toBe('unverified');
  });
  it('a name the question offers as an option is no support for a short answer or a sentence naming it as the value', () => {
    expect(check(B, 'Henrik Berg', 'Was the Meridian Bridge designed by Henrik Berg or Clara Voss?').verdict).toBe('ungrounded');
    expect(check(B, 'It was designed by Henrik Berg.', 'Was the Meridian Bridge designed by Henrik Berg or Clara Voss?').verdict).toBe(
      'ungrounded',
    );
  });
  it('control: the stated name, and a question name that the sources state, are grounded', () => {
    expect(check(B, 'Clara Voss', 'Was the Meridian Bridge designed by Henrik Berg or Clara Voss?').verdict).toBe('grounded');
    expect(check(B, 'Yes, Clara Voss designed it.', 'Did Clara Voss design the Meridian Bridge?').verdict).toBe('grounded');
  });
});

describe('multi-word names assembled from words of different source names', () => {
  const N = 'Northern Bank opened a branch in Leeds. The Data Institute published the report.';
  it('"Northern Data Institute" is not stated by "Northern Bank" and "the Data Institute"', () => {
    expect(check(N, 'The report was published by the Northern Data Institute.').verdict).toBe('ungrounded');
    expect(check(N, 'Northern Data Institute', 'Who published the report?').verdict).toBe('ungrounded');
  });
  it('control: the stated names are grounded', () => {
    expect(check(N, 'The report was published by the Data Institute.').verdict).toBe('grounded');
    expect(check(N, 'the Data Institute', 'Who published the report?').verdict).toBe('grounded');
  });
});

describe('an antonym of a source word that is the synonym of the other side the source states', () => {
  const P = 'The parade starts at the river bridge and finishes outside the cathedral.';
  it('"ends" is the source\'s "finishes" when it binds the same place: no swap', () => {
    expect(check(P, 'It ends outside the cathedral.', 'Where does the parade finish?').verdict).toBe('grounded');
    expect(check(P, 'The parade ends at the cathedral.').verdict).toBe('grounded');
  });
  it('control: "ends" with the place the source binds to "starts" is a swap', () => {
    const r = check(P, 'The parade ends at the river bridge.');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toContain('antonym-swap');
  });
});

describe('a generic company word after a stated name', () => {
  const P = 'The Pelham Motor Company built cars in Coventry until 1956. The company was bought by Rootes in 1956.';
  it('"the Rootes Group" names the stated "Rootes"', () => {
    expect(check(P, 'the Rootes Group', 'Which company bought Pelham?').verdict).toBe('grounded');
    expect(check(P, 'It was bought by Rootes Ltd.', 'Which company bought Pelham?').verdict).toBe('grounded');
  });
  it('control: another word after the name, or the suffix after an unstated name, is flagged', () => {
    expect(check(P, 'the Rootes Motors', 'Which company bought Pelham?').verdict).toBe('ungrounded');
    expect(check(P, 'the Humber Group', 'Which company bought Pelham?').verdict).toBe('ungrounded');
  });
});

describe('a decade bound to another event than the one the sources date in it', () => {
  const P = 'The mill was closed by its owners in 1962 and reopened as a museum in 1975.';
  it('"closed in the 1970s" where the sources close it in 1962 and reopen it in 1975 is misattribution', () => {
    const r = check(P, 'It was closed in the 1970s.', 'When was the mill closed?');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toContain('misattribution');
    expect(check(P, 'The mill was closed in the 1970s.').verdict).toBe('ungrounded');
  });
  it("control: each event in its own year's decade is grounded", () => {
    expect(check(P, 'It was reopened in the 1970s.', 'When was the mill reopened?').verdict).toBe('grounded');
    expect(check(P, 'It was closed in the 1960s.', 'When was the mill closed?').verdict).toBe('grounded');
  });
});

describe("a birth or death year answering another event's question", () => {
  const P = 'Anna Kovac is a Croatian cyclist. She was born in Split in 1994 and made her debut for the national team in 2017.';
  it('the year the sources give to "born" does not date her debut', () => {
    const r = check(P, 'in 1994', 'When did Kovac first ride for Croatia?');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toContain('misattribution');
  });
  it('control: the debut year, and the birth year for a question of birth or age, are grounded', () => {
    expect(check(P, 'in 2017', 'When did Kovac first ride for Croatia?').verdict).toBe('grounded');
    expect(check(P, '1994', 'When was Anna Kovac born?').verdict).toBe('grounded');
    expect(check(P, 'in 1994', 'In which year was Kovac given birth to?').verdict).toBe('grounded');
  });
});

describe('a rate is another measure than its unit', () => {
  const S = 'The Kestrel K2 has a cruising speed of 260 km/h and a range of 1,200 kilometres.';
  const F = 'The ferry travels at 40 kilometres per hour over a route of 90 kilometres.';
  it('the number of a stated speed is no length, and a stated length no speed', () => {
    expect(check(S, 'a range of 260 kilometres', 'What is the range of the Kestrel K2?').verdict).toBe('ungrounded');
    expect(check(S, '1,200 km/h', 'What is the cruising speed of the Kestrel K2?').verdict).toBe('ungrounded');
    expect(check(F, 'It travels at 90 kilometres per hour.').verdict).toBe('ungrounded');
    expect(check(F, 'The route is 40 kilometres long.').verdict).toBe('ungrounded');
  });
  it('control: each number with its own measure is grounded', () => {
    expect(check(S, '1,200 km', 'What is the range of the Kestrel K2?').verdict).toBe('grounded');
    expect(check(S, 'It cruises at 260 km/h.', 'How fast does the Kestrel K2 cruise?').verdict).toBe('grounded');
    expect(check(F, 'It travels at 40 km per hour.').verdict).toBe('grounded');
  });
});

describe('a number given to the parallel subject of another clause of the same sentence', () => {
  const T = 'The free tier includes 5 GB of storage; the pro tier includes 1 TB.';
  const W = 'The basic plan allows 3 seats, while the team plan allows 25 seats.';
  it('"the pro tier includes 5 GB" where the 5 GB belong to the free tier is misattribution', () => {
    expect(check(T, 'The pro tier includes 5 GB of storage.').verdict).toBe('ungrounded');
    expect(flags(check(T, 'The free tier includes 1 TB of storage.'))).toContain('misattribution');
    expect(check(W, 'The team plan allows 3 seats.').verdict).toBe('ungrounded');
  });
  it("control: each subject's own number, also converted, is grounded", () => {
    expect(check(T, 'The pro tier includes 1,024 GB of storage.').verdict).toBe('grounded');
    expect(check(T, 'The free tier includes 5 GB of storage.').verdict).toBe('grounded');
    expect(check(W, 'The team plan allows 25 seats.').verdict).toBe('grounded');
  });
});

describe('abstentions in the past tense, the first person plural, or naming the documentation', () => {
  const T = 'The API gateway allows 600 requests per minute per key. Keys expire after 90 days.';
  const q = 'Does the gateway support GraphQL?';
  it('are grounded', () => {
    for (const a of [
      'I could not find that in the documentation.',
      "We couldn't find any mention of GraphQL.",
      'The documentation does not say.',
      'There is no mention of GraphQL in the docs.',
      'I have no information about GraphQL support.',
    ])
      expect([a, check(T, a, q).verdict]).toEqual([a, 'grounded']);
  });
  it('control: a claim beside the abstention, or a fact about what a system could not find, is checked', () => {
    // (a hedge beside a restatement of the question's own words abstains: the claim must add words of its own, dialogue.ts)
    expect(check(T, 'I could not find it, but the gateway supports GraphQL over WebSockets.', q).verdict).toBe('ungrounded');
    expect(check(T, 'The gateway could not find the key.', q).verdict).not.toBe('grounded');
  });
});

describe('measures converted between units of one dimension', () => {
  const A = 'The railway climbs from Grund to the Eiger station, a rise of 1,100 metres. The engine weighs 3 tonnes.';
  it('"1.1 kilometres" is the stated "1,100 metres"; "about 3,600 feet" rounds it under a hedge; "3,000 kg" is "3 tonnes"', () => {
    expect(check(A, 'about 1.1 kilometres', 'How far does it climb?').verdict).toBe('grounded');
    expect(check(A, '1.1 km', 'How far does it climb?').verdict).toBe('grounded');
    expect(check(A, 'about 3,600 feet', 'How far does it climb?').verdict).toBe('grounded');
    expect(check(A, 'The engine weighs 3,000 kg.').verdict).toBe('grounded');
  });
  it('control: another value, or an unhedged rounding, is a mismatch', () => {
    expect(check(A, '1.2 km', 'How far does it climb?').verdict).toBe('ungrounded');
    expect(check(A, 'The engine weighs 3,500 kg.').verdict).toBe('ungrounded');
    expect(check(A, 'The rise is 3,600 feet.').verdict).not.toBe('grounded');
  });
});

describe('the two ends of "from X to Y" exchanged', () => {
  const A = 'The Glacier Railway opened in 1912 and climbs from Grund to the Eiger station, a rise of 1,100 metres.';
  it('a claim in the reverse order, or an answer naming the start for the end, is misattribution', () => {
    expect(flags(check(A, 'It climbs from the Eiger station to Grund.'))).toContain('misattribution');
    expect(check(A, 'Grund', 'Where does the Glacier Railway end?').verdict).toBe('ungrounded');
    expect(check(A, 'the Eiger station', 'Where does the Glacier Railway start?').verdict).toBe('ungrounded');
  });
  it('control: the stated order and ends are grounded; a range of years is left to the quantity checks', () => {
    expect(check(A, 'It climbs from Grund to the Eiger station.').verdict).toBe('grounded');
    expect(check(A, 'the Eiger station', 'Where does the Glacier Railway end?').verdict).toBe('grounded');
    expect(check(A, 'at Grund', 'Where does the Glacier Railway start?').verdict).toBe('grounded');
    expect(check('The works ran from 1912 to 1956.', 'The works ran from 1912 to 1956.').verdict).toBe('grounded');
  });
});

describe('a name bound by a work noun ("a libretto by X"), not by the verb before it', () => {
  const A =
    'The opera Silver Harbour was composed by Ines Varga to a libretto by Tomas Reyes. It premiered in Lisbon in 1958, conducted by Paulo Dias.';
  it('the librettist does not answer who composed it, nor the conductor who wrote the libretto', () => {
    expect(check(A, 'Tomas Reyes', 'Who composed Silver Harbour?').verdict).toBe('ungrounded');
    expect(check(A, 'It was composed by Tomas Reyes.', 'Who composed Silver Harbour?').verdict).toBe('ungrounded');
    expect(check(A, 'Paulo Dias', 'Who wrote the libretto of Silver Harbour?').verdict).toBe('ungrounded');
    expect(flags(check(A, 'Ines Varga wrote the libretto.', 'Who wrote the libretto of Silver Harbour?'))).toContain('misattribution');
  });
  it('control: each name in its own role is grounded', () => {
    expect(check(A, 'Ines Varga', 'Who composed Silver Harbour?').verdict).toBe('grounded');
    expect(check(A, 'Tomas Reyes', 'Who wrote the libretto of Silver Harbour?').verdict).toBe('grounded');
    expect(check(A, 'Tomas Reyes wrote the libretto.', 'Who wrote the libretto of Silver Harbour?').verdict).toBe('grounded');
    expect(check(A, 'Paulo Dias conducted it.', 'Who conducted the premiere?').verdict).toBe('grounded');
  });
});

describe('a year moved to an event the sources state without a date', () => {
  const A = 'The Glacier Railway is a rack railway. It opened in 1912 and climbs from Grund to the Eiger station. The line is electrified.';
  it('"electrified in 1912" where 1912 dates the opening is weak misattribution (unverified)', () => {
    const r = check(A, 'It was electrified in 1912.', 'When was the line electrified?');
    expect(r.verdict).toBe('unverified');
    expect(r.claims[0].flags.find((f) => f.name === 'misattribution')?.weak).toBe(true);
  });
  it('control: the dated event is grounded', () => {
    expect(check(A, 'It opened in 1912.', 'When did the line open?').verdict).toBe('grounded');
    expect(check(A, 'in 1912', 'When did the line open?').verdict).toBe('grounded');
  });
});

describe('"Yes" to a yes/no question about a name no source states', () => {
  const B = 'The Meridian Bridge over the Cedar River was designed by the engineer Clara Voss and opened in 1931.';
  it('is weak misattribution when the sources bind the question verb to another name', () => {
    const r = check(B, 'Yes', 'Did Henrik Berg design the Meridian Bridge?');
    expect(r.verdict).toBe('unverified');
    expect(r.claims[0].flags[0].detail).toContain('Clara Voss');
  });
  it('control: "Yes" for the stated name, or for a premise the sources say nothing against, is grounded', () => {
    expect(check(B, 'Yes.', 'Did Clara Voss design the Meridian Bridge?').verdict).toBe('grounded');
    expect(check('The Early Bird Bundle costs $100/month.', 'Yes', 'Can Acme Industries get the Early Bird Bundle?').verdict).toBe(
      'grounded',
    );
  });
});
