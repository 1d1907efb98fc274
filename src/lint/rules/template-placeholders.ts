import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { packagePath } from '../../core/schema-files.js';
import { checkedOnce, recordedFindings } from '../../letters/template-check/recorded.js';
import { TEMPLATE_HINTS, TEMPLATE_MESSAGES } from '../../letters/template-check/messages.js';
import type { TemplateFinding } from '../../letters/template-check/walk.js';
import { defineRule } from '../define-rule.js';
import type { Rule } from '../rule.js';

/**
 * Loading the template scanner (handlebars and the document's view model) is a large part of
 * lint's start-up, and the build has already checked the shipped templates (see recorded.ts). So
 * the scanner is loaded only when those templates differ from the build's record, or there is no
 * record (running from source). Should a template change later in a long run (watch mode), or the
 * rule be given another folder, the scan runs in a child process rather than go unchecked.
 */
const scanner = recordedFindings(packagePath('templates')) ? undefined : await import('../../letters/template-check/scan.js');

function scan(dir: string): TemplateFinding[] {
  if (scanner) return scanner.scanTemplates(dir);
  const main = fileURLToPath(new URL('../../letters/template-check/scan-main.js', import.meta.url));
  const run = spawnSync(process.execPath, [main, dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`The template check could not run: ${(run.stderr || String(run.error)).split('\n')[0]}`);
  return JSON.parse(run.stdout) as TemplateFinding[];
}

function templateFindings(dir: string): TemplateFinding[] {
  return checkedOnce(dir, () => recordedFindings(dir) ?? scan(dir));
}

/**
 * Rules run once per policy, but the templates are the same for every policy: the scan is done
 * once per process (again only if a template changes) and its findings are placed at the template's
 * own file and line, so the report shows each once.
 */
export function templatePlaceholdersRule(templatesDir = packagePath('templates')): Rule {
  const rule = defineRule({
    meta: {
      id: 'template-placeholders',
      level: 'must',
      severity: 'error',
      where: 'templates',
      settings: [],
      title: 'Every placeholder in the document and letter templates names real data',
      explanation:
        'The policy document and the letters to parents are drawn from handlebars templates (templates/**/*.hbs). A placeholder that names no field (a typo, or a field that was renamed) prints nothing, so a letter could go out without the improvement period or the amount of a penalty notice. Each placeholder must name a field of the policy schema, a pupil column, or a field of the view model, and each helper and partial must exist.',
      citations: [
        { source: 'Working together to improve school attendance (2024)', paragraph: 'chapter 6, the contents of a Notice to Improve' },
        { source: 'policywright documentation', paragraph: 'docs/letters.md, "Templates and placeholders"' },
      ],
      effectiveFrom: '2024-08-19',
      confidence: 'high',
      fixable: false,
      governorQuestion: 'When our letter templates change, who checks that every letter still shows the facts parents must be given?',
      messages: TEMPLATE_MESSAGES,
      hints: TEMPLATE_HINTS,
    },
    check(ctx) {
      for (const f of templateFindings(templatesDir)) {
        ctx.report({
          messageId: f.messageId,
          data: f.data,
          at: { file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn },
        });
      }
    },
  });
  // The rule tester runs each example against templates of its own.
  return Object.assign(rule, { forTemplates: (dir: string) => templatePlaceholdersRule(dir) });
}

export const rule: Rule = templatePlaceholdersRule();
