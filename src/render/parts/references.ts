import type { Policy } from '../../types/policy.js';
import { link, text, type Line, type Part } from '../blocks.js';
import { label, REFERENCE_KINDS } from '../labels.js';

/** Legislation, guidance and linked policies, each with its edition. */
export function referencesPart(policy: Policy): Part | undefined {
  const refs = policy.references ?? [];
  if (!refs.length) return undefined;
  const items = refs.map((r): Line => {
    const line: Line = [r.url ? link(r.title, r.url) : text(r.title)];
    const edition = r.edition ?? (r.year ? String(r.year) : undefined);
    const details = [
      r.kind ? label(REFERENCE_KINDS, r.kind) : undefined,
      edition && !r.title.includes(edition) ? edition : undefined,
    ].filter(Boolean);
    if (details.length) line.push(text(` (${details.join(', ')})`));
    return line;
  });
  return { id: 'references', title: 'References', blocks: [{ type: 'list', ordered: false, items }] };
}
