import { closest } from 'fastest-levenshtein';
import { UserError } from '../../core/diagnostics.js';
import { allRules } from '../../lint/registry.js';
import { formatRuleDoc } from '../../lint/rule-doc.js';
import { EXIT, type CliIO } from '../io.js';

export function explainRule(id: string, io: CliIO, asOf?: string): number {
  const rules = allRules();
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) {
    const guess = rules.length
      ? closest(
          id,
          rules.map((r) => r.meta.id),
        )
      : undefined;
    throw new UserError(
      `There is no rule called "${id}".${guess ? ` Did you mean "${guess}"?` : ''} Run \`policywright lint --list-rules\` to see them all.`,
    );
  }
  io.out(formatRuleDoc(rule, asOf));
  return EXIT.ok;
}
