/**
 * Each flag on hand-made cases, in both directions: the flag fires on the faulty claim and stays
 * silent on a supported paraphrase of the same fact.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';
import type { FlagName, GroundingCase } from '../../src/grounding/types.js';

const SRC = [
  'Subject: Boost your efficiency with CloudTrek.',
  'Dear John, my name is Samantha Stevens and I am a Sales Manager at XYZ Tech Solutions.',
  'The Early Bird Bundle costs $100/month and is valid for the first 20 customers who sign up before 31st August 2022.',
  'CloudTrek DataVault provides unlimited storage, 24/7 access and encryption.',
  'The package does not include on-site training.',
  'Our newest product line will increase your team productivity.',
  'Call me at (555) 123-4567 or write to samantha.stevens@xyztech.com.',
].join('\n');

const one = (answer: string, extra: Partial<GroundingCase> = {}) =>
  checkAnswer({ id: 't', contexts: [{ id: 'email', text: SRC }], answer, ...extra });
const flagsOf = (answer: string, extra: Partial<GroundingCase> = {}): FlagName[] =>
  one(answer, extra).claims.flatMap((c) => c.flags.map((f) => f.name));

describe('grounding flags, both directions', () => {
  it('a faithful paraphrase is grounded', () => {
    const r = one(
      'Samantha, a sales manager at XYZ Tech Solutions, offers the Early Bird Bundle for $100 a month to the first twenty customers who register by August 31, 2022.',
    );
    expect(r.verdict).toBe('grounded');
    expect(r.claims[0].support?.contextId).toBe('email');
  });

  it('quantity-mismatch: a changed price, count or date', () => {
    expect(flagsOf('The Early Bird Bundle costs $120 per month.')).toContain('quantity-mismatch');
    expect(flagsOf('The offer is valid for the first 30 customers.')).toContain('quantity-mismatch');
    expect(flagsOf('Customers must sign up before September 30, 2022.')).toContain('quantity-mismatch');
    expect(flagsOf('The Early Bird Bundle costs 100 dollars per month.')).toEqual([]);
    expect(flagsOf('Customers must sign up before 2022-08-31.')).toEqual([]);
    expect(one('The Early Bird Bundle costs $120 per month.').verdict).toBe('ungrounded');
  });

  it('unsupported-identifier: a phone number or e-mail the sources do not give', () => {
    expect(flagsOf('You can reach Samantha at (555) 987-6543.')).toContain('unsupported-identifier');
    expect(flagsOf('You can reach Samantha at sam@xyztech.com.')).toContain('unsupported-identifier');
    expect(flagsOf('You can reach Samantha at 555-123-4567.')).toEqual([]);
  });

  it('unsupported-entity: a name absent from the sources', () => {
    expect(flagsOf('Samantha works at ABC Tech Solutions.')).toContain('unsupported-entity');
    expect(flagsOf('The email was sent by Susan Stevens.')).toContain('unsupported-entity');
    expect(flagsOf('Samantha works at XYZ Tech Solutions.')).toEqual([]);
    // a capitalized first word is not a name
    expect(flagsOf('Unlimited storage is part of DataVault.')).toEqual([]);
    // a name the question asks about is the topic, not a claim; its quantities still need a source
    const q = { question: 'Can Acme Industries get the Early Bird Bundle?' };
    expect(flagsOf('Yes, Acme Industries can get the Early Bird Bundle for $100 a month.', q)).toEqual([]);
    expect(flagsOf('Yes, Acme Industries can get the Early Bird Bundle for $100 a month.')).toContain('unsupported-entity');
    expect(flagsOf('Yes, Acme Industries would pay $80 a month.', q)).toContain('quantity-mismatch');
  });

  it('negation-flip: the claim negates what the source affirms, and the reverse', () => {
    expect(flagsOf('CloudTrek DataVault does not provide encryption.')).toContain('negation-flip');
    expect(flagsOf('The package includes on-site training.')).toContain('negation-flip');
    expect(flagsOf('On-site training is not included in the package.')).toEqual([]);
    expect(flagsOf('CloudTrek DataVault provides encryption.')).toEqual([]);
    // a non- prefix in the source is a negated mention: agreeing with it is no flip
    const refunds = [{ id: 'r', text: 'Refunds are available within 30 days of purchase. After 30 days, purchases are non-refundable.' }];
    expect(checkAnswer({ id: 'n', contexts: refunds, answer: 'After 30 days, purchases cannot be refunded.' }).verdict).toBe('grounded');
    // "fails to" negates; idioms and hyphenated compounds do not
    expect(flagsOf('CloudTrek DataVault fails to provide encryption.')).toContain('negation-flip');
    expect(flagsOf('CloudTrek DataVault provides encryption at no-cost.')).not.toContain('negation-flip');
    expect(flagsOf('CloudTrek DataVault provides encryption, no matter the storage size.')).not.toContain('negation-flip');
    expect(flagsOf('DataVault provides not only unlimited storage but also encryption.')).not.toContain('negation-flip');
  });

  it('antonym-swap: a word the sources never use whose antonym they do', () => {
    expect(flagsOf('The new product line will decrease team productivity.')).toContain('antonym-swap');
    expect(flagsOf('The new product line will raise team productivity.')).not.toContain('antonym-swap');
  });

  it('antonym-swap by a negating prefix, both ways', () => {
    expect(flagsOf('CloudTrek DataVault provides limited storage.')).toContain('antonym-swap'); // source: unlimited
    expect(flagsOf('CloudTrek DataVault provides limited storage.').length).toBe(1);
    const reliable = [{ id: 'd', text: 'The support team is reliable and answers within a day.' }];
    expect(
      checkAnswer({ id: 'u', contexts: reliable, answer: 'The support team is unreliable.' }).claims[0].flags.map((f) => f.name),
    ).toEqual(['antonym-swap']);
    expect(
      checkAnswer({ id: 'u', contexts: reliable, answer: 'The support team is dependable.' }).claims[0].flags.map((f) => f.name),
    ).not.toContain('antonym-swap');
    expect(flagsOf('CloudTrek DataVault provides unlimited storage.')).toEqual([]);
  });

  it('unsupported-restriction: "only" where the sources do not restrict', () => {
    expect(flagsOf('CloudTrek DataVault provides only encryption.')).toContain('unsupported-restriction');
    expect(flagsOf('CloudTrek DataVault provides encryption.')).toEqual([]);
    expect(flagsOf('You only need to call Samantha at (555) 123-4567.')).toEqual([]);
    const onlySource = checkAnswer({
      id: 'o',
      contexts: [{ id: 'd', text: 'The offer is only valid for new customers.' }],
      answer: 'Only new customers can get the offer.',
    });
    expect(onlySource.verdict).toBe('grounded');
  });

  it('wrong-citation: support only in an uncited context', () => {
    const contexts = [
      { id: 'pricing', text: 'The Early Bird Bundle costs $100/month.' },
      { id: 'contact', text: 'Call Samantha at (555) 123-4567.' },
    ];
    const wrong = checkAnswer({ id: 'w', contexts, answer: 'Call Samantha at (555) 123-4567.', citations: ['pricing'] });
    expect(wrong.verdict).toBe('ungrounded');
    expect(wrong.claims[0].flags.map((f) => f.name)).toContain('wrong-citation');
    const right = checkAnswer({ id: 'r', contexts, answer: 'Call Samantha at (555) 123-4567.', citations: ['contact'] });
    expect(right.verdict).toBe('grounded');
    // plain prose supported only by the uncited passage
    const docs = [
      { id: 'storage', text: 'DataVault keeps every file encrypted and replicated across three regions.' },
      { id: 'training', text: 'Onboarding workshops teach administrators permission management and audit reporting.' },
    ];
    const prose = 'Onboarding workshops teach administrators permission management and audit reporting.';
    expect(checkAnswer({ id: 'p', contexts: docs, answer: prose, citations: ['storage'] }).claims[0].flags.map((f) => f.name)).toEqual([
      'wrong-citation',
    ]);
    expect(checkAnswer({ id: 'p', contexts: docs, answer: prose, citations: ['training'] }).verdict).toBe('grounded');
  });

  it('abstentions are grounded unless they add specifics', () => {
    expect(one("I don't know; the documents do not say whether there is a discount for schools.").verdict).toBe('grounded');
    expect(one('The provided context does not mention the warranty.').claims[0].abstention).toBe(true);
    const specific = one('The documents do not say, but the discount is 15% for ACME Corp.');
    expect(specific.verdict).toBe('ungrounded');
    expect(specific.claims[0].flags.map((f) => f.name)).toEqual(expect.arrayContaining(['quantity-mismatch', 'unsupported-entity']));
  });

  it('every form of abstention is recognized (each holds a word of the cheap cue tested before the pattern)', () => {
    for (const text of [
      'I dont remember.',
      'We have no information about that.',
      'There is no mention of it.',
      'Insufficient information.',
      'Unable to determine.',
      'This cannot be answered.',
      'Not sure.',
      "The manual doesn't specify.",
      'I was unable to find it.',
    ])
      expect(one(text).claims[0].abstention, text).toBe(true);
    expect(one('The bundle is valid for the first 20 customers.').claims[0].abstention).toBeFalsy();
  });

  it('low-coverage: an off-topic claim is unverified, not ungrounded', () => {
    const r = one('Quarterly revenue depends on weather patterns across coastal regions.');
    expect(r.verdict).toBe('unverified');
    expect(r.claims[0].flags.map((f) => f.name)).toContain('low-coverage');
  });

  it('the answer verdict is its worst claim', () => {
    const r = one('Samantha works at XYZ Tech Solutions. The bundle costs $150 per month.');
    expect(r.claims.map((c) => c.verdict)).toEqual(['grounded', 'ungrounded']);
    expect(r.verdict).toBe('ungrounded');
  });
  it('paraphrased RAG answers with reformatted quantities are grounded', () => {
    const cases: GroundingCase[] = [
      {
        id: 'pw',
        question: 'How do I reset my password?',
        contexts: [
          {
            id: 'kb1',
            text: "To reset your password, open Settings > Security and click 'Reset password'. A reset link is sent to your registered email address and expires after 24 hours.",
          },
        ],
        answer: "Go to Settings, then Security, and click Reset password. You'll get a link by email that is valid for one day.",
      },
      {
        id: 'sla',
        question: 'What is the uptime SLA?',
        contexts: [
          {
            id: 'c1',
            text: 'The Enterprise plan guarantees 99.9% monthly uptime. If uptime falls below this level, customers receive a 10% service credit.',
          },
        ],
        answer: 'Enterprise customers get a 99.9% monthly uptime guarantee, and a credit of 10 percent if it is missed.',
      },
      {
        id: 'k8s',
        question: 'How many replicas does the deployment run?',
        contexts: [
          {
            id: 'c1',
            text: 'The frontend Deployment runs three replicas behind a LoadBalancer Service on port 8080.',
          },
        ],
        answer: 'It runs 3 replicas, exposed through a LoadBalancer on port 8080.',
      },
      {
        id: 'idk',
        question: 'Who is the CEO?',
        contexts: [
          {
            id: 'c1',
            text: 'Refunds are available within 30 days of purchase.',
          },
        ],
        answer: 'The provided documents do not mention who the CEO is.',
      },
      {
        id: 'api',
        question: 'What rate limit applies?',
        contexts: [
          {
            id: 'c1',
            text: 'The REST API allows 1,000 requests per minute per API key. Exceeding the limit returns HTTP 429.',
          },
        ],
        answer: 'Each API key may send up to 1000 requests a minute; beyond that the API answers with status 429.',
      },
    ];
    for (const c of cases) expect([c.id, checkAnswer(c).verdict]).toEqual([c.id, 'grounded']);
  });
});
