/**
 * Miss classes of the dialogue and scientific-claim dev splits (issue 20, second round), one per test, each with a
 * negative control that the same rule still catches the invention. Cases are written for the tests (not copied from
 * the corpora).
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { extractQuantities } from '../../src/grounding/quantities.js';
import type { AnswerResult, FlagName } from '../../src/grounding/types.js';

const check = (context: string, answer: string, question?: string): AnswerResult =>
  checkAnswer({ id: 't', contexts: [{ id: 'c', text: context }], answer, ...(question ? { question } : {}) });
const flags = (r: AnswerResult): FlagName[] => r.claims.flatMap((c) => c.flags.map((f) => f.name));

describe('sums over a stated period', () => {
  const RELEASES = 'The team shipped 12 releases in 2023 and 3 in the first quarter of 2024.';
  it('"from 2023 through the first quarter of 2024" adds the stated counts', () => {
    expect(check(RELEASES, 'The team shipped 15 releases from 2023 through the first quarter of 2024.').verdict).toBe('grounded');
    expect(check(RELEASES, 'The team has shipped 15 releases so far.').verdict).toBe('grounded');
  });
  it('control: a total that no sum gives is a quantity mismatch', () => {
    const r = check(RELEASES, 'The team shipped 17 releases from 2023 through the first quarter of 2024.');
    expect(r.verdict).toBe('ungrounded');
    expect(flags(r)).toContain('quantity-mismatch');
  });
});

describe('"only" in idioms restricts nothing', () => {
  const SHOP = 'Vantor is the largest online retailer in Europe, and second largest after Kelmart in total sales.';
  it('"second only to X" is a rank', () => {
    expect(check(SHOP, 'Vantor is the largest online retailer in Europe, second only to Kelmart in sales.').verdict).toBe('grounded');
  });
  it('control: "only" that excludes everything else is still a restriction', () => {
    const r = check(SHOP, 'Vantor sells only books.');
    expect(flags(r)).toContain('unsupported-restriction');
    expect(r.verdict).toBe('ungrounded');
  });
});

describe('decades and ages', () => {
  it('"1990s" is the decade 1990, not 1,990 seconds; "her 40s" is the number 40', () => {
    expect(extractQuantities('music of the 1990s')).toMatchObject([{ kind: 'number', value: 1990 }]);
    expect(extractQuantities('she was in her 40s')).toMatchObject([{ kind: 'number', value: 40 }]);
    expect(extractQuantities('a timeout of 20s')).toMatchObject([{ kind: 'duration', value: 20 }]);
  });
  it("the speaker's own age is a personal remark, no quantity to check", () => {
    const r = check('Cobain was found dead at his home in Seattle in 1994.', "I'm in my early 20s, but Cobain was found dead in 1994.");
    expect(flags(r)).not.toContain('quantity-mismatch');
    expect(r.verdict).toBe('grounded');
  });
  it('control: a wrong year next to the age is still a mismatch', () => {
    const r = check('Cobain was found dead at his home in Seattle in 1994.', "I'm in my early 20s, but Cobain was found dead in 1996.");
    expect(flags(r)).toContain('quantity-mismatch');
  });
});

describe('"not really" as a reply', () => {
  it('"not really, it\'s just X" answers the question; X is affirmed', () => {
    const r = check('A hot dog is a type of sausage sandwich.', 'not really its just a sausage sandwich', 'Is it your favourite cuisine?');
    expect(r.verdict).toBe('grounded');
  });
  it('control: "not really X" still negates X', () => {
    const r = check('A hot dog is a type of sausage sandwich.', 'A hot dog is not really a sausage sandwich.');
    expect(flags(r)).toContain('negation-flip');
    expect(r.verdict).toBe('ungrounded');
  });
});

describe('acronyms spelled out in the evidence, and the reverse', () => {
  const GAMES = 'Games have inspired research in probability, natural language processing, economics and optimization theory.';
  it('"NLP" for "natural language processing" (initials of lower-case words) is the same name', () => {
    expect(check(GAMES, 'Games have inspired research in NLP.').verdict).toBe('grounded');
  });
  it('"DNA" inside "mtDNA" is the same name', () => {
    expect(
      check('Patients with elevated mtDNA levels had higher mortality.', 'Elevated mitochondrial DNA levels go with higher mortality.')
        .verdict,
    ).not.toBe('ungrounded');
  });
  it('a claim spelling out the acronym the evidence writes ("tumor necrosis factor" for TNF) is covered', () => {
    const r = check('TNF levels rose in treated mice.', 'Tumor necrosis factor levels rose in treated mice.');
    expect(r.verdict).toBe('grounded');
    expect(r.claims[0].coverage).toBe(1);
  });
  it('control: an acronym with no matching initials, or initials across punctuation and stop words, is unsupported', () => {
    expect(flags(check(GAMES, 'Games have inspired research in NLU.'))).toContain('unsupported-entity');
    // two initials are too ambiguous ("OR" is odds ratio or operating room): "OT" is no "optimization theory"
    expect(flags(check(GAMES, 'Games have inspired research in OT.'))).toContain('unsupported-entity');
    // "livestock, or laboratory animals" gives no "LOLA": a run of initials stops at punctuation and stop words
    expect(
      flags(check('Pets are kept for company rather than as livestock, or laboratory animals.', 'Pets are kept for company LOLA.')),
    ).toContain('unsupported-entity');
  });
});

describe('a remark beside a grounded claim', () => {
  const ALBUM = 'Silver Side Up is the third studio album by the band Nickelback; it was released on September 11, 2001.';
  it('"I believe so." next to a grounded claim states nothing to check', () => {
    expect(check(ALBUM, 'I believe so. Nickelback released the album Silver Side Up in 2001.').verdict).toBe('grounded');
    expect(check(ALBUM, 'Exactly! Silver Side Up is the third studio album by Nickelback.').verdict).toBe('grounded');
  });
  it('control: a remark with content of its own, or a remark alone, stays unverified', () => {
    expect(check(ALBUM, 'Their drummer hated touring every winter. Nickelback released the album Silver Side Up in 2001.').verdict).toBe(
      'unverified',
    );
    expect(check(ALBUM, 'I believe so.').verdict).toBe('unverified');
  });
});

describe('decades written with two digits, numbers inside codes, titles before names', () => {
  const METAL = 'Heavy metal developed in the late 1960s and early 1970s, largely in the United Kingdom.';
  it('"the late 60\'s" is the 1960s', () => {
    expect(check(METAL, "Heavy metal developed in the late 60's and early 70's in the United Kingdom.").verdict).toBe('grounded');
  });
  it('control: another decade is a mismatch', () => {
    expect(flags(check(METAL, "Heavy metal developed in the late 80's in the United Kingdom."))).toContain('quantity-mismatch');
  });
  const MCU = 'The Marvel Cinematic Universe takes place in Earth-199999, different from the comic book universe, Earth-616.';
  it('a number the source writes inside a code ("Earth-199999") is stated', () => {
    expect(check(MCU, 'The Marvel Cinematic Universe takes place in earth -199999 , not in earth -616 .').verdict).not.toBe('ungrounded');
  });
  it('control: a number in no code is a mismatch, and one digit inside a code ("CD4") is too common to count', () => {
    expect(flags(check(MCU, 'The Marvel Cinematic Universe takes place in earth -199998 .'))).toContain('quantity-mismatch');
    expect(flags(check('Treatment raised CD4 counts in patients.', 'Treatment raised counts in 4 patients.'))).toContain(
      'quantity-mismatch',
    );
  });
  const FROZEN = 'When Elsa turns twenty-one, she is to be crowned queen of Arendelle. Elsa has magical powers.';
  it('a title before a stated name ("Princess Elsa") names no one new', () => {
    expect(flags(check(FROZEN, 'Princess Elsa has magical powers.'))).not.toContain('unsupported-entity');
  });
  it('control: a title before an unstated name is still an unsupported name', () => {
    expect(flags(check(FROZEN, 'Princess Anna has magical powers.'))).toContain('unsupported-entity');
  });
});

describe('derivational variants by truncation stem', () => {
  const DOSE = 'The new dosage reduces chronic pain in adults.';
  it('"reduction" for "reduces" (Porter stems "reduct" and "reduc" differ) is no novel word', () => {
    const r = check(DOSE, 'The new dosage gives a reduction of chronic pain in adults.');
    expect(r.claims[0].novelWords).toBe(1); // only "gives"
    expect(r.verdict).toBe('grounded');
  });
  it('control: a word with another stem ("elevation") is novel, and short words are never truncated', () => {
    expect(check(DOSE, 'The new dosage gives an elevation of chronic pain in adults.').claims[0].novelWords).toBe(2);
    expect(check('The team reads logs.', 'The team reaps logs.').claims[0].novelWords).toBe(1);
    // sharing the first letters is not a derivational family: an invented word stays novel
    expect(check('The device is sold at a discount.', 'The device is discontinued.').claims[0].novelWords).toBe(1);
    expect(check('Interest rates rose in March.', 'International rates rose in March.').claims[0].novelWords).toBe(1);
  });
});

describe('a count the claim enumerates', () => {
  const PARK = 'Yellowstone National Park is located in the U.S. states of Wyoming, Montana, and Idaho.';
  it('"three states, Wyoming, Idaho, and Montana" counts its stated list', () => {
    expect(check(PARK, 'Yellowstone is in three states, Wyoming, Idaho, and Montana.').verdict).toBe('grounded');
  });
  it('control: a count that does not match the list, or a list item the sources never state, is a mismatch', () => {
    expect(flags(check(PARK, 'Yellowstone is in four states, Wyoming, Idaho, and Montana.'))).toContain('quantity-mismatch');
    expect(flags(check(PARK, 'Yellowstone is in three states, Wyoming, Utah, and Montana.'))).toContain('quantity-mismatch');
  });
});
