import { COUNT, countOf, exampleBefore, factAt, insideBrackets, type Extraction, type Fact, type Note, type Sentence } from './fact.js';

const PN = '/legal_measures/penalty_notices';
const PENALTY = /\b(penalt\w*|fines?|FPNs?|fixed[- ]penalty)\b/i;
const OLD_RULE = /\b(previously|used to be|was (formerly|previously)|replac\w*|no longer)\b/i;
const EXCLUDED = /\b(public\s+(place|space)|exclu\w+|suspen\w+)\b/i;

interface Pair {
  s: Sentence;
  amount: number;
  amountAt: [number, number];
  days: number;
  daysAt: [number, number];
  reduced: boolean;
}

/**
 * Penalty notices: amounts and payment periods (a first national-framework notice, a second
 * notice, and the separate excluded-pupil public-place notice), the threshold and its window,
 * the three-year limit, the Notice to Improve period, and what happens after non-payment.
 */
export function extractPenalties(sentences: Sentence[]): Extraction {
  const facts: Fact[] = [];
  const notes: Note[] = [];
  const first: Pair[] = [];
  // A sentence about penalties that ends with a colon governs the list after it ("you must pay:").
  let listIntro = false;
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    if (s.block.kind !== 'listItem' && prev?.block !== s.block) listIntro = false;
    if (s.block.kind !== 'listItem' && /:$/.test(s.text) && (PENALTY.test(s.text) || (prev?.block === s.block && PENALTY.test(prev.text))))
      listIntro = true;
    const inContext =
      PENALTY.test(s.text) ||
      (prev?.block === s.block && PENALTY.test(prev.text)) ||
      PENALTY.test(s.block.section) ||
      (listIntro && s.block.kind === 'listItem');
    if (OLD_RULE.test(s.text)) return;
    if (!inContext) {
      if (/\bthreshold\b/i.test(s.text)) threshold(s, facts);
      return;
    }
    const pairs = amountPairs(s);
    if (pairs.length) {
      if (EXCLUDED.test(s.text)) assignFirst(pairs, `${PN}/excluded_pupil_public_place`, facts);
      else if (/\bsecond\b/i.test(s.text)) second(s, pairs[0]!, facts);
      else {
        first.push(...pairs);
        loneFull(s, pairs, facts);
      }
    }
    threshold(s, facts);
    limits(s, facts, notes);
  });
  assignFirst(first, `${PN}/first`, facts);
  return { facts, notes };
}

/** "£60 within 21 days", "£160 if paid within 28 days", "if paid within 21 days, it is reduced to £80". */
function amountPairs(s: Sentence): Pair[] {
  const pairs: Pair[] = [];
  const forward = new RegExp(
    `£\\s?(\\d{2,4}(?:\\.\\d\\d)?)(?!\\d|,\\d),?\\s+(?:(?:[a-z]+|\\d{1,2}\\s+days\\s+but)\\s+){0,7}?within\\s+${COUNT}\\s+(?:calendar\\s+)?days`,
    'gi',
  );
  // Amounts written without "£" ("will go up from 50 to 60 for those paying within 28 days"): only
  // after a word that introduces an amount, in a sentence with no "£" at all.
  const bare = new RegExp(
    `(?<=\\b(?:to|of|pay|is|be|costs?)\\s)(\\d{2,3})(?![\\d.,%]|\\s*(?:per|days?|weeks?|sessions?|years?|months?|hours?|minutes?|school|pupils?|children|or\\s+more)\\b),?\\s+(?:(?:[a-z]+|\\d{1,2}\\s+days\\s+but)\\s+){0,7}?within\\s+${COUNT}\\s+(?:calendar\\s+)?days`,
    'gi',
  );
  const backward = new RegExp(`within\\s+${COUNT}\\s+(?:calendar\\s+)?days[^£.]{0,40}?£\\s?(\\d{2,4}(?:\\.\\d\\d)?)(?!\\d|,\\d)`, 'gi');
  for (const m of [...s.text.matchAll(forward), ...(s.text.includes('£') ? [] : s.text.matchAll(bare))]) {
    const a = m.index!;
    const w = m[0].toLowerCase().lastIndexOf('within');
    const d = a + w + m[0].slice(w).indexOf(m[2]!);
    pairs.push({
      s,
      amount: Number(m[1]),
      amountAt: [a, m[1]!.length + 1],
      days: countOf(m[2]!),
      daysAt: [d, m[2]!.length],
      reduced: /reduc|discount|lower|early/i.test(m[0]),
    });
  }
  for (const m of s.text.matchAll(backward)) {
    const a = m.index! + m[0].lastIndexOf('£');
    if (pairs.some((p) => p.amountAt[0] === a)) continue;
    pairs.push({
      s,
      amount: Number(m[2]),
      amountAt: [a, m[2]!.length + 1],
      days: countOf(m[1]!),
      daysAt: [m.index! + m[0].indexOf(m[1]!), m[1]!.length],
      reduced: /reduc|discount|lower/i.test(m[0]),
    });
  }
  return pairs
    .filter((p) => !insideBrackets(p.s.text, p.amountAt[0]) && !exampleBefore(p.s.text, p.amountAt[0]))
    .sort((x, y) => x.amountAt[0] - y.amountAt[0]);
}

