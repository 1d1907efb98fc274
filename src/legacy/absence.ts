import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Diagnostic } from '../core/diagnostics.js';
import { packagePath } from '../core/schema-files.js';
import type { LegacyBlock } from './prose-blocks.js';

/** One phrasing: a regular expression, case-insensitive unless written as `case_sensitive:`. */
type Phrasing = string | { case_sensitive: string };

/** Findings that say a topic is missing: a rule's messages, and a value their data must hold. */
export interface TopicFindings {
  rule: string;
  messages: string[];
  /** `{ key: value }`: the finding's `data[key]` is `value`, or is a list that has it. */
  when?: Record<string, string | number | boolean>;
}

/** One topic of vocabulary/absence-topics.yaml. */
export interface AbsenceTopic {
  id: string;
  /** What the topic is, as the "could not check" list names it ("the next review date"). */
  topic: string;
  findings: TopicFindings[];
  evidence: RegExp[];
}

let topics: AbsenceTopic[] | undefined;

/** The topics of vocabulary/absence-topics.yaml, in the order the file gives them. */
export function absenceTopics(): AbsenceTopic[] {
  if (!topics) {
    const file = packagePath('vocabulary', 'absence-topics.yaml');
    const v = parse(readFileSync(file, 'utf8')) as { topics: Array<Omit<AbsenceTopic, 'evidence'> & { evidence: Phrasing[] }> };
    const compile = (p: Phrasing) => (typeof p === 'string' ? new RegExp(p, 'i') : new RegExp(p.case_sensitive));
    topics = v.topics.map((t) => {
      if (!t.id || !t.topic || !Array.isArray(t.findings) || !Array.isArray(t.evidence))
        throw new Error(`${file}: topic ${t.id ?? t.topic ?? '?'} needs an id, a topic, findings and evidence.`);
      return { id: t.id, topic: t.topic, findings: t.findings, evidence: t.evidence.map(compile) };
    });
  }
  return topics;
}

/** Whether a finding is one the topic names: by its rule, its message id and its data. */
export function saysMissing(t: AbsenceTopic, d: Pick<Diagnostic, 'ruleId' | 'messageId' | 'data'>): boolean {
  return t.findings.some(
    (f) =>
      f.rule === d.ruleId &&
      d.messageId !== undefined &&
      f.messages.includes(d.messageId) &&
      Object.entries(f.when ?? {}).every(([key, want]) => {
        const got = d.data?.[key];
        return Array.isArray(got) ? got.includes(String(want)) : got === want;
      }),
  );
}

/** The topics a finding says are missing (none for a finding that is not about what a policy lacks). */
export function topicsOf(d: Pick<Diagnostic, 'ruleId' | 'messageId' | 'data'>): AbsenceTopic[] {
  return absenceTopics().filter((t) => saysMissing(t, d));
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
 * and is listed as "could not check" instead. A finding with no topic in the vocabulary is taken
 * as it is.
 */
export function spokenOf(d: Pick<Diagnostic, 'ruleId' | 'messageId' | 'data'>, blocks: LegacyBlock[]): SpokenOf | undefined {
  for (const t of topicsOf(d)) {
    for (const block of blocks) {
      const m = t.evidence.map((re) => re.exec(block.text)).find((x) => x);
      if (m) return { topic: t.topic, block, line: block.at(m.index, m[0].length).line };
    }
  }
  return undefined;
}
