import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { policyReport, trustReport } from '../../src/report/build-report.js';
import { renderReportHtml } from '../../src/report/render-html.js';
import { ROOT, runCli, tempProject } from '../helpers.js';
import { loadPolicy } from '../../src/load/load-policy.js';
import { dataKeyFaults, evidenceLabels, htmlText, idsIn, pdfInfo, squash } from './report-helpers.js';
import { wordingFaults } from '../wording-faults.js';

const AS_OF = '2026-11-26';
const EXAMPLES = [
  'policies/schools/oakfield-primary.yaml',
  'policies/schools/hillcrest-secondary.yaml',
  'policies/brook-and-meadow-federation.yaml',
];

/** The text of some pages of a PDF, white space made single. */
function pagesText(file: string, first: number, last = first): string {
  return squash(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(first), '-l', String(last), file, '-'], { encoding: 'utf8' }));
}
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(pdfInfo(file))![1]);

describe('evidence for a rule met, and settings in the data only', () => {
  const retention = (sections: string) => `schools: [{ id: s, name: S }]\nregisters: { retention_years: 6 }\n${sections}`;

  it('a setting no published sentence explains is "in the data only, not explained to parents", not met', () => {
    const dir = tempProject({
      'p.yaml': retention(
        'sections:\n  - id: intro\n    title: Introduction\n    body: We want every child to come to school every day.\n',
      ),
    });
    const r = policyReport(path.join(dir, 'p.yaml'), AS_OF).policies[0]!;
    const rule = r.rules.find((x) => x.id === 'register-retention-6-years')!;
    expect(rule.status).toBe('data-only');
    expect(rule.statusLabel).toBe('In the data only, not explained to parents');
    expect(rule.evidence).toEqual([{ field: 'Attendance registers: kept for (years)', value: '6', sentence: null }]);
    expect(r.dataOnly.map((x) => x.id)).toContain('register-retention-6-years');
  });

  it('the same setting explained in the text is met, with the field and the sentence as evidence', () => {
    const dir = tempProject({
      'p.yaml': retention(
        'sections:\n  - id: registers\n    title: Registers\n    body: We keep the attendance register. We keep every entry for {{registers.retention_years}} years, as the law requires.\n',
      ),
    });
    const r = policyReport(path.join(dir, 'p.yaml'), AS_OF).policies[0]!;
    const rule = r.rules.find((x) => x.id === 'register-retention-6-years')!;
    expect(rule.status).toBe('met');
    expect(rule.evidence).toEqual([
      { field: 'Attendance registers: kept for (years)', value: '6', sentence: 'We keep every entry for 6 years, as the law requires.' },
    ]);
    const text = htmlText(renderReportHtml(policyReport(path.join(dir, 'p.yaml'), AS_OF)));
    expect(text).toContain(
      'Attendance registers: kept for (years): 6 The policy says: “We keep every entry for 6 years, as the law requires.”',
    );
  });

  it('a value shown only in a generated table or list is explained, with the row parents read as evidence', () => {
    const dir = tempProject({
      'p.yaml': [
        'schools: [{ id: s, name: S }]',
        'thresholds: { persistent_absence_pct: 10 }',
        'legal_measures:',
        '  penalty_notices:',
        '    used: true',
        '    first: { discounted: 80, discount_days: 21, full: 160, full_days: 28 }',
        'sections:',
        '  - id: intro',
        '    title: Introduction',
        '    body: We want every child to come to school every day.',
        '',
      ].join('\n'),
    });
    const r = policyReport(path.join(dir, 'p.yaml'), AS_OF).policies[0]!;
    // The school's prose names neither value; the policy's generated parts show both.
    const amounts = r.rules.find((x) => x.id === 'pn-amounts-first-notice')!;
    expect(amounts.status).toBe('met');
    expect(amounts.evidence[0]).toMatchObject({
      sentence: 'First penalty notice: £80 if paid within 21 days. £160 if paid within 28 days.',
      table: 'Legal measures',
    });
    const persistent = r.rules.find((x) => x.id === 'def-persistent-absence')!;
    expect(persistent.status).toBe('met');
    expect(persistent.evidence).toEqual([
      {
        field: 'Attendance levels: persistent absence from (%)',
        value: '10%',
        sentence: 'Persistent absence: Missing 10% or more of sessions.',
        table: 'Attendance levels',
      },
    ]);
    expect(r.dataOnly.map((x) => x.id)).not.toContain('pn-amounts-first-notice');
    const text = htmlText(renderReportHtml(policyReport(path.join(dir, 'p.yaml'), AS_OF)));
    expect(text).toContain('The policy says (in “Attendance levels”): “Persistent absence: Missing 10% or more of sessions.”');
  });

  it('a row of the table of school times explains a time the prose never states', () => {
    const dir = tempProject({
      'p.yaml':
        'schools: [{ id: s, name: S }]\nschool_day: { gates_open: "08:35", registers: { morning: { opens: "08:45", closes: "09:00" }, afternoon: { opens: "13:15", closes: "13:25" } } }\nsections:\n  - id: intro\n    title: Introduction\n    body: We want every child to come to school every day.\n',
    });
    const r = policyReport(path.join(dir, 'p.yaml'), AS_OF).policies[0]!;
    const times = r.rules.find((x) => x.id === 'register-session-timing')!;
    expect(times.status).toBe('met');
    expect(times.evidence[0]!.table).toBe('Times of the school day');
    expect(times.evidence[0]!.sentence).toMatch(
      /^(Gates open: 8:35am|Morning register (opens: 8:45am|closes: 9:00am)|Afternoon register (opens: 1:15pm|closes: 1:25pm))$/,
    );
  });

  it('a register code is explained only where the published policy names it, not by a row about the same topic', async () => {
    const dir = tempProject({
      'p.yaml':
        'schools: [{ id: s, name: S }]\npart_time_timetables: { used: true, register_code: C2 }\nleave_of_absence: { grounds: [part_time_timetable] }\nsections:\n  - id: intro\n    title: Introduction\n    body: We want every child to come to school every day.\n',
    });
    const r = policyReport(path.join(dir, 'p.yaml'), AS_OF).policies[0]!;
    // The list of grounds for leave mentions a part-time timetable, but never says it is recorded as C2.
    expect(r.rules.find((x) => x.id === 'codes-C2-part-time-timetable')!.status).toBe('data-only');
  });

  it('the bundled examples: amounts, thresholds, contacts and legal measures shown in the generated parts are not "in the data only"', () => {
    const r = policyReport(path.join(ROOT, EXAMPLES[0]!), AS_OF).policies[0]!;
    const shownInParts = [
      'pn-amounts-first-notice',
      'pn-second-notice-and-limit',
      'pn-non-payment',
      'pn-national-threshold',
      'law-parent-duty-s7-s444',
      'law-education-supervision-order',
      'def-persistent-absence',
      'def-severe-absence',
      'policy-content-senior-attendance-champion',
      'policy-content-day-to-day-contacts',
    ];
    expect(r.dataOnly.map((x) => x.id).filter((id) => shownInParts.includes(id))).toEqual([]);
    for (const id of shownInParts) {
      const rule = r.met.find((x) => x.id === id);
      expect(rule, id).toBeDefined();
      expect(rule!.evidence[0]!.sentence, id).toBeTruthy();
    }
    expect(r.met.find((x) => x.id === 'pn-national-threshold')!.evidence[0]).toMatchObject({
      value: '10',
      table: 'Legal measures',
      sentence: expect.stringContaining('10 sessions of unauthorised absence'),
    });
  });

  it('a starter policy shows settings that are in the data only', async () => {
    const dir = tempProject();
    const file = path.join(dir, 'starter.yaml');
    expect((await runCli('init', file)).code).toBe(0);
    const r = policyReport(file, AS_OF).policies[0]!;
    // The starter fills these in, but its text never tells parents about them.
    expect(r.dataOnly.map((x) => x.id)).toEqual(
      expect.arrayContaining(['codes-remote-education-is-absence', 'codes-C2-part-time-timetable']),
    );
    const text = htmlText(renderReportHtml(policyReport(file, AS_OF)));
    expect(text).toContain('In the data only, not explained to parents');
    expect(text).toMatch(/Remote education: recorded as absence: yes/);
  });
});

