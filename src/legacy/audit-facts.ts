import type { LintConfig } from '../lint/config.js';
import type { FoundDiagnostic } from '../lint/context.js';
import { lintPolicy } from '../lint/engine.js';
import type { Fact, Note } from './extract/index.js';
import { isSure } from './import-draft.js';
import { asLoadedPolicy, isNowhere, policyFromFacts } from './policy-from-facts.js';
import { blockHeading } from './prose-blocks.js';

/**
 * The facts an audit finding may rest on: those import would write (the one confidence threshold,
 * `isSure`), and dates given only as a month or season, checked at the last day they can mean so a
 * finding holds whichever day the document meant. The rest are readings the audit is unsure of,
 * less any that only repeat a value the document also states outright.
 */
export function auditFacts(facts: Fact[]): { sure: Fact[]; unsure: Fact[] } {
  const sure: Fact[] = [];
  const weak: Fact[] = [];
  for (const f of facts) {
    const checked = f.latest ? asLatest(f) : f;
    if (isSure(checked)) sure.push(checked);
    else weak.push(f);
  }
  const stated = new Set(sure.map((f) => `${f.pointer}|${String(f.value)}`));
  return { sure, unsure: weak.filter((f) => !stated.has(`${f.pointer}|${String(f.value)}`)) };
}

function asLatest(f: Fact): Fact {
  const { guess: _guess, latest, ...rest } = f;
  return { ...rest, value: latest! };
}

/** A finding not made because it would rest on a reading the audit is unsure of, and where that reading is. */
export type UnsureFinding = FoundDiagnostic & { spokenOf: { topic: string; line: number; heading?: string | undefined } };

/**
 * The findings the data rules would make if the unsure readings were taken as stated, that the
 * audit did not make: each names what was read and where, for a person to look at. Findings that
 * point at no unsure reading are left out (nothing to send a person to).
 */
export function unsureFindings(
  file: string,
  facts: { sure: Fact[]; unsure: Fact[]; notes: Note[] },
  made: FoundDiagnostic[],
  options: { asOf: string; config?: LintConfig | undefined },
): UnsureFinding[] {
  if (!facts.unsure.length) return [];
  const draft = policyFromFacts(file, [...facts.sure, ...facts.unsure], facts.notes);
  const would = lintPolicy(asLoadedPolicy(file, draft), { asOf: options.asOf, ...(options.config ? { config: options.config } : {}) });
  // A rule that already reports on the line says it once; "does not say" is not built on a reading.
  const key = (d: FoundDiagnostic) => `${d.ruleId}|${d.line}`;
  const madeKeys = new Set(made.map(key));
  const out: UnsureFinding[] = [];
  for (const d of would) {
    if (isNowhere(d) || d.absence === true || madeKeys.has(key(d))) continue;
    const f = facts.unsure.find((x) => draft.used.get(x.pointer) === x && x.block.at(x.offset, x.length).line === d.line);
    if (!f) continue;
    out.push({
      ...d,
      message: `Not checked, because the document does not state this outright (read as ${JSON.stringify(f.value)}${f.guess ? `; ${f.guess}` : ''}). If that reading is right: ${d.message}`,
      spokenOf: { topic: 'this value', line: d.line, heading: blockHeading(f.block) },
    });
  }
  return out;
}
