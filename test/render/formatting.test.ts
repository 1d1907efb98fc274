import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/load/load-policy.js';
import { renderPolicyHtml } from '../../src/render/index.js';
import { tempProject } from '../helpers.js';
import {
  formatDate,
  formatMoney,
  formatPercent,
  formatPeriod,
  formatTime,
  joinWords,
  lowerFirst,
  nameInSentence,
  roleInSentence,
  whoStartsSentence,
} from '../../src/render/format.js';
import { documentSlug, slugify } from '../../src/render/output-files.js';
import { escapeMarkdown, fillDataRefs, formatDataValue } from '../../src/render/prose.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { triggerText } from '../../src/render/parts/escalation.js';
import { safeHref } from '../../src/render/blocks.js';
import type { Policy } from '../../src/types/policy.js';

describe('values written for parents', () => {
  it('writes dates, times, money and percentages in British English', () => {
    expect(formatDate('2024-12-05')).toBe('5 December 2024');
    expect(formatTime('08:40')).toBe('8:40am');
    expect(formatTime('09:10')).toBe('9:10am');
    expect(formatTime('13:15')).toBe('1:15pm');
    expect(formatTime('12:00')).toBe('12 noon');
    expect(formatTime('12:30')).toBe('12:30pm');
    expect(formatTime('00:00')).toBe('12 midnight');
    expect(formatMoney(80)).toBe('£80');
    expect(formatMoney(2500)).toBe('£2,500');
    expect(formatMoney(2.5)).toBe('£2.50');
    expect(formatPercent(96)).toBe('96%');
    expect(formatPercent(97.5)).toBe('97.5%');
    expect(formatPeriod({ amount: 2, unit: 'school_weeks' })).toBe('2 school weeks');
    expect(formatPeriod({ amount: 1, unit: 'weeks' })).toBe('1 week');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
    // A last item with "and" in it is set off by a comma, so it reads as one item.
    expect(joinWords(['original entry', 'reason', 'date', 'name and position'])).toBe(
      'original entry, reason, date, and name and position',
    );
    expect(joinWords(['phone', 'email or app'], 'or')).toBe('phone or email or app');
    expect(joinWords(['phone', 'letter', 'email or app'], 'or')).toBe('phone, letter, or email or app');
    expect(joinWords(['Brandon', 'Sandy', 'Rand'])).toBe('Brandon, Sandy and Rand');
  });

  it('carries a phrase on after a colon in lower case, keeping names, year groups, months and acronyms', () => {
    expect(lowerFirst('No further unauthorised absence')).toBe('no further unauthorised absence');
    expect(lowerFirst('Attendance below 96% so far this school year')).toBe('attendance below 96% so far this school year');
    expect(lowerFirst('Most sessions since January (code O)')).toBe('most sessions since January (code O)');
    expect(lowerFirst('Mrs Patel phones home')).toBe('Mrs Patel phones home');
    expect(lowerFirst('Year 7 tutors phone home')).toBe('Year 7 tutors phone home');
    expect(lowerFirst('September to July')).toBe('September to July');
    expect(lowerFirst('SENCo meeting')).toBe('SENCo meeting');
    expect(lowerFirst('10 sessions')).toBe('10 sessions');
  });

  it('formats a referenced value by its shape and its name in the data', () => {
    expect(formatDataValue('school.school_day.registers.morning.closes', '09:10')).toBe('9:10am');
    expect(formatDataValue('document.approved_on', '2024-12-05')).toBe('5 December 2024');
    expect(formatDataValue('legal_measures.penalty_notices.first.discounted', 80)).toBe('£80');
    expect(formatDataValue('legal_measures.prosecution.s444_1a_max_fine', 2500)).toBe('£2,500');
    expect(formatDataValue('thresholds.target_attendance_pct', 96)).toBe('96%');
    // A period's amount is a number of weeks, not money.
    expect(formatDataValue('leave_of_absence.notice.amount', 2)).toBe('2');
  });

  it('writes triggers in words unless the school gave its own', () => {
    expect(triggerText({ metric: 'attendance_pct', comparison: 'lt', value: 96, window: { type: 'year_to_date' } })).toBe(
      'Attendance below 96% over the school year so far',
    );
    expect(
      triggerText({ metric: 'unauthorised_sessions', comparison: 'ge', value: 10, window: { type: 'rolling_school_weeks', length: 10 } }),
    ).toBe('10 or more sessions of unauthorised absence in any 10 school weeks');
    expect(triggerText({ metric: 'late_marks', comparison: 'ge', value: 4, text: 'Four late marks in a half term.' })).toBe(
      'Four late marks in a half term.',
    );
  });

  it('makes folder names from school names', () => {
    expect(slugify('Bishop Perrin Church of England Primary School')).toBe('bishop-perrin-church-of-england-primary-school');
    expect(slugify("St Mary's & St John's")).toBe('st-mary-s-and-st-john-s');
    const federation = {
      schools: [
        { id: 'a', name: 'Meadow Infant School' },
        { id: 'b', name: 'Brook Junior School' },
      ],
    } as Policy;
    expect(documentSlug(federation, 'x.yaml')).toBe('meadow-infant-school-and-brook-junior-school');
    expect(documentSlug({} as Policy, 'policies/trust-base.yaml')).toBe('trust-base');
  });

  it('only keeps web and email links', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('mailto:office@example.org')).toBe('mailto:office@example.org');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('file:///etc/passwd')).toBeUndefined();
    expect(safeHref('data:text/html,<script>')).toBeUndefined();
  });
});

