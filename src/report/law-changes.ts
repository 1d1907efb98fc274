import { lawChangesBetween } from '../law/index.js';
import { formatDate } from '../render/format.js';

export interface LawChangeLine {
  date: string;
  text: string;
}

/** Changes in the law that came into force after `from` and on or before `until` (YYYY-MM-DD), in plain words with their source. */
export function lawChangesSince(from: string, until: string): LawChangeLine[] {
  return lawChangesBetween(from, until)
    .filter((c) => c.date > from)
    .map((c) => ({
      date: formatDate(c.date),
      text: `${c.text} (${c.reference.title}${c.confidence !== 'high' ? `; ${c.confidence} confidence` : ''})`,
    }));
}
