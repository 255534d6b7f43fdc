/**
 * Porter stems of nlp.ts: a plain word is stemmed without a document read for it, a contraction written without its
 * apostrophe is read by wink as before (its stem is that of its first part).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/grounding/nlp.js';

const stems = (text: string) => analyze(text).sentences.flatMap((s) => s.tokens.map((t) => `${t.lower}>${t.stem}`));

describe('stems', () => {
  it('stems plain words with the Porter stemmer', () => {
    expect(stems('The payments were running late.')).toEqual([
      'the>the',
      'payments>payment',
      'were>were',
      'running>run',
      'late>late',
      '.>.',
    ]);
  });

  it('reads a contraction written without its apostrophe as wink reads it alone', () => {
    expect(stems('Dont.')).toEqual(['dont>do', '.>.']);
    expect(stems('Youre.')).toEqual(['youre>you', '.>.']);
    expect(stems('Iam.')).toEqual(['iam>i', '.>.']);
    expect(stems('They say cannot.')).toContain('cannot>can');
  });

  it('stems the word after a negating prefix', () => {
    expect([...analyze('It is non-refundable.').vocabulary]).toEqual(expect.arrayContaining(['refundable', 'refund']));
  });
});