/** The shorter period is the discounted amount, the longer the full amount. */
function assignFirst(pairs: Pair[], base: string, facts: Fact[]): void {
  const distinct = pairs.filter((p, i) => pairs.findIndex((q) => q.days === p.days) === i).slice(0, 2);
  if (!distinct.length) return;
  const sorted = [...distinct].sort((a, b) => a.days - b.days);
  const put = (p: Pair, money: string, days: string) => {
    facts.push(factAt(p.s, `${base}/${money}`, p.amount, ...p.amountAt));
    facts.push(factAt(p.s, `${base}/${days}`, p.days, ...p.daysAt));
  };
  if (sorted.length === 2) {
    put(sorted[0]!, 'discounted', 'discount_days');
    put(sorted[1]!, 'full', 'full_days');
  } else {
    const p = sorted[0]!;
    if (p.reduced || p.days <= 21) put(p, 'discounted', 'discount_days');
    else put(p, 'full', 'full_days');
  }
}

/** "£160, or £80 if paid within 21 days": the larger amount without a period is the full amount. */
function loneFull(s: Sentence, pairs: Pair[], facts: Fact[]): void {
  if (pairs.length !== 1 || pairs[0]!.days > 21) return;
  for (const m of s.text.matchAll(/£\s?(\d{2,4}(?:\.\d\d)?)(?!\d|,\d)/g)) {
    const amount = Number(m[1]);
    if (m.index === pairs[0]!.amountAt[0] || amount <= pairs[0]!.amount || insideBrackets(s.text, m.index!)) continue;
    facts.push(factAt(s, `${PN}/first/full`, amount, m.index!, m[0].length));
    return;
  }
}

function second(s: Sentence, p: Pair, facts: Fact[]): void {
  facts.push(factAt(s, `${PN}/second/amount`, p.amount, ...p.amountAt));
  facts.push(factAt(s, `${PN}/second/days`, p.days, ...p.daysAt));
  const none = /\bno\s+(further\s+)?(reduc\w*|discount\w*)|\bwithout\s+(a\s+)?discount|\bnot\s+(be\s+)?reduced/i.exec(s.text);
  if (none) facts.push(factAt(s, `${PN}/second/discount`, false, none.index, none[0].length));
}

const THRESHOLD = new RegExp(
  `\\b${COUNT}\\s+(?:\\([^)]*\\)\\s+)?(?:unauthori[sz]ed\\s+)?(?:school\\s+)?sessions?\\b[^.]{0,140}?\\b(?:in|within|over|during)\\s+(?:(?:a|an|any|the)\\s*)?(?:rolling\\s+)?(?:period\\s+of\\s+)?${COUNT}[- ](school[- ])?weeks?\\b`,
  'gi',
);

/** "10 sessions ... in a rolling period of 10 school weeks"; "at least 10 sessions ... in any six-week period". */
function threshold(s: Sentence, facts: Fact[]): void {
  for (const m of s.text.matchAll(THRESHOLD)) {
    if (insideBrackets(s.text, m.index!) || exampleBefore(s.text, m.index!)) continue;
    const weeks = m[2]!;
    const weeksAt = m.index! + m[0].lastIndexOf(weeks);
    facts.push(factAt(s, `${PN}/threshold/sessions`, countOf(m[1]!), m.index!, m[1]!.length));
    facts.push(
      factAt(
        s,
        `${PN}/threshold/window_school_weeks`,
        countOf(weeks),
        weeksAt,
        m[0].length - (weeksAt - m.index!),
        m[3] ? undefined : 'the document says weeks, not school weeks',
      ),
    );
    facts.push(factAt(s, `${PN}/threshold/text`, s.text, 0, s.text.length));
    return;
  }
}

function limits(s: Sentence, facts: Fact[], notes: Note[]): void {
  const max = new RegExp(
    `\\b(?:only|no more than|a maximum of|at most|up to)\\s+${COUNT}\\s+penalty notices?\\b[^.]{0,80}\\b(?:3|three)[- ]years?`,
    'i',
  ).exec(s.text);
  if (max) facts.push(factAt(s, `${PN}/max_per_parent_per_child_3y`, countOf(max[1]!), max.index, max[0].length));
  const nti = new RegExp(`notices?\\s+to\\s+improve[^.]{0,120}?\\b${COUNT}[- ](?:school[- ])?(weeks?|days?)\\b`, 'i').exec(s.text);
  if (nti) {
    if (/^week/i.test(nti[2]!))
      facts.push(factAt(s, '/legal_measures/notice_to_improve/improvement_period_weeks', countOf(nti[1]!), nti.index, nti[0].length));
    else
      notes.push({
        pointer: '/legal_measures/notice_to_improve/improvement_period_weeks',
        note: `the document gives the Notice to Improve period in days: “${s.text}”`,
      });
    facts.push(factAt(s, '/legal_measures/notice_to_improve/used', true, nti.index, nti[0].length));
  }
  if (/\b(not\s+(been\s+)?paid|unpaid|non-payment|has\s+not\s+been\s+made)\b/i.test(s.text)) {
    const forNonPayment = /prosecut\w*\s+(\w+\s+){0,3}for\s+non[- ]payment/i.exec(s.text);
    const both = /prosecut\w*[^.]{0,60}\bor\s+withdraw/i.exec(s.text);
    if (forNonPayment && !/original\s+offence/i.test(s.text))
      facts.push(factAt(s, `${PN}/after_non_payment`, 'prosecute_for_non_payment', forNonPayment.index, forNonPayment[0].length));
    else if (both) facts.push(factAt(s, `${PN}/after_non_payment`, 'prosecute_or_withdraw', both.index, both[0].length));
  }
}
