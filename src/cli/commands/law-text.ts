import { shortDate } from '../../core/dates.js';
import type { LawChange } from '../../law/index.js';

/** The changes as plain text: one block per change, date first. */
export function formatLawChanges(changes: LawChange[], since: string, until: string, lastChecked: string): string {
  const lines = [`Changes in the law and guidance from ${shortDate(since)} to ${shortDate(until)}:`, ''];
  if (!changes.length) lines.push('No changes known between these dates.', '');
  for (const c of changes) {
    lines.push(`${shortDate(c.date).padEnd(12)} ${c.text}`);
    lines.push(`${''.padEnd(12)} Source: ${c.reference.title} (confidence ${c.confidence})`);
    lines.push(`${''.padEnd(12)} ${c.reference.href}`);
    if (c.note && c.confidence !== 'high') lines.push(`${''.padEnd(12)} Not certain: ${c.note}`);
    lines.push('');
  }
  if (until > lastChecked)
    lines.push(
      `The law data was last checked on ${shortDate(lastChecked)}; changes after that date are not known to this copy of policywright.`,
    );
  return lines.join('\n').trimEnd();
}
