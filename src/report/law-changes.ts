import { lawChangesBetween } from '../law/index.js';
import { formatDate } from '../render/format.js';

export interface LawChangeLine {
  date: string;
  text: string;
}

/**
 * Changes in the law that came into force after `from` and on or before `until` (YYYY-MM-DD), in
 * plain words with their source. Page 1 shows only the first few, so the order says what matters
 * most to a policy: a value that changed (a penalty amount, how long registers are kept) first, then
 * a requirement that is new, then a new edition of guidance; by date within each.
 */
export function lawChangesSince(from: string, until: string): LawChangeLine[] {
  const changes = lawChangesBetween(from, until).filter((c) => c.date > from);
  const rank = (c: (typeof changes)[number]) => (c.unit === 'edition year' ? 2 : c.from === undefined || c.from === null ? 1 : 0);
  return [0, 1, 2]
    .flatMap((r) => changes.filter((c) => rank(c) === r))
    .map((c) => ({
      date: formatDate(c.date),
      text: `${c.text} (${c.reference.title}${c.confidence !== 'high' ? `; ${c.confidence} confidence` : ''})`,
    }));
}