describe('data references in prose', () => {
  const policy = {
    schools: [
      { id: 'm', name: 'Meadow Infant School', short_name: 'Meadow', school_day: { registers: { morning: { closes: '09:00' } } } },
      { id: 'b', name: 'Brook Junior School', short_name: 'Brook', school_day: { registers: { morning: { closes: '08:55' } } } },
    ],
    school_day: { gates_open: '08:30' },
    legal_measures: { penalty_notices: { first: { discounted: 80 } } },
  } as Policy;

  /** The prose as it reaches the page: references filled in, then Markdown made into HTML. */
  const prose = (markdown: string) => renderMarkdown(fillDataRefs(policy, markdown)).html;

  it('resolves each reference to its value, written once in the data', () => {
    expect(prose('Pay {{legal_measures.penalty_notices.first.discounted}}.')).toBe('<p>Pay £80.</p>');
    expect(prose('Gates open at {{school.school_day.gates_open}}.')).toBe('<p>Gates open at 8:30am.</p>');
  });

  it("names each school's value in a federation document when they differ", () => {
    expect(prose('{{school.school_day.registers.morning.closes}}')).toBe('<p>9:00am (Meadow) and 8:55am (Brook)</p>');
    expect(prose('{{school.name}}')).toBe('<p>Meadow Infant School and Brook Junior School</p>');
  });

  it('never treats other brace text as a template: it is shown as written', () => {
    expect(prose('{{constructor}} {{__proto__}} {{{x}}} {{#each schools}}{{/each}} {{> cover}}')).toBe(
      '<p>{{constructor}} {{__proto__}} {{{x}}} {{#each schools}}{{/each}} {{> cover}}</p>',
    );
  });

  it('shows values as text, whatever characters they hold', () => {
    const hostile = { ...policy, document: { title: '<img src=x> *bold* [a](javascript:x)' } } as Policy;
    expect(renderMarkdown(fillDataRefs(hostile, '{{document.title}}')).html).toBe('<p>&#x3C;img src=x> *bold* [a](javascript:x)</p>');
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });
});

