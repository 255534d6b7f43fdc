/** Issue 19 item 7: numbers in other digit scripts are compared by value, never skipped. */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import { normalizeText } from '../../src/grounding/nlp.js';

const one = (answer: string, source = 'The plan allows 100 requests per minute.') =>
  checkAnswer({ id: 'u', contexts: [{ id: 'c', text: source }], answer });

describe('Unicode digits', () => {
  it('attack: a changed number in full-width, Arabic-Indic, Devanagari or mathematical digits is ungrounded', () => {
    for (const n of ['９００', '٩٠٠', '۹۰۰', '९००', '𝟗𝟎𝟎']) {
      const r = one(`The plan allows ${n} requests per minute.`);
      expect(r.verdict, n).toBe('ungrounded');
      expect(r.claims[0].flags.map((f) => f.name)).toContain('quantity-mismatch');
    }
  });
  it('the same number in another script is grounded', () => {
    for (const n of ['１００', '١٠٠', '۱۰۰', '१००', '𝟏𝟎𝟎'])
      expect(one(`The plan allows ${n} requests per minute.`).verdict, n).toBe('grounded');
    expect(one('The plan allows 100 requests per minute.', 'The plan allows ١٠٠ requests per minute.').verdict).toBe('grounded');
  });
  it('normalizes by Unicode digit value (NFKC, then general category Nd)', () => {
    // reference values from the Unicode Character Database (U+0660 ARABIC-INDIC DIGIT ZERO .. U+0669 NINE, U+FF10.., U+1D7CE..)
    expect(normalizeText('\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669')).toBe('0123456789');
    expect(normalizeText('\uFF10\uFF19')).toBe('09');
    expect(normalizeText('\u{1D7CE}\u{1D7D8}\u{1D7E2}\u{1D7FF}')).toBe('0009'); // bold, double-struck, sans-serif zeros; monospace nine
    expect(normalizeText('plain ASCII 42')).toBe('plain ASCII 42');
  });
});
