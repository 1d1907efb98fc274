import type { FoundDiagnostic } from '../lint/context.js';
import type { LegacyDocument } from './document.js';
import { isNowhere } from './policy-from-facts.js';
import { blockAt, blockHeading, type LegacyBlock } from './prose-blocks.js';

/** Each finding placed in the document carries the heading path it sits under, so a reader finds it by section. */
export function withHeadings(doc: LegacyDocument, blocks: LegacyBlock[], found: FoundDiagnostic[]): FoundDiagnostic[] {
  return found.map((d) => {
    if (d.file !== doc.file || isNowhere(d) || d.heading) return d;
    const loc = blockAt(doc, blocks, d);
    const heading = loc ? blockHeading(loc.block) : undefined;
    return heading ? { ...d, heading } : d;
  });
}
