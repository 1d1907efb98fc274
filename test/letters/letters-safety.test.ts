import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { DATE, ROOT_POLICIES } from './fixtures.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const HEADER =
  'pupil_id,first_name,last_name,year_group,parent_name,salutation,address_1,address_2,town,postcode,sessions_possible,sessions_attended,unauthorised_sessions_10wk,late_marks,unauthorised_detail,support_given,support_offered,support_declined';
const PUPILS = [
  HEADER,
  'HC2001,Maya,Whitlock,7,Ms Jo Whitlock,Ms Whitlock,3 Ash Road,,Bradford,BD99 1AC,300,290,10,0,,Meeting in October,Mentoring,',
  'HC2002,Ben,Ashcombe,7,Mr Dan Ashcombe,Mr Ashcombe,4 Willow Row,,Bradford,BD99 1AB,300,287,0,0,,,,',
].join('\n');

/** A copy of the bundled examples whose trust base still has the pre-2024 penalty amounts. */
function projectWithStaleAmounts(): { dir: string; policy: string; pupils: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-letters-safety-'));
  made.push(dir);
  cpSync(ROOT_POLICIES, path.join(dir, 'policies'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{}');
  const base = path.join(dir, 'policies', 'trust-base.yaml');
  const text = readFileSync(base, 'utf8');
  const stale = text.replace(
    'first: { discounted: 80, discount_days: 21, full: 160, full_days: 28 }',
    'first: { discounted: 60, discount_days: 21, full: 120, full_days: 28 }',
  );
  expect(stale).not.toBe(text);
  writeFileSync(base, stale);
  writeFileSync(path.join(dir, 'pupils.csv'), PUPILS);
  return { dir, policy: path.join(dir, 'policies', 'schools', 'hillcrest-secondary.yaml'), pupils: path.join(dir, 'pupils.csv') };
}

const pageText = (pdf: string, page: number) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

describe('letters from a policy that fails its own check', () => {
  it('are refused: exit 1, the findings printed, and no PDF written', async () => {
    const p = projectWithStaleAmounts();
    const out = path.join(p.dir, 'out');
    const run = await runCli('letters', '--policy', p.policy, '--pupils', p.pupils, '--date', DATE, '--out', out);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /error +The policy gives £60 as the lower amount of a first penalty notice, paid early; since 19 August 2024 it is £80\./,
    );
    expect(run.err).toMatch(/has \d+ lint errors?, so no letters were written/);
    expect(run.err).toContain('--allow-errors');
    expect(existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.pdf')) : []).toEqual([]);
  });

  it('with --allow-errors are printed, and every page of every PDF says they are drafts', async () => {
    const p = projectWithStaleAmounts();
    const out = path.join(p.dir, 'out');
    const run = await runCli('letters', '--policy', p.policy, '--pupils', p.pupils, '--date', DATE, '--out', out, '--allow-errors');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toMatch(/every page is marked “DRAFT: the policy this letter is based on has errors”/);
    const pdfs = readdirSync(out).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.sort()).toEqual(['attendance-concern.pdf', 'notice-to-improve.pdf']);
    for (const pdf of pdfs) {
      const file = path.join(out, pdf);
      for (let page = 1; page <= pageCount(file); page++)
        expect(pageText(file, page).replace(/\s+/g, ' '), `${pdf} page ${page}`).toContain(
          'DRAFT: the policy this letter is based on has errors',
        );
    }
  });
});

describe('a letter of more than one page', () => {
  it('carries the pupil’s name and “page N of M” on every page after the first', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pw-letters-pages-'));
    made.push(dir);
    writeFileSync(path.join(dir, 'pupils.csv'), PUPILS);
    const out = path.join(dir, 'out');
    const run = await runCli(
      'letters',
      '--policy',
      path.join(ROOT_POLICIES, 'schools', 'hillcrest-secondary.yaml'),
      '--pupils',
      path.join(dir, 'pupils.csv'),
      '--date',
      DATE,
      '--out',
      out,
    );
    expect(run.code, run.err).toBe(0);
    const pdf = path.join(out, 'notice-to-improve.pdf');
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pageText(pdf, 1)).not.toMatch(/page 1 of/);
    for (let page = 2; page <= pages; page++)
      expect(pageText(pdf, page)).toContain(`Maya Whitlock – Notice to Improve – page ${page} of ${pages}`);
    // A one-page letter needs no such line.
    expect(pageText(path.join(out, 'attendance-concern.pdf'), 1)).not.toMatch(/ – page \d+ of \d+/);
  });
});
