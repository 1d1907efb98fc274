import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findRule } from '../../src/lint/registry.js';
import { ROOT, runCli, tempProject } from '../helpers.js';
import { ruleTitle } from '../../src/lint/rule-title.js';
import { loadPolicy } from '../../src/load/load-policy.js';
import { dataKeyFaults, evidenceLabels, htmlText, idsIn, pdfInfo, pdfText, squash } from './report-helpers.js';

const AS_OF = '2026-11-26';
const BISHOP_PERRIN = path.join(ROOT, 'test/fixtures/corpus/bishop-perrin.yaml');

describe("governors' report for one policy (Bishop Perrin)", () => {
  const rule = findRule('pn-amounts-first-notice')!;
  let html = '';
  let pdf = '';

  beforeAll(async () => {
    const out = path.join(tempProject(), 'report');
    const run = await runCli('report', '--as-of', AS_OF, '--out', out, BISHOP_PERRIN);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/Wrote .*report\.html and .*report\.pdf \(\d+ pages\)/);
    html = readFileSync(path.join(out, 'report.html'), 'utf8');
    pdf = path.join(out, 'report.pdf');
  });

  it("lists the stale penalty amount as not met, with its citation and the governors' question", () => {
    const section = html.slice(html.lastIndexOf('<section', html.indexOf(`id="p-bishop-perrin-${rule.meta.id}"`)));
    const text = htmlText(section.slice(0, section.indexOf('</section>')));
    expect(text).toMatch(new RegExp(`^Not met ${ruleTitle(rule.meta, AS_OF).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} Required`));
    expect(text).toContain('The policy says: 60');
    expect(text).toContain(squash(rule.meta.citations[0]!.source));
    expect(text).toContain(squash(rule.meta.governorQuestion));
    expect(text).toContain(squash(rule.meta.explanation));
    // File names and line numbers are for whoever edits the file, not for the board.
    expect(text).not.toMatch(/bishop-perrin\.yaml:\d+/);
  });

  it('labels each piece of evidence with the setting in words, not its data key', () => {
    const labels = evidenceLabels(html);
    expect(labels.length).toBeGreaterThan(0);
    const ids = idsIn(loadPolicy(BISHOP_PERRIN).data);
    expect(labels.map((label) => ({ label, faults: dataKeyFaults(label, ids) })).filter((l) => l.faults.length)).toEqual([]);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Removal from the admission register: days of continuous absence before removal',
        'Morning register: closes',
      ]),
    );
    // A report about one school does not repeat its name, but still says whose website it is.
    expect(labels).toContain('School: website');
  });

  it('puts the summary first, then the findings, errors first', () => {
    const text = htmlText(html);
    expect(text.indexOf('rules that apply are met')).toBeLessThan(text.indexOf('Findings that need a decision'));
    expect(text).toMatch(/Not ready to approve: \d+ legal requirements? (is|are) not met/);
    const statuses = [...html.matchAll(/<section class="rule s-([a-z-]+)"/g)].map((m) => m[1]);
    const order = ['not-met', 'warning', 'advice', 'excepted'];
    expect(statuses.map((s) => order.indexOf(s!))).toEqual([...statuses.map((s) => order.indexOf(s!))].sort((a, b) => a - b));
    expect(statuses[0]).toBe('not-met');
  });

  it('shows approval and review dates, the as-of date, a ratification block and the policy fingerprint', () => {
    const text = htmlText(html);
    expect(text).toContain('Approved 1 February 2023, by the full governing body');
    expect(text).toContain('Next review 1 February 2026 (overdue)');
    expect(text).toContain('The rules in force on 26 November 2026');
    expect(text).toMatch(/Meeting date .*Minute reference .*Chair of governors/);
    expect(text).toMatch(/Policy fingerprint sha256:[0-9a-f]{64}/);
  });

  it("keeps to the render pipeline's safety rules: CSP, no scripts, no external resources", () => {
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script|<link |src="http/i);
  });

  it('the PDF is tagged and says the same', () => {
    expect(pdfInfo(pdf)).toMatch(/Tagged:\s+yes/);
    const text = pdfText(pdf);
    expect(text).toContain(`NOT MET ${ruleTitle(rule.meta, AS_OF)}`);
    expect(text).toContain(squash(rule.meta.governorQuestion));
    expect(text).toContain(squash(`${rule.meta.citations[0]!.source}, ${rule.meta.citations[0]!.paragraph}`));
    expect(text).toContain('Ratification');
  });
});

describe('trust report for the bundled policies', () => {
  let html = '';
  let pdf = '';

  beforeAll(async () => {
    const out = path.join(tempProject(), 'trust');
    const run = await runCli('report', '--as-of', AS_OF, '--out', out, path.join(ROOT, 'policies'));
    expect(run.code, run.err).toBe(0);
    html = readFileSync(path.join(out, 'report.html'), 'utf8');
    pdf = path.join(out, 'report.pdf');
  });

  it('starts with a matrix of schools and key requirements', () => {
    const matrix = html.slice(html.indexOf('<table class="matrix-table"'), html.indexOf('</table>', html.indexOf('matrix-table')));
    const heads = [...matrix.matchAll(/<th scope="col">(?:<a [^>]*>)?([^<]+)/g)].map((m) => m[1]);
    expect(heads[0]).toBe('Requirement');
    expect(heads).toEqual(expect.arrayContaining(['Oakfield', 'Hillcrest']));
    const required = [...matrix.matchAll(/<tr><th scope="row">/g)].length;
    expect(required).toBeGreaterThan(5);
    // Every school has its own part after the matrix.
    for (const name of ['Oakfield Primary Academy', 'Hillcrest Academy'])
      expect(html.indexOf(name)).toBeGreaterThan(html.indexOf('matrix-table'));
  });

  it('the PDF shows the matrix on the first page and is tagged', () => {
    expect(pdfInfo(pdf)).toMatch(/Tagged:\s+yes/);
    const text = pdfText(pdf);
    expect(text).toContain('Key requirements, school by school');
    expect(text).toContain('Riverbend Learning Trust');
    expect(text.indexOf('Key requirements')).toBeLessThan(text.indexOf('Oakfield Primary Academy'));
  });
});

describe('report command', () => {
  it('writes to out/report/<school>/ by default and explains bad input', async () => {
    const dir = tempProject({
      'p.yaml': 'schools: [{ id: tiny-school, name: Tiny School }]\n',
      'bad.yaml': 'school_day: { starts: 8.45 }\n',
    });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const run = await runCli('report', '--as-of', AS_OF, 'p.yaml');
      expect(run.code, run.err).toBe(0);
      expect(existsSync(path.join(dir, 'out/report/tiny-school/report.html'))).toBe(true);
      expect(existsSync(path.join(dir, 'out/report/tiny-school/report.pdf'))).toBe(true);
      const bad = await runCli('report', 'bad.yaml');
      expect(bad.code).toBe(1);
      expect(bad.err).toMatch(/cannot be used until it is valid/);
      expect((await runCli('report', 'missing.yaml')).code).toBe(2);
    } finally {
      process.chdir(cwd);
    }
  });
});
