import type { LegacyBlock } from '../prose-blocks.js';
import { extractAbsenceRules } from './absence-rules.js';
import { extractCodes } from './codes.js';
import { extractContacts } from './contacts.js';
import { extractDocumentFacts } from './document-facts.js';
import { extractEscalation } from './escalation.js';
import { allSentences, type Extraction } from './fact.js';
import { extractLeave } from './leave.js';
import { extractPenalties } from './penalties.js';
import { extractReferences } from './references.js';
import { extractRegisters } from './registers.js';
import { extractRoles } from './roles.js';
import { extractTimes } from './times.js';

export type { Extraction, Fact, Note } from './fact.js';

/** Every fact family, read from the document's prose blocks. */
export function extractFacts(blocks: LegacyBlock[]): Extraction {
  const sentences = allSentences(blocks);
  const parts = [
    extractDocumentFacts(sentences, blocks),
    extractTimes(sentences, blocks),
    extractRegisters(sentences),
    extractCodes(sentences, blocks),
    extractAbsenceRules(sentences),
    extractLeave(sentences),
    extractEscalation(blocks),
    extractPenalties(sentences),
    extractReferences(sentences),
    extractContacts(sentences, blocks),
  ];
  parts.push(
    extractRoles(
      sentences,
      parts.flatMap((p) => p.facts),
    ),
  );
  return { facts: parts.flatMap((p) => p.facts), notes: parts.flatMap((p) => p.notes) };
}
