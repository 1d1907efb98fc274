import { packagePath } from '../../core/schema-files.js';
import { templateFindings } from '../../letters/template-check/scan.js';
import type { Rule } from '../rule.js';

/**
 * Rules run once per policy, but the templates are the same for every policy: the scan is done
 * once per process (again only if a template changes) and its findings are placed at the template's
 * own file and line, so the report shows each once.
 */
export function templatePlaceholdersRule(templatesDir = packagePath('templates')): Rule {
  return {
    meta: {
      id: 'template-placeholders',
      level: 'must',
      severity: 'error',
      where: 'templates',
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
    },
    check(ctx) {
      for (const f of templateFindings(templatesDir)) {
        ctx.report({ message: f.message, ...(f.hint ? { hint: f.hint } : {}), at: { file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn } });
      }
    },
    examples: {
      pass: [{ title: 'The shipped templates use only known fields, whatever the policy', yaml: 'document:\n  title: Attendance Policy\n' }],
      fail: [],
    },
  };
}

export const rule: Rule = templatePlaceholdersRule();
