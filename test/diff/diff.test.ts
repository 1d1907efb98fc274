import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicyFiles } from '../../src/diff/index.js';
import { runCli, tempProject } from '../helpers.js';
import { BASE_V1, BASE_V2, git, SCHOOL_V1, SCHOOL_V2 } from './fixtures.js';

/** Two versions side by side: v1/ and v2/, each a trust base and a school file. */
function twoVersions(): string {
  return tempProject({ 'v1/base.yaml': BASE_V1, 'v1/school.yaml': SCHOOL_V1, 'v2/base.yaml': BASE_V2, 'v2/school.yaml': SCHOOL_V2 });
}

describe('diff of two versions of a policy', () => {
  it('names a setting with no label of its own by its title in the schema, not its key', () => {
    const dir = tempProject({
      'a.yaml': 'schools: [{ id: s, name: S }]\nla_returns: { new_pupil_days: 5 }\nregisters: { retention_years: 3 }\n',
      'b.yaml': 'schools: [{ id: s, name: S }]\nla_returns: { new_pupil_days: 4 }\nregisters: { retention_years: 6 }\n',
    });
    const d = diffPolicyFiles(path.join(dir, 'a.yaml'), path.join(dir, 'b.yaml'));
    const texts = d.topics.flatMap((t) => t.changes.map((c) => c.text));
    expect(texts).toContain('Days to report a new pupil: now 4 (was 5)');
    expect(texts.join('\n')).not.toMatch(/new pupil days|retention years|_/i);
  });

  it('lists a changed time, a changed amount and a rewritten section, each with its old and new value', () => {
    const dir = twoVersions();
    const d = diffPolicyFiles(path.join(dir, 'v1/school.yaml'), path.join(dir, 'v2/school.yaml'));
    const all = d.topics.flatMap((t) => t.changes);
    const close = all.find((c) => c.label === 'Morning register closes')!;
    expect(close).toMatchObject({ topic: 'School day and registers', kind: 'changed', old: '9:15am', new: '9:00am', fromBase: null });
    expect(close.text).toBe('Morning register closes: now 9:00am (was 9:15am)');
    const fine = all.find((c) => c.label === 'First penalty notice')!;
    expect(fine).toMatchObject({
      topic: 'Penalty notices and legal measures',
      old: '£60 within 21 days, £120 within 28 days',
      new: '£80 within 21 days, £160 within 28 days',
    });
    const leave = all.find((c) => c.label === 'Section ‘Leave of absence’')!;
    expect(leave.text).toMatch(/^Section ‘Leave of absence’ rewritten/);
    // The word-level comparison holds the words taken out and the words put in.
    expect(
      leave
        .words!.filter((w) => w.change === 'removed')
        .map((w) => w.text)
        .join(' '),
    ).toContain('exceptional');
    expect(
      leave
        .words!.filter((w) => w.change === 'added')
        .map((w) => w.text)
        .join(' '),
    ).toContain('holiday');
    // An unchanged section is not listed.
    expect(all.some((c) => c.label === 'Section ‘Lateness’')).toBe(false);
    expect(d.count).toBe(all.length);
  });

  it('marks the changes that come from the trust base', () => {
    const dir = twoVersions();
    const all = diffPolicyFiles(path.join(dir, 'v1/school.yaml'), path.join(dir, 'v2/school.yaml')).topics.flatMap((t) => t.changes);
    expect(all.find((c) => c.label === 'First penalty notice')!.fromBase).toMatch(/v2\/base\.yaml$/);
    expect(all.find((c) => c.label === 'First penalty notice')!.text).toMatch(/\(from the trust base\)$/);
    expect(all.find((c) => c.label === 'Section ‘Leave of absence’')!.fromBase).toMatch(/base\.yaml$/);
    expect(all.find((c) => c.label === 'Morning register closes')!.fromBase).toBeNull();
  });

  it('says so when nothing changed, and exits 0', async () => {
    const dir = twoVersions();
    const run = await runCli('diff', path.join(dir, 'v1/school.yaml'), path.join(dir, 'v1/school.yaml'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^No changes: /);
  });

  it('prints text, markdown, html and json, in plain English with formatted values', async () => {
    const dir = twoVersions();
    const files = [path.join(dir, 'v1/school.yaml'), path.join(dir, 'v2/school.yaml')];
    const text = await runCli('diff', ...files);
    expect(text.code).toBe(1);
    expect(text.out).toContain('School day and registers\n  - Morning register closes: now 9:00am (was 9:15am)');
    expect(text.out).toContain(
      'First penalty notice: now £80 within 21 days, £160 within 28 days (was £60 within 21 days, £120 within 28 days) (from the trust base)',
    );
    expect(text.out).toMatch(/\[-[^\]]*exceptional[^\]]*-\]/);
    const md = (await runCli('diff', '--format', 'markdown', ...files)).out;
    expect(md).toContain('## School day and registers');
    expect(md).toMatch(/~~[^~]*exceptional[^~]*~~/);
    const html = (await runCli('diff', '--format', 'html', ...files)).out;
    expect(html).toContain('Content-Security-Policy');
    expect(html).toMatch(/<del>[^<]*exceptional[^<]*<\/del>/);
    expect(html).not.toMatch(/<script/i);
    const json = JSON.parse((await runCli('diff', '--format', 'json', ...files)).out) as {
      count: number;
      topics: Array<{ topic: string; changes: Array<{ label: string; old: string; new: string }> }>;
    };
    const close = json.topics.flatMap((t) => t.changes).find((c) => c.label === 'Morning register closes');
    expect(close).toMatchObject({ old: '9:15am', new: '9:00am' });
    for (const out of [text.out, md, html]) expect(out).not.toMatch(/undefined|NaN|££|\{\{|�/);
  });

  it('compares with a git revision, taking the trust base from the same revision', async () => {
    const dir = tempProject({ 'base.yaml': BASE_V1, 'school.yaml': SCHOOL_V1 });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'v1');
    writeFileSync(path.join(dir, 'base.yaml'), BASE_V2);
    writeFileSync(path.join(dir, 'school.yaml'), SCHOOL_V2);
    const run = await runCli('diff', '--since', 'HEAD', path.join(dir, 'school.yaml'));
    expect(run.code, run.err).toBe(1);
    expect(run.out).toContain('Morning register closes: now 9:00am (was 9:15am)');
    expect(run.out).toContain('(was £60 within 21 days, £120 within 28 days) (from the trust base)');
    expect(run.out).toContain('Section ‘Leave of absence’ rewritten (from the trust base)');
  });

  it('explains bad input without a stack trace', async () => {
    const dir = tempProject({ 'base.yaml': BASE_V1, 'school.yaml': SCHOOL_V1 });
    const notGit = await runCli('diff', '--since', 'HEAD', path.join(dir, 'school.yaml'));
    expect(notGit.code).toBe(2);
    expect(notGit.err).toMatch(/not in a git repository/);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'v1');
    const badRev = await runCli('diff', '--since', 'no-such-tag', path.join(dir, 'school.yaml'));
    expect(badRev.err).toMatch(/"no-such-tag" is not a version git knows/);
    const option = await runCli('diff', '--since', '--output=/tmp/x', path.join(dir, 'school.yaml'));
    expect(option.code).toBe(2);
    const one = await runCli('diff', path.join(dir, 'school.yaml'));
    expect(one.err).toMatch(/Give two policy files/);
    const notRatified = await runCli('diff', '--since-ratified', path.join(dir, 'school.yaml'));
    expect(notRatified.err).toMatch(/has no recorded approval/);
    for (const r of [notGit, badRev, one, notRatified]) expect(r.err).not.toMatch(/\n\s+at /);
  });
});