describe('who does something, inside a sentence', () => {
  it('writes a job title in lower case after "The", and keeps a name or an acronym as written', () => {
    expect(whoStartsSentence('Headteacher')).toBe('The headteacher');
    expect(whoStartsSentence('Executive headteacher')).toBe('The executive headteacher');
    expect(whoStartsSentence('Governing body')).toBe('The governing body');
    expect(whoStartsSentence('the head of school')).toBe('The head of school');
    expect(whoStartsSentence('Mrs A. Patel')).toBe('Mrs A. Patel');
    expect(whoStartsSentence('Our headteacher')).toBe('Our headteacher');
    expect(roleInSentence('Head of Year 7')).toBe('head of Year 7');
    expect(roleInSentence('SENCo')).toBe('SENCo');
  });

  it('starts a sentence with a board the way messages and reports name it inside one', () => {
    expect(whoStartsSentence('Trust board')).toBe('The trust board');
    expect(whoStartsSentence('Full Governing Body')).toBe('The full governing body');
    expect(whoStartsSentence('Oakfield Trust board')).toBe('The Oakfield Trust board');
    expect(whoStartsSentence('SENCo')).toBe('The SENCo');
    expect(whoStartsSentence('Trust board, on the advice of the Oakfield local governing board')).toBe(
      'The trust board, on the advice of the Oakfield local governing board',
    );
  });

  it('a trust board deciding leave reads "The trust board decides each request." in the rendered policy', () => {
    const dir = tempProject({
      'p.yaml':
        'document: { title: Attendance policy }\nschools: [{ id: oak, name: Oak School }]\nleave_of_absence: { decided_by: Trust board }\n',
    });
    const text = renderPolicyHtml(loadPolicy(path.join(dir, 'p.yaml')))
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('The trust board decides each request.');
    expect(text).not.toContain('Trust board decides');
  });

  // What a governor or parent reads, written out by hand: [as the policy gives it, at a sentence start, mid-sentence after "by", after a name].
  it.each([
    ['SENCo', 'The SENCo', 'the SENCo', 'SENCo'],
    ['DSL', 'The DSL', 'the DSL', 'DSL'],
    ['SLT', 'The SLT', 'the SLT', 'SLT'],
    ['SENDCo', 'The SENDCo', 'the SENDCo', 'SENDCo'],
    ['Headteacher', 'The headteacher', 'the headteacher', 'headteacher'],
    ['Head of Year 7', 'The head of Year 7', 'the head of Year 7', 'head of Year 7'],
    ['Head of Year', 'The head of year', 'the head of year', 'head of year'],
    ['Year 7 Pastoral Lead', 'The Year 7 pastoral lead', 'the Year 7 pastoral lead', 'Year 7 pastoral lead'],
    ['Family Liaison Officer', 'The family liaison officer', 'the family liaison officer', 'family liaison officer'],
    ['Learning Mentor', 'The learning mentor', 'the learning mentor', 'learning mentor'],
    [
      'Designated Safeguarding Lead (DSL)',
      'The designated safeguarding lead (DSL)',
      'the designated safeguarding lead (DSL)',
      'designated safeguarding lead (DSL)',
    ],
    ['Deputy DSL', 'The deputy DSL', 'the deputy DSL', 'deputy DSL'],
    ['Ms Patel (Attendance Lead)', 'Ms Patel (Attendance Lead)', 'Ms Patel (Attendance Lead)', 'Ms Patel (Attendance Lead)'],
    ['Mrs Khan', 'Mrs Khan', 'Mrs Khan', 'Mrs Khan'],
    ['Dr Kwame Ashworth-Hale', 'Dr Kwame Ashworth-Hale', 'Dr Kwame Ashworth-Hale', 'Dr Kwame Ashworth-Hale'],
    ['Priya Shah', 'Priya Shah', 'Priya Shah', 'Priya Shah'],
    ['Oakfield Trust board', 'The Oakfield Trust board', 'the Oakfield Trust board', 'Oakfield Trust board'],
    ['Our attendance team', 'Our attendance team', 'our attendance team', 'Our attendance team'],
    [
      'Senior attendance champion and designated safeguarding lead',
      'The senior attendance champion and designated safeguarding lead',
      'the senior attendance champion and designated safeguarding lead',
      'senior attendance champion and designated safeguarding lead',
    ],
    [
      'Class teacher or form tutor, with the attendance officer',
      'The class teacher or form tutor, with the attendance officer',
      'the class teacher or form tutor, with the attendance officer',
      'class teacher or form tutor, with the attendance officer',
    ],
    [
      'Attendance officer, Years 7 to 9',
      'The attendance officer, Years 7 to 9',
      'the attendance officer, Years 7 to 9',
      'attendance officer, Years 7 to 9',
    ],
  ])('%s: “%s decides”, “led by %s”, “Mrs Example, %s”', (given, starts, inside, afterName) => {
    expect(whoStartsSentence(given)).toBe(starts);
    expect(nameInSentence(given)).toBe(inside);
    expect(roleInSentence(given)).toBe(afterName);
  });

  it('never writes "the" before a person, nor lowers an acronym or a name', () => {
    for (const who of [
      'Ms Patel',
      'Mrs Khan',
      "Mr O'Neill",
      'Miss Jones',
      'Dr Ashworth-Hale',
      'Sam Okoye',
      'McKenzie',
      'SLT',
      'SENCo',
      'LGB',
    ]) {
      expect(nameInSentence(who)).not.toMatch(/^the (?:M[rs]|Miss|Dr|Sam|McK)/);
      expect(roleInSentence(who)).not.toMatch(/^[a-z][A-Z]/);
      expect(whoStartsSentence(who)).not.toMatch(/^The (?:M[rs]|Miss|Dr|Sam|McK)|^[a-z]/);
    }
  });

  it('writes a board in lower case, however it is capitalised, and keeps a proper name', () => {
    expect(roleInSentence('Trust board')).toBe('trust board');
    expect(roleInSentence('Full Governing Body')).toBe('full governing body');
    expect(roleInSentence('Attendance Officer')).toBe('attendance officer');
    expect(roleInSentence('Oakfield Trust board')).toBe('Oakfield Trust board');
    // Only the name before a comma: what follows keeps its own proper names.
    expect(roleInSentence('Trust board, on the advice of the Oakfield local governing board')).toBe(
      'trust board, on the advice of the Oakfield local governing board',
    );
  });
});
