// Item 3: escape sequences and bidirectional overrides from policies, documents and pupil files never
// reach the terminal; Markdown output shows quoted HTML as text.
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanIO, type CliIO } from '../../src/cli/io.js';
import { markdownText } from '../../src/core/markdown-text.js';
import { terminalSafe } from '../../src/core/terminal-text.js';
import { ROOT, runCli, tempProject } from '../helpers.js';

const ESC = '\u001b';
const HOSTILE = `${ESC}[2J${ESC}[1;1H${ESC}]0;pwned${ESC}\\${ESC}]8;;http://evil.example/${ESC}\\click${ESC}]8;;${ESC}\\ \u202Egnp.exe\u202C \u0007\u009b31m`;
/** Any C0 control other than tab and newline, C1 control, or bidi override/isolate. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('terminalSafe', () => {
  it('removes whole escape sequences, controls and bidi overrides, and keeps the words', () => {
    const clean = terminalSafe(`Before ${HOSTILE} after\n`);
    expect(clean).not.toMatch(CONTROL);
    expect(clean).toMatch(/^Before .*click.*gnp\.exe.* after\n$/);
    expect(clean).not.toContain('[2J');
    expect(clean).not.toContain('pwned');
  });

  it('on a terminal keeps this program’s own colours but nothing else', () => {
    let out = '';
    const io: CliIO = cleanIO({ out: (t) => (out += t), err: () => undefined, isTTY: true });
    io.out(`${ESC}[31merror${ESC}[39m ${HOSTILE}`);
    expect(out.startsWith(`${ESC}[31merror${ESC}[39m `)).toBe(true);
    expect(out.slice(15)).not.toMatch(/\u001b(?!\[[0-9;]*m)/);
    expect(out).not.toMatch(/[\u0007\u009b\u202e]/);
  });
});

describe('hostile text through the commands', () => {
  const policy = `schools:\n  - id: a\n    name: "A ${HOSTILE.replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(
      /[\u0000-\u001f\u007f-\u009f]/g,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
    )}"\nsections:\n  - id: s\n    title: Reporting\n    body: "Email office@example.sch.uk. ${ESC}[2J<img src=x onerror=alert(1)> <script>alert(1)</script>"\n`;

  it('lint prints no control character (stylish and markdown)', async () => {
    const dir = tempProject({ 'p.yaml': policy, 'q.yaml': `broken: [${ESC}[2J\n` });
    for (const format of ['stylish', 'markdown', 'github']) {
      const run = await runCli('lint', '--format', format, '--as-of', '2026-11-26', path.join(dir, 'p.yaml'), path.join(dir, 'q.yaml'));
      expect(run.out + run.err, format).not.toMatch(CONTROL);
    }
  });

  it('audit of a document with escape sequences prints none of them', async () => {
    const dir = tempProject();
    const doc = path.join(dir, `old${ESC}[31m.txt`);
    writeFileSync(
      doc,
      `Attendance policy\n\nPenalty notices are ${ESC}[2J£60 \u202Eper parent. Persistent absence is missing 15% of sessions.${ESC}]0;title${ESC}\\\n`,
    );
    for (const format of ['stylish', 'markdown']) {
      const run = await runCli('audit', '--format', format, '--as-of', '2026-11-26', doc);
      expect(run.out + run.err, format).not.toMatch(CONTROL);
      expect(run.out + run.err).toMatch(/old(\[31m)?\.txt|Penalty|finding|problem/);
    }
  });

  it('letters --dry-run shows pupils without their escape sequences', async () => {
    const dir = tempProject({
      'pupils.csv': `pupil_id,first_name,last_name,year_group,parent_name,address_1,town,postcode,sessions_possible,sessions_attended,unauthorised_sessions_10wk\nHC9${ESC}[2J${ESC}]0;x${ESC}\\,Ann\u202E,Lee${ESC}[8m,7,Ms Lee,1 Row,Bradford,BD99 1AA,300,200,12\n`,
    });
    cpSync(path.join(ROOT, 'policies'), path.join(dir, 'policies'), { recursive: true });
    const run = await runCli(
      'letters',
      '--policy',
      path.join(dir, 'policies/schools/hillcrest-secondary.yaml'),
      '--pupils',
      path.join(dir, 'pupils.csv'),
      '--dry-run',
      '--verbose',
    );
    expect(run.out + run.err).toMatch(/Ann/);
    expect(run.out + run.err).not.toMatch(CONTROL);
  });
});

describe('--format markdown', () => {
  it('escapes quoted HTML and Markdown so a pull request or governors’ paper shows it as text', async () => {
    const dir = tempProject({
      'p.yaml':
        'schools:\n  - id: a\n    name: A\nsections:\n  - id: s\n    title: Data\n    body: |\n      Email office@a.sch.uk or <img src=https://evil.example/t.png> <script>alert(1)</script> ![t](https://evil.example/p.png) [x](javascript:alert(1)).\ncontacts:\n  office: { email: "office@b.sch.uk" }\n',
    });
    const run = await runCli('lint', '--format', 'markdown', '--as-of', '2026-11-26', path.join(dir, 'p.yaml'));
    expect(run.out).not.toMatch(/<(img|script)\b/i);
    expect(run.out).not.toMatch(/!\[[^\]]*\]\(/);
    expect(markdownText('<img src=x> & ![a](b) | x')).toBe('&lt;img src=x&gt; &amp; \\!\\[a\\](b) \\| x');
  });
});
