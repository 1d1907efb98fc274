import type { Rule, RuleExample } from './rule.js';
import { ruleTitle } from './rule-title.js';

const LEVEL = { must: 'legal duty', should: 'statutory guidance', info: 'definition or watch item' };

/** A message as a reader of the reference sees it: `{{years}}` becomes ‹years›. */
export function plainMessage(text: string): string {
  return text.replace(/\{\{\s*(\w+)(?:\s*\|\s*\w+)?\s*\}\}/g, '‹$1›');
}

function fence(yaml: string): string[] {
  return ['```yaml', ...yaml.trimEnd().split('\n'), '```'];
}

function example(kind: 'Reported' | 'Not reported', ex: RuleExample): string[] {
  const out = ['', `**${kind}: ${ex.title}**${ex.asOf ? ` (as of ${ex.asOf})` : ''}`, '', ...fence(ex.yaml)];
  if (ex.errors?.length) out.push('', ...ex.errors.map((e) => `- line ${e.line}, column ${e.column}: \`${e.messageId}\``));
  if (ex.output !== undefined) out.push('', '`--fix` makes it:', '', ...fence(ex.output));
  if (ex.suggested !== undefined) out.push('', 'The suggestion (`--fix --fix-type suggestion`) makes it:', '', ...fence(ex.suggested));
  return out;
}

/** The rules reference page (docs/rules.md), made from each rule's metadata and examples. */
export function rulesReference(rules: Rule[]): string {
  const out = [
    '# Rules',
    '',
    '<!-- Made by `npm run docs:rules` from each rule and its examples file; a test checks it is up to date. -->',
    '',
    `policywright checks a policy against ${rules.length} rules. \`policywright explain RULE-ID\` shows the same for one rule.`,
    '',
    ...rules.map((r) => `- [\`${r.meta.id}\`](#${r.meta.id.toLowerCase()}): ${ruleTitle(r.meta)}`),
  ];
  for (const rule of rules) {
    const m = rule.meta;
    out.push('', `## ${m.id}`, '', `**${ruleTitle(m)}**`, '', m.explanation, '');
    out.push(
      `- Level: ${m.level} (${LEVEL[m.level]}); severity: ${m.severity}; checks ${m.where === 'both' ? 'the data and the prose' : `the ${m.where}`}`,
    );
    out.push(`- In force from ${m.effectiveFrom}; confidence ${m.confidence}${m.confidenceNote ? ` (${m.confidenceNote})` : ''}`);
    out.push(
      `- ${m.fixable ? 'Fixed by `--fix`' : 'Not fixed automatically'}${m.suggestions ? '; makes suggestions the school decides on' : ''}`,
    );
    out.push(`- Question for governors: ${m.governorQuestion}`);
    out.push(
      '',
      'Sources:',
      '',
      ...m.citations.map((c) => `- ${c.url ? `[${c.source}](${c.url})` : c.source}${c.paragraph ? `, ${c.paragraph}` : ''}`),
    );
    if (m.messages) {
      out.push(
        '',
        'Messages:',
        '',
        ...Object.entries(m.messages).map(
          ([id, text]) => `- \`${id}\`: ${plainMessage(text)}${m.hints?.[id] ? ` → ${plainMessage(m.hints[id]!)}` : ''}`,
        ),
      );
    }
    for (const ex of rule.examples.fail) out.push(...example('Reported', ex));
    for (const ex of rule.examples.pass) out.push(...example('Not reported', ex));
  }
  return `${out.join('\n')}\n`;
}
