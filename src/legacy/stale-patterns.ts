import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packagePath } from '../core/schema-files.js';
import type { Severity } from '../core/diagnostics.js';
import type { LintConfig } from '../lint/config.js';
import type { FoundDiagnostic } from '../lint/context.js';
import { longDate } from '../core/dates.js';
import { lawValue, type LawKey } from '../law/index.js';
import { sentenceAround } from './extract/fact.js';
import type { LegacyBlock } from './prose-blocks.js';

/** One entry of vocabulary/stale-patterns.yaml. */
interface PatternEntry {
  rule: string;
  severity: Severity;
  phrasings: string[];
  unless?: string[];
  /** Report only when the number captured by group 1 differs from every one of these legal values. */
  number_not?: string[];
  /** Report only when the number in group 1 is 100 minus this legal value (an attendance rate from an absence rate). */
  number_is_100_minus?: string;
  /** Legal values that must be true on the date checked against. */
  when_law?: string[];
  /** Report only when the year in group 1 is before the year this legal value took effect (and the value is true). */
  year_before_law_since?: string;
  /** Group 1 is the first year of a school year ("2024-25"): report only when that school year has ended and no date in the document is later. */
  school_year_ended?: boolean;
  /** Report only when the rule has found nothing else in the document (the pattern is a fallback). */
  only_if_rule_silent?: boolean;
  message: string;
  hint: string;
}

interface Pattern extends Omit<PatternEntry, 'phrasings' | 'unless'> {
  phrasings: RegExp[];
  unless: RegExp[];
}

let patterns: Pattern[] | undefined;

function load(): Pattern[] {
  patterns ??= (parse(readFileSync(packagePath('vocabulary', 'stale-patterns.yaml'), 'utf8')) as { patterns: PatternEntry[] }).patterns.map(
    (p) => ({
      ...p,
      phrasings: p.phrasings.map((r) => new RegExp(r, 'gi')),
      unless: (p.unless ?? []).map((r) => new RegExp(r, 'i')),
    }),
  );
  return patterns;
}

const LAW_FIELD = /\{(law|since):([a-z0-9_.]+)\}/g;

/**
 * The message with `{law:key}` (the legal value in force on `asOf`), `{since:key}` (the date it took
 * effect), `{school_year}` and `{1}` (from the match) filled in; undefined when a value is not in force.
 */
function fill(template: string, asOf: string, match: RegExpExecArray): string | undefined {
  let missing = false;
  const out = template
    .replace(LAW_FIELD, (_, kind: string, key: string) => {
      const v = lawValue(key as LawKey, asOf);
      if (v === undefined) missing = true;
      return kind === 'since' ? (v ? longDate(v.since) : '') : String(v?.value ?? '');
    })
    .replace('{school_year}', () => `${match[1]}–${String(Number(match[1]) + 1).slice(2)}`)
    .replace(/\{(\d)\}/g, (_, n: string) => match[Number(n)] ?? '');
  return missing ? undefined : out;
}

/** What the audit already knows of the document, for the patterns that depend on it. */
export interface SeenInDocument {
  /** Rules that already report something (other than an absence) about the document. */
  rulesReported?: Set<string>;
  /** Dates the document gives for its approval, review and changes (ISO). */
  documentDates?: string[];
}

function yearBefore(year: number, key: string, asOf: string): boolean {
  const v = lawValue(key as LawKey, asOf);
  return v?.value === true && year < Number(v.since.slice(0, 4));
}

/** A school year ends on 31 August; a later date in the document means it has been looked at since. */
function schoolYearEnded(first: number, asOf: string, dates: string[]): boolean {
  const end = `${first + 1}-08-31`;
  return end < asOf && !dates.some((d) => d > end);
}

/**
 * Outdated wording that schools still write in their own words (warning letters under other names,
 * local penalty triggers, paper registers, amounts without “£”...), read from the legacy document.
 * The phrasings are data (vocabulary/stale-patterns.yaml); each finding belongs to an existing rule.
 */
export function stalePatternFindings(
  file: string,
  blocks: LegacyBlock[],
  asOf: string,
  config?: LintConfig,
  seen: SeenInDocument = {},
): FoundDiagnostic[] {
  const out: FoundDiagnostic[] = [];
  for (const p of load()) {
    const configured = config?.severity.get(p.rule);
    if (configured === 'off') continue;
    if (p.only_if_rule_silent && seen.rulesReported?.has(p.rule)) continue;
    if (p.when_law?.some((key) => lawValue(key as LawKey, asOf)?.value !== true)) continue;
    for (const block of blocks) {
      const reported = new Set<number>();
      for (const re of p.phrasings) {
        re.lastIndex = 0;
        for (let m = re.exec(block.text); m; m = re.exec(block.text)) {
          if (m[0].length === 0) re.lastIndex++;
          const sentence = sentenceAround(block.text, m.index);
          if (reported.has(sentence.offset) || p.unless.some((u) => u.test(sentence.text))) continue;
          if (p.number_not && p.number_not.some((key) => lawValue(key as LawKey, asOf)?.value === Number(m![1]))) continue;
          if (p.year_before_law_since && !yearBefore(Number(m[1]), p.year_before_law_since, asOf)) continue;
          if (p.school_year_ended && !schoolYearEnded(Number(m[1]), asOf, seen.documentDates ?? [])) continue;
          if (p.number_is_100_minus && 100 - Number(lawValue(p.number_is_100_minus as LawKey, asOf)?.value) !== Number(m[1])) continue;
          const message = fill(p.message, asOf, m);
          const hint = fill(p.hint, asOf, m);
          if (message === undefined || hint === undefined) continue;
          reported.add(sentence.offset);
          out.push({
            ruleId: p.rule,
            severity: configured ?? p.severity,
            message,
            hint,
            ...block.at(m.index, m[0].length),
            policyFile: file,
          });
        }
      }
    }
  }
  return out;
}
