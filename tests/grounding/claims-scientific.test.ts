/**
 * claims.ts scientificDensity / scientificSource / SCIENTIFIC_MIN_COVERAGE: against scientific prose (distinct gene,
 * protein and chemical symbols) a claim that restates the cited sentence in other words is not `unverified` for its
 * coverage alone; the same claim against ordinary prose is, and polarity flags still make it `ungrounded`. Plain
 * acronyms ("NASA", "AMC") do not make prose scientific. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { scientificDensity, SCIENTIFIC_DENSITY, scientificSource } from '../../src/grounding/claims.js';

const check = (source: string, answer: string) => checkAnswer({ id: 's', contexts: [{ id: 'c', text: source }], answer });
const SCIENCE =
  'In vitro, increasing microtubule acetylation with the acetylase αTAT1 prevents binding of mutant LRRK2 to microtubules, ' +
  'and the inhibitor TSA restores axonal transport in HDAC6 and Sirt2 knockdown flies.';
const PROSE =
  'In the spring, increasing the number of buses on the main line prevents crowding at the stations, and the new timetable restores service.';
const CLAIM_SCI = 'Increased microtubule acetylation repairs LRRK2 mutation induced locomotor deficits in fruit flies.';
const CLAIM_PROSE = 'More buses repair the commuter complaints induced by overcrowded stations in springtime.';

describe('scientific prose (claims.ts scientificSource)', () => {
  it('symbols with digits, Greek letters and mixed case make prose scientific; plain acronyms do not', () => {
    expect(scientificSource([{ text: SCIENCE }])).toBe(true);
    expect(scientificDensity({ text: 'NASA and the FBI met AMC and NBC on TV in the USA.' })).toBe(0);
    expect(scientificDensity({ text: PROSE })).toBeLessThan(SCIENTIFIC_DENSITY);
  });
  it('a paraphrase of scientific prose with low coverage is not unverified for it', () => {
    const r = check(SCIENCE, CLAIM_SCI);
    expect(r.claims[0].coverage).toBeLessThan(0.5);
    expect(r.claims[0].coverage).toBeGreaterThanOrEqual(0.2);
    expect(r.verdict).toBe('grounded');
  });
  it('attack: the same low coverage against ordinary prose stays unverified', () => {
    const r = check(PROSE, CLAIM_PROSE);
    expect(r.claims[0].coverage).toBeLessThan(0.5);
    expect(r.verdict).toBe('unverified');
  });
  it('attack: a claim that shares almost nothing with scientific prose stays unverified', () => {
    expect(check(SCIENCE, 'Vaccines cause severe outbreaks of influenza in elderly patients across hospitals.').verdict).toBe('unverified');
  });
});
