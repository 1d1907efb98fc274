import { displayPath } from '../core/files.js';
import { markdownText } from '../core/markdown-text.js';
import type { AuditResult, CouldNotCheck } from './audit.js';

/** The "could not check" list of one audited document, for people and for programs. */
export interface CouldNotCheckList {
  file: string;
  /** Why: the document reads as an excerpt (with the reasons), or was said to be one (--excerpt). */
  why: string;
  items: Array<{ ruleId: string; message: string; spokenOfLine?: number; topic?: string; spokenUnder?: string }>;
}

export function couldNotCheckList(
  file: string,
  r: Pick<AuditResult, 'completeness' | 'couldNotCheck'>,
  excerpt: boolean,
): CouldNotCheckList | undefined {
  if (!r.couldNotCheck.length) return undefined;
  const reading = !r.completeness.complete
    ? `it reads as part of a policy (${r.completeness.reasons.join('; ')})`
    : excerpt
      ? 'it was read as part of a policy, as asked with --excerpt'
      : '';
  const why = reading
    ? `${reading}, so what it does not say is not reported as a problem`
    : 'it speaks of these topics in words the audit could not read, so it cannot tell whether what it says is enough';
  const seen = new Set<string>();
  const items: CouldNotCheckList['items'] = [];
  for (const d of r.couldNotCheck) {
    const message = d.message;
    if (seen.has(message)) continue;
    seen.add(message);
    items.push({ ruleId: d.ruleId, message, ...spoken(d) });
  }
  return { file: displayPath(file), why, items };
}

function spoken(d: CouldNotCheck): { spokenOfLine?: number; topic?: string; spokenUnder?: string } {
  if (!d.spokenOf) return {};
  return { spokenOfLine: d.spokenOf.line, topic: d.spokenOf.topic, ...(d.spokenOf.heading ? { spokenUnder: d.spokenOf.heading } : {}) };
}

const where = (i: CouldNotCheckList['items'][number]) =>
  i.spokenOfLine
    ? ` (The document speaks of ${i.topic} at line ${i.spokenOfLine}${i.spokenUnder ? `, under ${i.spokenUnder}` : ''}: check that part by hand.)`
    : '';

export function couldNotCheckText(l: CouldNotCheckList): string {
  return `${l.file}: could not check, because ${l.why}:\n${l.items.map((i) => `  - ${i.message}${where(i)}`).join('\n')}\n`;
}

export function couldNotCheckMarkdown(l: CouldNotCheckList): string {
  return [
    `## Could not check: ${markdownText(l.file)}`,
    '',
    `The audit could not check these, because ${markdownText(l.why)}.`,
    '',
    ...l.items.map((i) => `- ${markdownText(i.message + where(i))} (\`${i.ruleId}\`)`),
    '',
  ].join('\n');
}
