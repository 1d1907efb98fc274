import type { Rule, RuleExample } from './rule.js';
import { plainMessage } from './rules-reference.js';
import { ruleTitle } from './rule-title.js';

const SEVERITY_WORDS = {
  error: 'error (must be fixed)',
  warning: 'warning (should be fixed, or an exception recorded)',
  info: 'for information',
};
const LEVEL_WORDS = {
  must: 'a legal duty',
  should: 'statutory guidance: schools must have regard to it',
  info: 'a definition or watch item',
};

/** Everything about a rule, for `policywright explain RULE-ID` (legal values as on `asOf`, default today). */
export function formatRuleDoc(rule: Rule, asOf?: string): string {
  const m = rule.meta;
  const out = [
    `${m.id}: ${ruleTitle(m, asOf)}`,
    '',
    m.explanation,
    '',
    `Level:        ${m.level} (${LEVEL_WORDS[m.level]})`,
    `Severity:     ${SEVERITY_WORDS[m.severity]}`,
    `Checks:       ${m.where === 'both' ? 'the data and the prose' : m.where === 'data' ? 'the data' : m.where === 'prose' ? 'the prose' : 'the templates'}`,
    `In force from: ${m.effectiveFrom}`,
    `Confidence:   ${m.confidence}${m.confidenceNote ? ` (${m.confidenceNote})` : ''}`,
    `Auto-fix:     ${m.fixable ? 'yes, with `policywright lint --fix`' : 'no: a person must decide'}`,
    ...(m.suggestions
      ? ['Suggestions:  yes: shown with the finding; the school decides, and `policywright lint --fix --fix-type suggestion` makes them']
      : []),
    '',
    'Sources:',
    ...m.citations.map((c) => `  - ${c.source}${c.paragraph ? `, ${c.paragraph}` : ''}${c.url ? ` <${c.url}>` : ''}`),
    '',
    `Question for governors: ${m.governorQuestion}`,
  ];
  const example = (kind: string, ex: RuleExample) => [
    '',
    `${kind}: ${ex.title}${ex.asOf ? ` (as of ${ex.asOf})` : ''}`,
    ...ex.yaml
      .trimEnd()
      .split('\n')
      .map((l) => `    ${l}`),
    ...(ex.errors ?? []).map(
      (e) => `  → line ${e.line}, column ${e.column}: ${m.messages?.[e.messageId] ? plainMessage(m.messages[e.messageId]!) : e.messageId}`,
    ),
  ];
  for (const ex of rule.examples.fail) out.push(...example('Reported', ex));
  for (const ex of rule.examples.pass) out.push(...example('Not reported', ex));
  return out.join('\n');
}
