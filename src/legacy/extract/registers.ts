import { COUNT, countOf, factAt, type Extraction, type Fact, type Sentence } from './fact.js';

const MIS = /\b(Arbor|SIMS|Bromcom|ScholarPack|Integris|iSAMS|Pupil Asset|Compass|Engage|Progresso)\b/;

/** Registers: how long entries are kept, electronic or paper, the MIS, and the deadline for replacing code N. */
export function extractRegisters(sentences: Sentence[]): Extraction {
  const facts: Fact[] = [];
  for (const s of sentences) {
    const t = s.text;
    const register = /\bregist(er|ers)\b/i.test(t);
    if (register) {
      const kept = new RegExp(`\\b(preserv\\w*|retain\\w*|kept|keep|stored?|held)\\b[^.]{0,80}?\\b${COUNT}\\s+years?\\b`, 'i').exec(t);
      if (kept) {
        const years = kept[2]!;
        facts.push(
          factAt(
            s,
            '/registers/retention_years',
            countOf(years),
            kept.index + kept[0].lastIndexOf(years),
            kept[0].length - kept[0].lastIndexOf(years),
          ),
        );
      }
      const electronic = /\belectronic(ally)?\b/i.exec(t);
      if (electronic && !/\b(not|never|or paper|paper or)\b/i.test(t))
        facts.push(factAt(s, '/registers/electronic', true, electronic.index, electronic[0].length));
      const paper = /\b(paper|manual)\s+(or\s+electronic\s+)?registers?\b|\bin\s+ink\b/i.exec(t);
      if (paper && !/\bno longer\b|\bnot\b/i.test(t)) facts.push(factAt(s, '/registers/electronic', false, paper.index, paper[0].length));
    }
    const mis = MIS.exec(t);
    if (mis && (register || /\b(management information system|MIS|attendance)\b/i.test(t))) {
      facts.push(factAt(s, '/registers/mis', mis[1]!, mis.index, mis[0].length));
      facts.push(
        factAt(
          s,
          '/registers/electronic',
          true,
          mis.index,
          mis[0].length,
          `registers are kept on ${mis[1]}, a management information system`,
        ),
      );
    }
    // "the correct code should be input ... no later than 5 working days after the session"
    if (/\b(code|unexplained|reason)\b/i.test(t) && /\b(absen\w*|register)\b/i.test(t)) {
      const n = new RegExp(`\\b(?:within|no later than|after)\\s+${COUNT}\\s+(school|working)\\s+days\\b`, 'i').exec(t);
      if (n && /\b(correct|replace\w*|amend\w*|input|update\w*|chang\w*)\b/i.test(t)) {
        facts.push(factAt(s, '/unexplained_absence/code_n_resolved_within_school_days', countOf(n[1]!), n.index, n[0].length));
        facts.push(factAt(s, '/unexplained_absence/code_n_unit', `${n[2]!.toLowerCase()}_days`, n.index, n[0].length));
      }
    }
  }
  return { facts, notes: [] };
}
