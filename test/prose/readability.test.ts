import { readFileSync } from 'node:fs';
import path from 'node:path';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sentenceReadability } from '../../src/text/readability.js';
import { ROOT } from '../helpers.js';

// The readability votes are numbers worked out from the sentence (no message is read). They must be
// what retext-readability, whose formulas and word lists they use, would report: it is the reference
// here, and only here (a development dependency).
const AGE = 14;
const MIN_WORDS = 8;
const reference = retext()
  .use(retextEnglish)
  .use(retextReadability, { age: AGE, threshold: 1 / 7, minWords: MIN_WORDS });

/** What retext-readability reports: each sentence any formula finds hard, with the number of formulas its message gives. */
function referenceVotes(text: string): Array<[string, number]> {
  return reference.processSync(text).messages.map((m) => {
    const votes = /all\s+(\d)/.exec(m.reason) ?? /(\d)\s+out\s+of/.exec(m.reason);
    return [String(m.actual), Number(votes![1])];
  });
}

const ownVotes = (text: string): Array<[string, number]> =>
  sentenceReadability(text, { age: AGE, minWords: MIN_WORDS })
    .filter((s) => s.votes > 0)
    .map((s) => [s.text, s.votes]);

function sectionText(file: string): string {
  const doc = parse(readFileSync(path.join(ROOT, file), 'utf8')) as { sections?: Array<{ body?: string }> };
  return (doc.sections ?? []).map((s) => s.body ?? '').join('\n\n');
}

const HARD = [
  'Notwithstanding the foregoing provisions, where the proprietor has reasonable grounds to believe that the irregular attendance of a registered pupil of compulsory school age constitutes an offence under section 444 of the Education Act 1996, the local authority may institute proceedings.',
  'Parents should furthermore appreciate that administrative determinations regarding authorisation are discretionary and final.',
  'Please phone the office by 9am on each day your child is ill.',
  'The Headteacher, Mrs Example-Smith, will consider every application individually, taking into account the specific circumstances and relevant background context.',
  'We are here to help.',
].join(' ');

describe('readability votes as numbers', () => {
  it.each(['policies/trust-base.yaml', 'policies/schools/oakfield-primary.yaml', 'policies/brook-and-meadow-federation.yaml'])(
    '%s: the same sentences, with the same votes, as retext-readability reports',
    (file) => {
      const text = sectionText(file);
      expect(text.length).toBeGreaterThan(300);
      expect(ownVotes(text)).toEqual(referenceVotes(text));
    },
  );

  it('hard and easy sentences: the same votes, and short sentences are not scored', () => {
    const own = ownVotes(HARD);
    expect(own).toEqual(referenceVotes(HARD));
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(own[0]![0]).toMatch(/^Notwithstanding/);
    const scored = sentenceReadability(HARD, { age: AGE, minWords: MIN_WORDS }).map((s) => s.text);
    expect(scored).not.toContain('We are here to help.');
  });

  it('each formula gives a reading age; the votes are those above the age asked for', () => {
    const [s] = sentenceReadability(HARD.split(' Parents')[0]!, { age: AGE, minWords: MIN_WORDS });
    expect(s!.ages).toHaveLength(7);
    expect(s!.votes).toBe(s!.ages.filter((a) => a > AGE).length);
    const [lenient] = sentenceReadability(HARD.split(' Parents')[0]!, { age: Math.max(...s!.ages), minWords: MIN_WORDS });
    expect(lenient!.votes).toBe(0);
  });
});