describe('the board pack for each bundled example', () => {
  const project = tempProject({
    'draft.yaml':
      'document: { title: Attendance policy, status: draft, version: "0.3" }\nschools: [{ id: draft-school, name: Draft School }]\n',
  });
  const out = path.join(project, 'packs');

  beforeAll(async () => {
    const run = await runCli(
      'report',
      '--as-of',
      AS_OF,
      '--out',
      out,
      ...EXAMPLES.map((f) => path.join(ROOT, f)),
      path.join(project, 'draft.yaml'),
    );
    expect(run.code, run.err).toBe(0);
  }, 240_000);

  it('a draft says so on page 1', () => {
    const first = pagesText(path.join(out, 'draft-school', 'report.pdf'), 1);
    expect(first).toContain('Attendance policy, version 0.3 (draft)');
    expect(first).toContain('Approved Not yet: this is a draft');
  });

  const slugs = ['oakfield-primary', 'hillcrest-secondary', 'brook-and-meadow-federation'];

  it.each(slugs)('%s: at most 6 pages, read back from the PDF', (slug) => {
    expect(pageCount(path.join(out, slug, 'report.pdf'))).toBeLessThanOrEqual(6);
  });

  it.each(slugs)('%s: page 1 is the one-page summary', (slug) => {
    const pdf = path.join(out, slug, 'report.pdf');
    const first = pagesText(pdf, 1);
    expect(first).toMatch(/SUMMARY FOR THE GOVERNING BOARD/);
    expect(first).toMatch(/(Not ready to approve|No legal requirement is broken|Ready to approve)/);
    expect(first).toMatch(/\d+ of \d+ rules that apply are met\./);
    for (const heading of [
      'What needs attention, and the question to ask',
      'Changes since the last approved version',
      'Changes in the law since the policy was approved',
    ])
      expect(first).toContain(heading);
    // The detail starts on page 2.
    expect(first).not.toContain('Findings that need a decision');
    expect(pagesText(pdf, 2)).toContain('Findings that need a decision');
  });

  it.each(slugs)('%s: every met rule shows its evidence', (slug) => {
    const html = readFileSync(path.join(out, slug, 'report.html'), 'utf8');
    const appendix = html.slice(html.indexOf('Appendix: rules met'), html.indexOf('class="not-applicable"'));
    const rows = [...appendix.matchAll(/<tr id="[^"]+">([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows)
      expect(row, htmlText(row)).toMatch(/<span class="field">[^<]+: <strong>[^<]+<\/strong><\/span>|The text of the policy was checked/);
    // And most of them quote the sentence, or the row of a table or list, that parents read.
    expect(rows.filter((r) => /The policy says( \(in “[^”]+”\))?: “/.test(r)).length).toBeGreaterThan(rows.length / 2);
  });

  it.each([...slugs.map((s, i) => [s, path.join(ROOT, EXAMPLES[i]!)]), ['draft-school', path.join(project, 'draft.yaml')]])(
    '%s: every evidence label names the setting in words, not by its data key, id or place in a list',
    (slug, file) => {
      const labels = evidenceLabels(readFileSync(path.join(out, slug, 'report.html'), 'utf8'));
      expect(labels.length).toBeGreaterThan(slug === 'draft-school' ? 0 : 10);
      const ids = idsIn(loadPolicy(file).data);
      expect(labels.map((label) => ({ label, faults: dataKeyFaults(label, ids) })).filter((l) => l.faults.length)).toEqual([]);
    },
  );

  it('names a setting by its title and a list item by its name ("Local authority returns", a reference by its title)', () => {
    const labels = evidenceLabels(readFileSync(path.join(out, 'oakfield-primary', 'report.html'), 'utf8'));
    expect(labels).toContain('Local authority returns: days to report a new pupil');
    expect(labels).toContain('Laws, guidance and policies cited (Children missing education): edition');
    expect(labels).toContain('Attendance officers (Mr Tom Brindley): email');
    // A reference's own title, a code and a person are named by the list they are in; the value says which.
    const text = htmlText(readFileSync(path.join(out, 'oakfield-primary', 'report.html'), 'utf8'));
    expect(text).toContain('Laws, guidance and policies cited: School Attendance (Pupil Registration) (England) Regulations 2024');
    expect(text).toContain('Attendance codes used: C2');
    expect(text).toContain('Senior attendance champion: Mrs Helen Ashdown');
    // A list whose last item has "and" in it keeps that item whole.
    expect(text).toContain('original entry, amended entry, reason, date, and name and position');
  });

  it('the checks on labels catch a label made from the data', () => {
    const ids = ['children-missing-education', 'oakfield'];
    expect(dataKeyFaults('La returns: new pupil days', ids)).toEqual([
      '"La" for local authority',
      'the data key "la returns"',
      'the data key "new pupil days"',
    ]);
    expect(dataKeyFaults('References: children-missing-education: title', ids)).toEqual([
      'the key its item is called by, before the value',
      'the id children-missing-education',
      'the data key "references"',
    ]);
    expect(dataKeyFaults('Schools[0]: school_day', ids)).toEqual(expect.arrayContaining(['an underscore', 'a list index']));
    expect(dataKeyFaults('Contacts: /0/: email', ids)).toContain('a list index');
    expect(dataKeyFaults('Laws, guidance and policies cited: title', ids)).toEqual(['the key its item is called by, before the value']);
    expect(dataKeyFaults('Attendance codes used: code', ids)).toEqual(['the key its item is called by, before the value']);
    expect(dataKeyFaults('Senior attendance champion: name', ids)).toEqual(['the key its item is called by, before the value']);
    expect(dataKeyFaults('Contacts: contacts: email', ids)).toContain('a step named twice');
    expect(dataKeyFaults('Local authority returns: days to report a new pupil', ids)).toEqual([]);
    expect(dataKeyFaults('Laws, guidance and policies cited (Children missing education): edition', ids)).toEqual([]);
  });

  it.each(slugs)('%s: no material meant for developers and no broken text', (slug) => {
    const pdf = path.join(out, slug, 'report.pdf');
    const text = pagesText(pdf, 1, pageCount(pdf));
    expect(text).not.toMatch(/policywright (validate|lint|ratify|diff)|\.hbs|`|\.yaml:\d+/);
    expect(text).not.toMatch(/undefined|NaN|££|%%|\{\{|�/);
  });

  it.each(slugs)('%s: no word twice, no "a" before a vowel, times and dates the English way, read back from the PDF', (slug) => {
    const pdf = path.join(out, slug, 'report.pdf');
    const laidOut = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(wordingFaults(laidOut)).toEqual([]);
  });
});

describe('trust report: local variations', () => {
  it('lists where a school differs from the trust base, with the reason its file gives', () => {
    const report = trustReport(path.join(ROOT, 'policies'), AS_OF);
    const notice = report.trust!.variations.find((v) => v.setting === 'Notice needed for a leave request')!;
    expect(notice).toEqual({
      school: 'Oakfield',
      setting: 'Notice needed for a leave request',
      base: '2 school weeks',
      value: '4 school weeks',
      reason: expect.stringMatching(/meet each family before deciding/),
    });
    const text = htmlText(renderReportHtml(report));
    expect(text).toContain('Local variations from the trust base');
    expect(text).toMatch(/Oakfield Notice needed for a leave request 2 school weeks 4 school weeks Four school weeks' notice/);
  });

  it('leaves out a standalone policy in the same folder: it does not build on the trust base, so nothing of it is a variation', () => {
    const report = trustReport(path.join(ROOT, 'policies'), AS_OF);
    // The Brook and Meadow federation extends nothing; its executive headteacher is its own choice, not a departure from the trust.
    expect(report.trust!.variations.map((v) => v.school).sort()).toEqual(['Oakfield', 'Oakfield']);
    const dir = tempProject({
      'base.yaml': 'leave_of_absence: { notice: { amount: 2, unit: school_weeks } }\n',
      'a.yaml': 'extends: base.yaml\nschools: [{ id: a, name: A School, short_name: A }]\n',
      'b.yaml': 'extends: base.yaml\nschools: [{ id: b, name: B School, short_name: B }]\n',
      'own.yaml': 'schools: [{ id: c, name: C School, short_name: C }]\nleave_of_absence: { notice: { amount: 5, unit: school_weeks } }\n',
    });
    expect(trustReport(dir, AS_OF).trust!.variations).toEqual([]);
  });

  it('says when a school gives no reason', () => {
    const dir = tempProject({
      'base.yaml': 'thresholds: { persistent_absence_pct: 10 }\nleave_of_absence: { notice: { amount: 2, unit: school_weeks } }\n',
      'a.yaml':
        'extends: base.yaml\nschools: [{ id: a, name: A School, short_name: A }]\nleave_of_absence: { notice: { amount: 3, unit: school_weeks } }\n',
      'b.yaml': 'extends: base.yaml\nschools: [{ id: b, name: B School, short_name: B }]\n',
    });
    const text = htmlText(renderReportHtml(trustReport(dir, AS_OF)));
    expect(text).toMatch(/A Notice needed for a leave request 2 school weeks 3 school weeks No reason given in the policy\./);
  });
});

describe('how current the legal rules are, on page 1', () => {
  it('page 1 says when the rules were last checked once the date checked against is more than six months later, and not before', () => {
    const file = path.join(ROOT, EXAMPLES[0]!);
    const page1 = (asOf: string) => htmlText(renderReportHtml(policyReport(file, asOf))).split('What needs attention')[0]!;
    expect(page1('2026-11-30')).not.toContain('How current these rules are');
    const late = page1('2027-06-30');
    expect(late).toContain('How current these rules are');
    expect(late).toMatch(/last checked on \d{1,2} \w+ 20\d\d/);
  });
});
