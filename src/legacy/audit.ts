import type { Severity } from '../core/diagnostics.js';
import type { LintConfig } from '../lint/config.js';
import type { FoundDiagnostic } from '../lint/context.js';
import { lintPolicy } from '../lint/engine.js';
import { spokenOf } from './absence.js';
import { auditFacts, unsureFindings } from './audit-facts.js';
import { completeness, type Completeness } from './completeness.js';
import type { LegacyDocument } from './document.js';
import { sentenceAround } from './extract/fact.js';
import { extractFacts } from './extract/index.js';
import { withHeadings } from './finding-place.js';
import { asLoadedPolicy, isNowhere, policyFromFacts, type DraftPolicy } from './policy-from-facts.js';
import { blockAt, blockHeading, legacyBlocks, type LegacyBlock } from './prose-blocks.js';
import { stalePatternFindings } from './stale-patterns.js';

export interface AuditResult {
  doc: LegacyDocument;
  blocks: LegacyBlock[];
  draft: DraftPolicy;
  diagnostics: FoundDiagnostic[];
  /** Whether the document looks like a whole policy (else it is read as an excerpt). */
  completeness: Completeness;
  /**
   * Findings about what the document does not say that the audit could not confirm: on an excerpt,
   * all of them; on a complete policy, those about a topic the document does speak of (`spokenOf`).
   */
  couldNotCheck: CouldNotCheck[];
}

/** A finding the audit could not confirm, and where the document speaks of its topic (if it does). */
export type CouldNotCheck = FoundDiagnostic & { spokenOf?: { topic: string; line: number; heading?: string | undefined } };

