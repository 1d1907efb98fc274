import type { Severity } from '../core/diagnostics.js';
import type { LintConfig } from '../lint/config.js';
import type { FoundDiagnostic } from '../lint/context.js';
import { lintPolicy } from '../lint/engine.js';
import { completeness, type Completeness } from './completeness.js';
import type { LegacyDocument } from './document.js';
import { sentenceAround } from './extract/fact.js';
import { extractFacts } from './extract/index.js';
import { asLoadedPolicy, isNowhere, policyFromFacts, type DraftPolicy } from './policy-from-facts.js';
import { blockAt, legacyBlocks, type LegacyBlock } from './prose-blocks.js';

export interface AuditResult {
  doc: LegacyDocument;
  blocks: LegacyBlock[];
  draft: DraftPolicy;
  diagnostics: FoundDiagnostic[];
  /** Whether the document looks like a whole policy (else it is read as an excerpt). */
  completeness: Completeness;
  /** On an excerpt: what the document does not say, which the audit therefore could not check. */
  couldNotCheck: FoundDiagnostic[];
}

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
  const draft = policyFromFacts(doc.file, facts, notes);
  const found = lintPolicy(asLoadedPolicy(doc.file, draft), { asOf: options.asOf, extraProse: blocks, ...(options.config ? { config: options.config } : {}) });
  const all = mergeBySentence(doc, blocks, found);
  const whole = completeness(blocks);
  if (whole.complete && !options.excerpt) return { doc, blocks, draft, diagnostics: all, completeness: whole, couldNotCheck: [] };
  // An excerpt says nothing about what the rest of the policy says: absence is not a finding.
  return { doc, blocks, draft, diagnostics: all.filter((d) => !isAbsence(d)), completeness: whole, couldNotCheck: all.filter(isAbsence) };
}

/** A finding about something the document does not say (it points at no sentence). */
export function isAbsence(d: FoundDiagnostic): boolean {
  return isNowhere(d);
}

const NOT_FOUND = '(The audit found nothing about this in the document.)';

function mergeBySentence(doc: LegacyDocument, blocks: LegacyBlock[], found: FoundDiagnostic[]): FoundDiagnostic[] {
  const groups = new Map<string, Array<{ d: FoundDiagnostic; quote: string | undefined }>>();
  found.forEach((d, i) => {
    const loc = d.file === doc.file && !isNowhere(d) ? blockAt(doc, blocks, d) : undefined;
    const sentence = loc ? sentenceAround(loc.block.text, loc.offset) : undefined;
    const quote = sentence ? shorten(sentence.text) : undefined;
    const key = loc ? `${d.ruleId}|${loc.block.index}|${sentence!.offset}` : `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), { d, quote }]);
  });
  const out: FoundDiagnostic[] = [];
  for (const group of groups.values()) {
    const severity = group.map((g) => g.d.severity).sort((a, b) => RANK[b] - RANK[a])[0]!;
    const quoted = group.find((g) => g.d.quote !== undefined);
    if (quoted) {
      out.push({ ...quoted.d, severity });
      continue;
    }
    const first = group[0]!;
    const messages = [...new Set(group.map((g) => g.d.message))].join(' ');
    const tail = !first.quote && isNowhere(first.d) ? ` ${NOT_FOUND}` : '';
    out.push({ ...first.d, severity, message: `${messages}${tail}`, ...(first.quote ? { quote: first.quote } : {}) });
  }
  return out;
}

function shorten(s: string): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > 240 ? `${t.slice(0, 237)}...` : t;
}
