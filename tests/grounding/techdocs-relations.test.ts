/**
 * Issue 20, hand-written technical-docs answers (second batch): statements checked as relations. A negated modal that
 * ends its clause ("cannot be renewed;"), the role of a short answer inside an address written with commas, a superlative
 * whose rank the claim drops, a modifier swapped for one the sources never use, and a number attached to the wrong one of
 * two parallel noun phrases. Each rule has a control that must stay as it is.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/grounding/check.js';

const check = (source: string, answer: string, question?: string) =>
  checkAnswer({ id: 'q', contexts: [{ id: 'c', text: source }], answer, ...(question ? { question } : {}) });
const verdict = (source: string, answer: string, question?: string) => check(source, answer, question).verdict;
const flags = (source: string, answer: string, question?: string) =>
  check(source, answer, question).claims.flatMap((c) => c.flags.map((f) => f.name));

describe('a negated modal that ends its clause', () => {
  const src = 'Tokens expire after 30 days and cannot be renewed; a new token must be created.';
  it('the claim affirming it is a negation flip', () => {
    expect(flags(src, 'Tokens can be renewed after 30 days.')).toContain('negation-flip');
    expect(flags('API keys must not be shared, and they expire yearly.', 'API keys must be shared.')).toContain('negation-flip');
  });
  it('controls: the claim that keeps the negation, or another subject, is no flip', () => {
    expect(verdict(src, 'Tokens cannot be renewed.')).toBe('grounded');
    expect(flags(src, 'A new token must be created.')).not.toContain('negation-flip');
  });
});

describe('the role of a short answer inside an address', () => {
  it('a verbless phrase before a comma belongs to the clause after it', () => {
    const src = 'Invoices are due within 30 days.Finance Desk.8 Mill Lane, Leeds handles billing disputes.';
    expect(verdict(src, 'Billing disputes go to 8 Mill Lane, Leeds.', 'Where do billing disputes go?')).toBe('grounded');
    expect(verdict(src, 'Billing disputes go to 18 Mill Lane, Leeds.', 'Where do billing disputes go?')).toBe('ungrounded');
  });
});

describe('a number attached to the wrong one of two parallel subjects', () => {
  const src =
    'Free keys are limited to 60 requests per minute and 10,000 requests per day. Paid keys are limited to 600 requests per minute.';
  it("the other subject's number is a misattribution", () => {
    expect(flags(src, 'Paid keys are limited to 10,000 requests per day.')).toContain('misattribution');
    expect(
      flags(
        'The Starter plan includes 3 projects. The Growth plan includes 20 projects and priority support.',
        'The Starter plan includes 20 projects.',
      ),
    ).toContain('misattribution');
  });
  it("controls: each subject's own number, or a subject the sources state once", () => {
    expect(verdict(src, 'Paid keys are limited to 600 requests per minute.')).toBe('grounded');
    expect(verdict(src, 'Free keys are limited to 10,000 requests per day.')).toBe('grounded');
    expect(flags('Free keys are limited to 60 requests per minute.', 'Keys are limited to 60 requests per minute.')).not.toContain(
      'misattribution',
    );
  });
});

describe('a modifier swapped for one the sources never use, in an answer to a question', () => {
  const src = 'Webhooks are retried 5 times with exponential backoff, starting at 2 seconds.';
  it('is not grounded', () => {
    expect(verdict(src, 'Webhooks are retried 5 times with linear backoff.', 'How are webhooks retried?')).not.toBe('grounded');
    expect(flags(src, 'Webhooks are retried 5 times with linear backoff.', 'How are webhooks retried?')).toContain('novel-content');
  });
  it("controls: the source's modifier, an evaluative adjective, or no question", () => {
    expect(verdict(src, 'Webhooks are retried 5 times with exponential backoff.', 'How are webhooks retried?')).toBe('grounded');
    expect(flags(src, 'Webhooks are retried 5 times with exponential backoff.', 'How are webhooks retried?')).not.toContain(
      'novel-content',
    );
    expect(
      flags(
        'Peanut butter is the principal ingredient of the bars.',
        'Peanut butter is the main ingredient of the bars.',
        'What is in them?',
      ),
    ).not.toContain('novel-content');
  });
});

describe('a superlative whose rank the claim drops', () => {
  const src = 'Frankfurt is the second-largest region by traffic, after Dublin. Oslo is the 3rd largest.';
  it('"the largest" against "the second-largest" is a mismatch', () => {
    expect(flags(src, 'Frankfurt is the largest region by traffic.')).toContain('quantity-mismatch');
  });
  it('controls: the rank in another form, or a bare superlative the sources state too', () => {
    expect(verdict(src, 'Frankfurt is the 2nd largest region by traffic.')).toBe('grounded');
    expect(verdict(src, 'Oslo is the third-largest region.')).toBe('grounded');
    expect(verdict(`${src} Dublin is the largest region.`, 'Dublin is the largest region by traffic.')).toBe('grounded');
  });
  it('the reverse: a rank the sources never give', () => {
    const peak = 'Mount Tarrant is the highest peak of the Corbel Range, at 2,904 metres.';
    expect(flags(peak, 'The second highest peak of the Corbel Range', 'What is Mount Tarrant?')).toContain('quantity-mismatch');
    expect(verdict(peak, 'The highest peak of the Corbel Range', 'What is Mount Tarrant?')).toBe('grounded');
  });
});

describe('the day of a date supports a day, not any number', () => {
  const src = 'The minimum supported Node.js version is now 20. The change freeze runs from December 18, 2025 to January 5, 2026.';
  it('a version number equal to the day of a stated date is not stated', () => {
    expect(verdict(src, 'The minimum supported Node.js version is now 18.')).toBe('ungrounded');
  });
  it('controls: the day as an ordinal, the year, and the stated version', () => {
    expect(verdict(src, 'The change freeze starts on the 18th.')).toBe('grounded');
    expect(verdict(src, 'The change freeze ends in 2026.')).toBe('grounded');
    expect(verdict(src, 'The minimum supported Node.js version is now 20.')).toBe('grounded');
  });
});

describe('a value stated of a rival entity or in another relation (answers to questions)', () => {
  const fleet =
    'The staging cluster runs on spot instances; the production cluster runs on reserved instances. ' +
    'Maria Lopez designed the billing engine, which Ken Ito later rewrote in Rust.';
  it('the value of the parallel clause about another subject is a misattribution', () => {
    const q = 'What instances does the production cluster use?';
    expect(flags(fleet, 'Spot instances', q)).toContain('misattribution');
    expect(flags(fleet, 'The production cluster runs on spot instances.', q)).toContain('misattribution');
  });
  it("a name bound to another verb than the question's, in one sentence, is a misattribution", () => {
    expect(flags(fleet, 'Ken Ito', 'Who designed the billing engine?')).toContain('misattribution');
    expect(flags(fleet, 'Ken Ito designed the billing engine.', 'Who designed the billing engine?')).toContain('misattribution');
  });
  it('controls: the right value, the right name, and a value of the one subject', () => {
    expect(verdict(fleet, 'Reserved instances', 'What instances does the production cluster use?')).toBe('grounded');
    expect(verdict(fleet, 'The staging cluster runs on spot instances.', 'What instances does the staging cluster use?')).toBe('grounded');
    expect(verdict(fleet, 'Maria Lopez', 'Who designed the billing engine?')).toBe('grounded');
    expect(verdict(fleet, 'Ken Ito rewrote it in Rust.', 'Who rewrote the billing engine?')).toBe('grounded');
  });
  it('control: the agent of a work noun ("a field guide by ... A. K. Berg, written in stages") answers who wrote it', () => {
    const guide = 'The Harbour Handbook is a field guide by Swedish engineer A. K. Berg, written in stages between 2011 and 2019.';
    expect(verdict(guide, 'Berg, a Swedish engineer.', 'Who wrote it?')).toBe('grounded');
    // (the rule still holds where the value's clause has a predicate of its own)
    expect(flags(fleet, 'Ken Ito', 'Who designed the billing engine?')).toContain('misattribution');
  });
});

describe('a novel word that only frames supported quantities', () => {
  it('an aspect verb before a supported date or duration, or the time unit of a rate, is no invented predicate', () => {
    const src = 'The public beta of the SDK ran from 3 to 17 March.';
    expect(verdict(src, 'The public beta started on March 3.')).toBe('grounded');
    expect(
      verdict(
        'The API allows 1,000 requests per minute per token.',
        'That is roughly 16.7 requests per second per token.',
        'What is the rate limit per second?',
      ),
    ).toBe('grounded');
  });
  it('controls: a wrong date stays ungrounded; an invented participle stays flagged', () => {
    expect(verdict('The public beta of the SDK ran from 3 to 17 March.', 'The public beta started on March 4.')).toBe('ungrounded');
    expect(flags('The Archive volume holds 2 TiB.', 'The Archive volume is discontinued.')).toContain('novel-content');
  });
});

describe("a question's name in a short answer's list; the answer's own surname", () => {
  const src =
    'The Rowan Line is a railway between Ashby and Corwen, opened in 1874. Tomas Berg and Lina Holm founded the band Glass Harbor in 2003. Berg plays guitar and Holm sings.';
  it("the question's name listed as a value is a misattribution", () => {
    expect(flags(src, 'Ashby and Rowan', 'Which towns does the Rowan Line connect?')).toContain('misattribution');
  });
  it("controls: the source's list, and a surname that the sources use for the answer's own name", () => {
    expect(verdict(src, 'Ashby and Corwen', 'Which towns does the Rowan Line connect?')).toBe('grounded');
    expect(verdict(src, 'Lina Holm', 'Who sings in Glass Harbor?')).toBe('grounded');
  });
});

describe("a short answer's number or name that the sources give to another name or role", () => {
  const towns =
    'Lake Orm lies in Brenner County. Its largest town, Felden, has a population of 12,000, and the second town, Ostby, has 4,500.';
  const tower = 'The Marlow Tower was completed in 2011. It was designed by the firm Hale & Crane for the developer Northgate Estates.';
  it('the number next to another name, or the name of another role, is a misattribution', () => {
    expect(flags(towns, '4,500', 'What is the population of Felden?')).toContain('misattribution');
    expect(flags(towns, '12,000', 'What is the population of Ostby?')).toContain('misattribution');
    expect(flags(tower, 'Northgate Estates', 'Which firm designed the Marlow Tower?')).toContain('misattribution');
  });
  it("controls: each name's own number, the role the question names", () => {
    expect(verdict(towns, '4,500', 'What is the population of Ostby?')).toBe('grounded');
    expect(verdict(towns, '12,000', 'What is the population of Felden?')).toBe('grounded');
    expect(verdict(tower, 'Hale & Crane', 'Which firm designed the Marlow Tower?')).toBe('grounded');
    expect(verdict(tower, 'Northgate Estates', 'Which developer was the Marlow Tower designed for?')).toBe('grounded');
  });
});

describe('the verb at the end of a do-question; a measure with a stated number of another role', () => {
  const trail = 'The Garnet Trail is a 40-kilometre hiking route. It starts at the village of Morrow and ends at Bell Lake.';
  it('"Where does the trail end?" answered with the start is a misattribution', () => {
    expect(flags(trail, 'At the village of Morrow', 'Where does the Garnet Trail end?')).toContain('misattribution');
    expect(verdict(trail, 'Bell Lake', 'Where does the Garnet Trail end?')).toBe('grounded');
  });
  const tower = 'The Marlow Tower is a 210-metre office tower in Leeds, completed in 2011.';
  it('a number the sources never state with the unit, while they state the unit with another number, is a mismatch', () => {
    expect(flags(tower, '2011 metres', 'How tall is the Marlow Tower?')).toContain('quantity-mismatch');
    expect(verdict(tower, '210 metres', 'How tall is the Marlow Tower?')).toBe('grounded');
    // a derived measure is left to the arithmetic rules
    expect(
      verdict(
        'The north tower is 210 metres tall. The south tower is 190 metres tall.',
        'Together the two towers are 400 metres tall.',
        'How tall are the towers together?',
      ),
    ).toBe('grounded');
  });
});

describe('a comparison question answered with the wrong option', () => {
  const people = 'Orla Finch (born 1961) is an Irish novelist. Dara Quill (born 1948) is a Welsh poet.';
  const bridges = 'The Tarn Bridge is 320 metres long and opened in 1932. The Elk Bridge is 410 metres long and opened in 1957.';
  it('the option that loses the comparison is a misattribution', () => {
    expect(flags(people, 'Orla Finch', 'Who is older, Orla Finch or Dara Quill?')).toContain('misattribution');
    expect(flags(bridges, 'The Tarn Bridge', 'Which bridge is longer, the Tarn Bridge or the Elk Bridge?')).toContain('misattribution');
    expect(flags(bridges, 'The Elk Bridge', 'Which opened earlier, the Tarn Bridge or the Elk Bridge?')).toContain('misattribution');
  });
  it('controls: the winning option; two numbers of the compared kind leave it unsettled', () => {
    expect(verdict(people, 'Dara Quill', 'Who is older, Orla Finch or Dara Quill?')).toBe('grounded');
    expect(verdict(bridges, 'The Elk Bridge', 'Which bridge is longer, the Tarn Bridge or the Elk Bridge?')).toBe('grounded');
    expect(verdict(bridges, 'The Tarn Bridge', 'Which opened earlier, the Tarn Bridge or the Elk Bridge?')).toBe('grounded');
    expect(
      flags(
        'The Tarn Bridge is 320 metres long and 12 metres wide. The Elk Bridge is 410 metres long.',
        'The Tarn Bridge',
        'Which bridge is longer, the Tarn Bridge or the Elk Bridge?',
      ),
    ).not.toContain('misattribution');
  });
});

describe('"Yes" to a question that says something of two names', () => {
  const src = 'Orla Finch (born 1961) is an Irish novelist. Dara Quill (born 1948) is a Welsh poet. Both live in Cardiff.';
  it('is a misattribution when the sources say it of one of them only', () => {
    expect(flags(src, 'Yes', 'Are Orla Finch and Dara Quill both poets?')).toContain('misattribution');
  });
  it('controls: "No", and "Yes" when the sources say it of both', () => {
    expect(verdict(src, 'No', 'Are Orla Finch and Dara Quill both poets?')).toBe('grounded');
    expect(flags(src, 'Yes', 'Do Orla Finch and Dara Quill both live in Cardiff?')).not.toContain('misattribution');
  });
});

describe('a title read as a verb; a number that counts another noun', () => {
  it('"Warm Shore" is a short answer whose invented name word is flagged', () => {
    const src = 'Helm is a band from Oslo. Its debut album, Cold Shore, was released in 2002 on Fjord Records.';
    expect(verdict(src, 'Warm Shore', "What was Helm's debut album?")).toBe('ungrounded');
    expect(verdict(src, 'Cold Shore', "What was Helm's debut album?")).toBe('grounded');
  });
  it('"2" for "How many replicas?" against "3 replicas in 2 regions" is a misattribution', () => {
    const src = 'The database runs 3 replicas in 2 regions. The cluster has 4 control-plane nodes and 12 worker nodes.';
    expect(flags(src, '2', 'How many replicas does the database run?')).toContain('misattribution');
    expect(verdict(src, '3', 'How many replicas does the database run?')).toBe('grounded');
    expect(verdict(src, 'Three', 'How many replicas does the database run?')).toBe('grounded');
    expect(verdict(src, '12', 'How many worker nodes does the cluster have?')).toBe('grounded');
  });
});

describe('an aspect verb framing a supported date', () => {
  it('is no novel word, unless the sources use its antonym', () => {
    expect(verdict('The conference runs from May 6 to May 10, 2024.', 'It ends on May 10, 2024.', 'When does the conference end?')).toBe(
      'grounded',
    );
    expect(
      verdict('The maintenance window starts on May 6, 2024.', 'The maintenance window ends on May 6, 2024.', 'When does the window end?'),
    ).toBe('ungrounded');
  });
});

describe("a number stated without the question's topic, while the topic has another number of the unit", () => {
  it('is a misattribution', () => {
    const disk = 'Disk usage alerts fire at 80% and 95%. The warning threshold is 80%; the critical threshold is 95%.';
    expect(flags(disk, 'An alert is critical at 80% disk usage.', 'When is an alert critical?')).toContain('misattribution');
    const conf = 'Set max_connections to 500 in postgresql.conf. The default is 100.';
    expect(flags(conf, 'The default max_connections is 500.', 'What is the default max_connections?')).toContain('misattribution');
  });
  it("controls: the topic's own number; a clause opening with a pronoun may be about the topic", () => {
    const disk = 'Disk usage alerts fire at 80% and 95%. The warning threshold is 80%; the critical threshold is 95%.';
    expect(verdict(disk, 'An alert is critical at 95% disk usage.', 'When is an alert critical?')).toBe('grounded');
    expect(
      flags(
        'The p99 target is 250 milliseconds; it was 180 milliseconds last year.',
        'The p99 target was 180 milliseconds last year.',
        'What was the p99 target last year?',
      ),
    ).not.toContain('misattribution');
  });
});

describe('a name of the other clause of one sentence, with a gapped verb', () => {
  const src = 'The EU region is hosted in Frankfurt and the US region in Virginia.';
  it('is a misattribution; the right one is grounded', () => {
    expect(flags(src, 'The EU region is hosted in Virginia.', 'Where is the EU region hosted?')).toContain('misattribution');
    expect(verdict(src, 'The US region is hosted in Virginia.', 'Where is the US region hosted?')).toBe('grounded');
    expect(verdict(src, 'The EU region is hosted in Frankfurt.', 'Where is the EU region hosted?')).toBe('grounded');
  });
});