export interface AuditOptions {
  asOf: string;
  config?: LintConfig;
  /** Read the document as an excerpt whatever it looks like: no finding about what it does not say. */
  excerpt?: boolean;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Audit a legacy document: every prose rule reads the whole document, and every data rule reads
 * the facts extracted from it (placed where each fact was found). A data finding and a prose
 * finding of the same rule about the same sentence are one problem, reported once, quoting it.
 */
export function auditDocument(doc: LegacyDocument, options: AuditOptions): AuditResult {
  const blocks = legacyBlocks(doc);
  const { facts, notes } = extractFacts(blocks);
  // A finding rests only on values the audit is sure of; the rest are listed as "could not check".
  const { sure, unsure } = auditFacts(facts);
  const draft = policyFromFacts(doc.file, sure, notes);
  const found = lintPolicy(asLoadedPolicy(doc.file, draft), {
    asOf: options.asOf,
    extraProse: blocks,
    ...(options.config ? { config: options.config } : {}),
  });
  const stale = stalePatternFindings(doc.file, blocks, options.asOf, options.config, {
    rulesReported: new Set(found.filter((d) => !isAbsence(d)).map((d) => d.ruleId)),
    documentDates: documentDates(draft),
  });
  const merged = mergeBySentence(doc, blocks, [...found, ...newStalePatterns(found, stale)]);
  const whole = completeness(blocks);
  const excerpt = !whole.complete || options.excerpt === true;
  const diagnostics: FoundDiagnostic[] = [];
  const couldNotCheck: CouldNotCheck[] = [];
  // Each finding merged into one is judged on its own message id and data: one may stand while
  // another, about a topic the document does speak of, could not be checked.
  for (const { d, parts } of merged) {
    const only = (part: FoundDiagnostic) => (parts.length === 1 ? d : saying(d, [part]));
    const stand: FoundDiagnostic[] = [];
    for (const part of parts) {
      if (!isAbsence(part)) stand.push(part);
      // An excerpt says nothing about what the rest of the policy says: absence is not a finding.
      else if (excerpt) couldNotCheck.push(only(part));
      else {
        // On a whole policy, "does not say X" stands only when nothing in it speaks of X.
        const seen = spokenOf(part, blocks);
        if (seen)
          couldNotCheck.push({ ...only(part), spokenOf: { topic: seen.topic, line: seen.line, heading: blockHeading(seen.block) } });
        else stand.push(part);
      }
    }
    if (stand.length) diagnostics.push(stand.length === parts.length ? d : saying(d, stand));
  }
  const placed = withHeadings(doc, blocks, couldNotCheck) as CouldNotCheck[];
  placed.push(...unsureFindings(doc.file, { sure, unsure, notes }, found, options));
  return {
    doc,
    blocks,
    draft,
    diagnostics: withHeadings(doc, blocks, diagnostics),
    completeness: whole,
    couldNotCheck: placed,
  };
}

/**
 * A finding about something the document does not say: the rule says so (`absence`, from the
 * message ids in its `meta.absence`), or it points at no sentence. Never read from its words.
 */
export function isAbsence(d: FoundDiagnostic): boolean {
  return d.absence === true || d.foundNowhere === true || isNowhere(d);
}

/** A finding made of one or more of a rule's findings about one sentence, and those findings. */
interface Merged {
  d: FoundDiagnostic;
  /** The findings whose words it gives, each with its own message id and data. */
  parts: FoundDiagnostic[];
}

/** The merged finding `d` saying only what `parts` say (their words, and the first one's message id, data and hint). */
function saying(d: FoundDiagnostic, parts: FoundDiagnostic[]): FoundDiagnostic {
  const { messageId: _id, data: _data, hint: _hint, absence: _absence, ...rest } = d;
  const first = parts[0]!;
  return {
    ...rest,
    message: [...new Set(parts.map((p) => p.message))].join(' '),
    ...(first.messageId !== undefined ? { messageId: first.messageId } : {}),
    ...(first.data !== undefined ? { data: first.data } : {}),
    ...(first.hint !== undefined ? { hint: first.hint } : {}),
    ...(first.absence ? { absence: true as const } : {}),
    severity: parts.map((p) => p.severity).sort((a, b) => RANK[b] - RANK[a])[0]!,
  };
}

function mergeBySentence(doc: LegacyDocument, blocks: LegacyBlock[], found: FoundDiagnostic[]): Merged[] {
  const groups = new Map<string, Array<{ d: FoundDiagnostic; quote: string | undefined }>>();
  found.forEach((d, i) => {
    const loc = d.file === doc.file && !isNowhere(d) ? blockAt(doc, blocks, d) : undefined;
    const sentence = loc ? sentenceAround(loc.block.text, loc.offset) : undefined;
    const quote = sentence ? shorten(sentence.text) : undefined;
    const key = loc ? `${d.ruleId}|${loc.block.index}|${sentence!.offset}` : `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), { d, quote }]);
  });
  const out: Merged[] = [];
  for (const group of groups.values()) {
    const severity = group.map((g) => g.d.severity).sort((a, b) => RANK[b] - RANK[a])[0]!;
    // A prose finding quoting the sentence says it for all: the others are the same problem.
    const quoted = group.find((g) => g.d.quote !== undefined);
    if (quoted) {
      out.push({ d: { ...quoted.d, severity }, parts: [quoted.d] });
      continue;
    }
    const first = group[0]!;
    const messages = [...new Set(group.map((g) => g.d.message))].join(' ');
    // The formatters say that the audit found nothing about it (see findingText).
    const nowhere = !first.quote && isNowhere(first.d);
    out.push({
      d: {
        ...first.d,
        severity,
        message: messages,
        ...(nowhere ? { foundNowhere: true as const } : {}),
        ...(first.quote ? { quote: first.quote } : {}),
      },
      parts: group.map((g) => g.d),
    });
  }
  return out;
}

/** The dates the draft found for the policy's approval, review and changes. */
function documentDates(draft: DraftPolicy): string[] {
  const d = draft.data.document;
  return [d?.approved_on, d?.next_review, ...(d?.changes ?? []).map((c) => c.date)].filter((x): x is string => typeof x === 'string');
}

/** Stale wording a rule has not already reported on the same line. */
function newStalePatterns(found: FoundDiagnostic[], stale: FoundDiagnostic[]): FoundDiagnostic[] {
  const seen = new Set(found.map((d) => `${d.ruleId}|${d.file}|${d.line}`));
  return stale.filter((d) => !seen.has(`${d.ruleId}|${d.file}|${d.line}`));
}

function shorten(s: string): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > 240 ? `${t.slice(0, 237)}...` : t;
}
