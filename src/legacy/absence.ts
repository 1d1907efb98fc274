import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packagePath } from '../core/schema-files.js';
import type { FoundDiagnostic } from '../lint/context.js';
import type { LegacyBlock } from './prose-blocks.js';

/** One phrasing: a regular expression, case-insensitive unless written as `case_sensitive:`. */
type Phrasing = string | { case_sensitive: string };

/** vocabulary/absence-topics.yaml */
interface AbsenceVocabulary {
  claims: string[];
  topics: Array<{ topic: string; claim: string; evidence: Phrasing[] }>;
}

interface Topic {
  topic: string;
  claim: RegExp;
  evidence: RegExp[];
}

let vocabulary: { claims: RegExp[]; topics: Topic[] } | undefined;

function load(): NonNullable<typeof vocabulary> {
  if (!vocabulary) {
    const v = parse(readFileSync(packagePath('vocabulary', 'absence-topics.yaml'), 'utf8')) as AbsenceVocabulary;
    const compile = (p: Phrasing) => (typeof p === 'string' ? new RegExp(p, 'i') : new RegExp(p.case_sensitive));
    vocabulary = {
      claims: v.claims.map((c) => new RegExp(c, 'i')),
      topics: v.topics.map((t) => ({ topic: t.topic, claim: new RegExp(t.claim, 'i'), evidence: t.evidence.map(compile) })),
    };
  }
  return vocabulary;
}

/** Whether a finding's message says the document lacks something ("The policy does not say ..."). */
export function claimsAbsence(message: string): boolean {
  return load().claims.some((re) => re.test(message));
}

/** Where a document speaks of a topic a finding says is missing. */
export interface SpokenOf {
  topic: string;
  block: LegacyBlock;
  line: number;
}

/**
 * The first place where the document speaks of something the finding says it does not say, if
 * any: then the finding is not fair as written (the audit could not read what the document says),
 * and is listed as "could not check" instead. A finding whose claims have no topic in the
 * vocabulary is taken as it is.
 */
export function spokenOf(d: FoundDiagnostic, blocks: LegacyBlock[]): SpokenOf | undefined {
  for (const t of load().topics) {
    if (!t.claim.test(d.message)) continue;
    for (const block of blocks) {
      const m = t.evidence.map((re) => re.exec(block.text)).find((x) => x);
      if (m) return { topic: t.topic, block, line: block.at(m.index, m[0].length).line };
    }
  }
  return undefined;
}
