import { distance } from 'fastest-levenshtein';
import { dayVariants, minutes } from '../../core/model.js';
import type { RuleContext } from '../context.js';
import { staleValues, type LawKey } from '../../law/index.js';
import { defineRule } from '../define-rule.js';
import { trimEndOf } from '../../core/slug.js';
import { COUNT, countValue, pounds } from '../../text/numbers.js';
import { hhmm, PROSE_TIME, proseTimeMinutes } from '../../text/times.js';
import { type Hit, proseMatches } from '../prose-match.js';
import { stringsUnder } from '../policy-facts.js';

/** Up to n characters inside a sentence; a dot is allowed only inside a number ("8.30"). */
const W = (n: number) => String.raw`(?:[^.]|\.(?=\d)){0,${n}}?`;
const TIME_RE = new RegExp(PROSE_TIME, 'gi');

interface Contact {
  value: string;
  /** Who it belongs to, as it reads inside a sentence ("the school office", "Mrs Patel"). */
  who: string;
}

/** A role inside a sentence: "School office" → "the school office"; "Head of Year 7" and "SENCo" keep their capitals. */
function theRole(role: string): string {
  const r = role.trim();
  if (/^(?:the|our)\s/i.test(r)) return r[0]!.toLowerCase() + r.slice(1);
  const capitals =
    /^[A-Z]{2}/.test(r) ||
    r
      .split(/\s+/)
      .slice(1)
      .some((w) => /^[A-Z]/.test(w));
  return `the ${capitals ? r : r[0]!.toLowerCase() + r.slice(1)}`;
}

/** Everything in the data that the prose can be compared with. */
interface Facts {
  times: Record<'morningCloses' | 'afternoonCloses' | 'starts' | 'ends' | 'gatesOpen' | 'gatesClose' | 'deadline', Set<number>>;
  emails: Contact[];
  phones: Contact[];
}

function collectFacts(ctx: RuleContext): Facts {
  const times: Facts['times'] = {
    morningCloses: new Set(),
    afternoonCloses: new Set(),
    starts: new Set(),
    ends: new Set(),
    gatesOpen: new Set(),
    gatesClose: new Set(),
    deadline: new Set(),
  };
  const add = (set: Set<number>, t: string | undefined) => {
    const m = minutes(t);
    if (m !== undefined) set.add(m);
  };
  for (const { day } of dayVariants(ctx.policy)) {
    add(times.morningCloses, day.registers?.morning?.closes);
    add(times.afternoonCloses, day.registers?.afternoon?.closes);
    add(times.starts, day.starts);
    add(times.ends, day.ends);
    add(times.gatesOpen, day.gates_open);
    add(times.gatesClose, day.gates_close);
  }
  add(times.deadline, ctx.policy.absence_reporting?.deadline);

  // Contact details of people and offices: the document's own and each school's.
  const emails: Contact[] = [];
  const phones: Contact[] = [];
  const people = (contacts: unknown) => {
    if (!contacts || typeof contacts !== 'object') return;
    for (const [key, value] of Object.entries(contacts)) {
      for (const p of Array.isArray(value) ? value : [value]) {
        if (!p || typeof p !== 'object') continue;
        const person = p as { email?: unknown; phone?: unknown; role?: unknown; name?: unknown };
        const who =
          typeof person.role === 'string' && person.role.trim()
            ? theRole(person.role)
            : typeof person.name === 'string' && person.name.trim()
              ? person.name.trim()
              : `the ${key.replace(/_/g, ' ')}`;
        if (typeof person.email === 'string') emails.push({ value: person.email, who });
        if (typeof person.phone === 'string') phones.push({ value: person.phone, who });
      }
    }
  };
  people(ctx.policy.contacts);
  for (const school of ctx.policy.schools ?? []) people(school.contacts);
  return { times, emails, phones };
}

type TimeKey = keyof Facts['times'] | 'closes';
const TIME_TOPICS: Array<{ key: TimeKey; what: string; re: RegExp; when?: RegExp }> = [
  {
    key: 'closes',
    what: 'registers close at',
    re: new RegExp(String.raw`\bregist\w*\b${W(40)}\b(?:clos\w*|shut\w*)\b(?:\s+\w+){0,2}?\s+(?:at|by)\s+${PROSE_TIME}`, 'gi'),
  },
  {
    key: 'closes',
    what: 'registers close at',
    re: new RegExp(String.raw`${PROSE_TIME}\s*,?\s*(?:when|as)\s+(?:the\s+)?(?:\w+\s+)?regist\w*\s+(?:is\s+|are\s+)?clos`, 'gi'),
  },
  {
    key: 'starts',
    what: 'the school day starts at',
    re: new RegExp(String.raw`\bschool\s+day\s+(?:will\s+)?(?:starts?|begins?|commences?)\s+(?:promptly\s+)?at\s+${PROSE_TIME}`, 'gi'),
  },
  {
    key: 'ends',
    what: 'the school day ends at',
    re: new RegExp(String.raw`\bschool\s+day\s+(?:will\s+)?(?:ends?|finish\w*)\s+(?:promptly\s+)?at\s+${PROSE_TIME}`, 'gi'),
  },
  {
    key: 'gatesOpen',
    what: 'the gates open at',
    re: new RegExp(String.raw`\b(?:gates?|doors)\b${W(30)}\bopen\w*\s+(?:at|from)\s+${PROSE_TIME}`, 'gi'),
  },
  {
    key: 'gatesClose',
    what: 'the gates close at',
    re: new RegExp(String.raw`\b(?:gates?|doors)\b${W(40)}\b(?:clos\w*|shut)\s+at\s+${PROSE_TIME}`, 'gi'),
  },
  {
    key: 'deadline',
    what: 'parents report an absence by',
    re: new RegExp(
      String.raw`\b(?:report|inform|tell|contact|call|telephone|phone|ring|notify|let\s+(?:us|the\s+school)\s+know)\w*\b${W(60)}\bby\s+${PROSE_TIME}`,
      'gi',
    ),
    when: /\b(absen\w*|ill\w*|sick\w*)\b/i,
  },
];

const MONEY_RE = /£\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?)(?![\d,])/g;
const PENALTY_NOTICE = /\b(penalty\s+notices?|fixed\s+penalt\w*|FPNs?)\b/i;
/** Court fines and the separate excluded-pupil notices are other amounts. */
const OTHER_MONEY = /\b(prosecut\w*|court|magistrat\w*|convict\w*|level\s+[1-5]|exclu\w*|public\s+place)\b/i;

/** Old values of legal parameters (not current for any of them): another rule reports those as out of date. */
function staleLawValues(ctx: RuleContext, ...keys: LawKey[]): Set<number> {
  const current = new Set(keys.map((k) => ctx.law(k)?.value));
  const out = new Set<number>();
  for (const key of keys) for (const v of staleValues(key, ctx.asOf)) if (typeof v === 'number' && !current.has(v)) out.add(v);
  return out;
}

function digits(phone: string): string {
  return phone.replace(/^\+44\s*(\(0\))?/, '0').replace(/\D/g, '');
}

/**
 * A digit missing or added, or two neighbouring digits swapped: the usual typing slips. A single
 * different digit is not counted, because a school's lines are often numbered in a block
 * (01632 960102 for the office, 960103 for the attendance officer).
 */
function nearPhone(a: string, b: string): boolean {
  if (a === b) return false;
  const d = distance(a, b);
  if (d === 1) return a.length !== b.length;
  if (d !== 2 || a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c !== b[i] ? [i] : []));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/**
 * Within two edits of a known address (a typing slip), but not the same address, and not two
 * mailboxes that differ only by an initial or a number (a.smith@ and j.smith@, year7@ and year8@).
 */
function nearEmail(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || Math.min(x.length, y.length) < 8 || distance(x, y) > 2) return false;
  const [xl, xd] = x.split('@') as [string, string];
  const [yl, yd] = y.split('@') as [string, string];
  if (xd !== yd || xl.length !== yl.length) return true;
  const diff = [...xl].flatMap((c, i) => (c !== yl[i] ? [i] : []));
  const initialOnly = diff.length === 1 && diff[0] === 0;
  const numberOnly = diff.length === 1 && /\d/.test(xl[diff[0]!]!) && /\d/.test(yl[diff[0]!]!);
  return !initialOnly && !numberOnly;
}

// The look-behind starts a match only where a run of address characters starts, so a long unbroken
// word (a pasted image) is scanned once, not once per character.
const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const PHONE_RE = /(?<![\d£.])(?:\+44\s?(?:\(0\)\s?)?|0)\d(?:[ -]?\d){8,10}(?!\d)/g;

export const rule = defineRule({
  meta: {
    id: 'prose-data-consistency',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: [
      '/**/school_day/**',
      '/absence_reporting/**',
      '/contacts/letters_signed_by',
      '/**/contacts/**/role',
      '/**/contacts/**/email',
      '/**/contacts/**/phone',
      '/legal_measures/**',
      '/thresholds/*',
      '/thresholds/concern_levels/*/below_pct',
      '/deletions/continuous_absence_school_days',
      '/la_returns/sickness_return_days',
      '/la_returns/new_pupil_days',
      '/unexplained_absence/code_n_resolved_within_school_days',
      '/leave_of_absence/notice/*',
    ],
    title: 'The text agrees with the policy data (times, amounts, percentages, days, emails, phone numbers)',
    explanation:
      "Times, amounts, percentages, day counts and contact details are often typed twice: once in the policy data and again in the text parents read. When one copy is updated and the other is not, parents get two answers. This check compares the two and also spots an email address or phone number that is one or two characters away from the school's own, which usually means a typing slip that sends messages nowhere.",
    citations: [
      {
        source: 'Working together to improve school attendance (2024)',
        paragraph: 'chapter 2: a clear attendance policy that staff, pupils and parents understand',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'When times, amounts or contact details change, who checks that every mention in the policy has been updated?',
    // Five checks, one message each (and one each for contact details typed twice in the data).
    messages: {
      timeDiffers: 'The text says {{topic}} {{found}}, but the policy data gives {{inData}}.',
      amountDiffers: 'The text gives {{found|pounds}} for a penalty notice, but the policy data has {{inData}}.',
      percentageDiffers: 'The text gives {{found}}% for {{topic}}, but the policy data has {{inData}}%.',
      dayCountDiffers: 'The text gives {{found}} {{unit}} for {{topic}}, but the policy data has {{inData}} {{unit}}.',
      emailNearMiss:
        'The email address {{found}} is not in the policy data, but is very close to {{near}}, the address given for {{nearWho}}. One of them is probably mistyped.',
      phoneNearMiss:
        'The phone number {{found}} is not in the policy data, but is very close to {{near}}, the number given for {{nearWho}}: a digit is missing, added or swapped. One of them is probably mistyped.',
      dataEmailNearMiss:
        'The absence-reporting email {{found}} is very close to, but not the same as, {{near}}, the address given for {{nearWho}}. One of them is probably mistyped.',
      dataPhoneNearMiss:
        'The absence-reporting phone number {{found}} is very close to {{near}}, the number given for {{nearWho}}: a digit is missing, added or swapped. One of them is probably mistyped.',
    },
    hints: {
      timeDiffers:
        'Make the text and the data agree. Writing the time as a data reference (for example {{school_day.registers.morning.closes}}) keeps them in step.',
      amountDiffers: 'Make the text and the data agree, or show the amount from the data with a {{…}} reference.',
      percentageDiffers: 'Make the text and the data agree.',
      dayCountDiffers: 'Make the text and the data agree.',
      emailNearMiss: 'Check which address is right and use it everywhere (or show it from the data with a {{…}} reference).',
      phoneNearMiss: 'Check which number is right and use it everywhere.',
      dataEmailNearMiss: 'Check which address is right and use it in both places.',
      dataPhoneNearMiss: 'Check which number is right and use it in both places.',
    },
  },
  check(ctx) {
    const facts = collectFacts(ctx);
    checkTimes(ctx, facts);
    checkMoney(ctx);
    checkPercentages(ctx);
    checkDays(ctx);
    checkContacts(ctx, facts);
  },
});

/** The close times a sentence is about: the afternoon's if it only mentions the afternoon, and so on. */
function closeTimes(facts: Facts, sentence: string): Set<number> {
  const morning = /\b(morning|am)\b/i.test(sentence);
  const afternoon = /\b(afternoon|pm)\b/i.test(sentence.replace(TIME_RE, ''));
  if (afternoon && !morning) return facts.times.afternoonCloses;
  if (morning && !afternoon) return facts.times.morningCloses;
  return new Set([...facts.times.morningCloses, ...facts.times.afternoonCloses]);
}

function checkTimes(ctx: RuleContext, facts: Facts): void {
  for (const topic of TIME_TOPICS) {
    const skip = (h: Hit) => (topic.when ? !topic.when.test(h.sentence) : false);
    for (const hit of proseMatches(ctx, [topic.re], skip)) {
      const known = topic.key === 'closes' ? closeTimes(facts, hit.sentence) : facts.times[topic.key];
      if (known.size === 0) continue;
      const time = [...hit.match[0].matchAll(TIME_RE)].pop();
      if (!time) continue;
      if (proseTimeMinutes(time).some((c) => known.has(c))) continue;
      const at = hit.match.index! + time.index!;
      const list = [...known]
        .sort((a, b) => a - b)
        .map(hhmm)
        .join(', ');
      const shown = time[0].trim().replace(/\.$/, '');
      ctx.reportProse(hit.block, at, shown.length, { messageId: 'timeDiffers', data: { topic: topic.what, found: shown, inData: list } });
    }
  }
}

function numbersUnder(value: unknown): Set<number> {
  const out = new Set<number>();
  const walk = (v: unknown) => {
    if (typeof v === 'number') out.add(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}

function checkMoney(ctx: RuleContext): void {
  const pn = ctx.get('/legal_measures/penalty_notices') as { first?: object; second?: object } | undefined;
  if (!pn || (!pn.first && !pn.second)) return;
  const known = numbersUnder(ctx.get('/legal_measures'));
  const stale = staleLawValues(ctx, 'penalty_notice.first.discounted', 'penalty_notice.first.full', 'penalty_notice.second.amount');
  const skip = (h: Hit) => !PENALTY_NOTICE.test(h.sentence) || OTHER_MONEY.test(h.sentence);
  for (const { block, match } of proseMatches(ctx, [MONEY_RE], skip)) {
    const amount = Number(match[1]!.replace(/,/g, ''));
    if (known.has(amount) || stale.has(amount)) continue;
    const first = pn.first as { discounted?: number; full?: number } | undefined;
    const data = [first?.discounted, first?.full]
      .filter((n): n is number => typeof n === 'number')
      .map(pounds)
      .join(' and ');
    ctx.reportProse(block, match.index!, match[0].length, {
      messageId: 'amountDiffers',
      data: { found: amount, inData: data || 'other amounts' },
    });
  }
}

// Made once, not at every policy: the match caches and word filters know a pattern by its identity.
const PERSISTENT_PCT = new RegExp(String.raw`\bpersisten\w*\s+(?:\w+\s+)?absen\w*${W(60)}(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?%`, 'gi');
const SEVERE_PCT = new RegExp(String.raw`\bsevere\w*\s+(?:\w+\s+)?absen\w*${W(60)}(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?%`, 'gi');
const TARGET_PCT = new RegExp(String.raw`\btarget\w*\b${W(40)}(?<![\d.])(\d{2,3}(?:\.\d+)?)\s?%`, 'gi');
const EXCELLENT_PCT = new RegExp(String.raw`\bexcellent\s+attendance\b${W(40)}(?<![\d.])(\d{2,3}(?:\.\d+)?)\s?%`, 'gi');
const NATIONAL_FIGURES = /\b(national\w*|average|statistic\w*)\b|%\s+of\s+(?:all\s+)?(?:pupils|children|students)/i;

function checkPercentages(ctx: RuleContext): void {
  const t = ctx.policy.thresholds;
  if (!t) return;
  // Every level in the data, and the attendance equivalent of each absence level.
  const known = new Set<number>();
  for (const v of [t.target_attendance_pct, t.excellent_attendance_pct, ...(t.concern_levels ?? []).map((c) => c.below_pct)])
    if (typeof v === 'number') known.add(v);
  for (const v of [t.persistent_absence_pct, t.severe_absence_pct]) if (typeof v === 'number') known.add(v).add(100 - v);
  const stale = staleLawValues(ctx, 'thresholds.persistent_absence_pct');
  for (const v of [...stale]) stale.add(100 - v);
  const topics = [
    {
      has: t.persistent_absence_pct,
      other: /severe/i,
      what: 'persistent absence',
      re: PERSISTENT_PCT,
      stale,
    },
    {
      has: t.severe_absence_pct,
      other: /persisten/i,
      what: 'severe absence',
      re: SEVERE_PCT,
      stale: new Set<number>(),
    },
    {
      has: t.target_attendance_pct,
      other: /persisten|severe/i,
      what: 'the attendance target',
      re: TARGET_PCT,
      stale: new Set<number>(),
    },
    {
      has: t.excellent_attendance_pct,
      other: /persisten|severe/i,
      what: 'excellent attendance',
      re: EXCELLENT_PCT,
      stale: new Set<number>(),
    },
  ];
  for (const topic of topics) {
    if (typeof topic.has !== 'number') continue;
    const skip = (h: Hit) => NATIONAL_FIGURES.test(h.sentence);
    for (const { block, match } of proseMatches(ctx, [topic.re], skip)) {
      const value = Number(match[1]);
      // A figure after another measure's name ("severe absence ... persistent absence, 10%") is that measure's.
      if (known.has(value) || topic.stale.has(value) || topic.other.test(match[0].slice(8))) continue;
      const at = match.index! + match[0].lastIndexOf(match[1]!);
      ctx.reportProse(block, at, match[1]!.length + 1, {
        messageId: 'percentageDiffers',
        data: { found: value, topic: topic.what, inData: topic.has },
      });
    }
  }
}

const WITHIN_DAYS = new RegExp(String.raw`\bwithin\s+${COUNT}\s+days\b`, 'gi');
const CONTINUOUS_DAYS = new RegExp(String.raw`\b${COUNT}\s+(?:consecutive\s+|continuous\s+)?(?:school\s+)?days\b`, 'gi');
const CONSECUTIVE_DAYS = new RegExp(String.raw`\b${COUNT}\s+(?:consecutive\s+)?(?:school\s+)?days\b`, 'gi');
const WORKING_DAYS = new RegExp(String.raw`\b${COUNT}\s+(?:school\s+|working\s+)?days\b`, 'gi');
/** "2 weeks in advance", "10 school days before": one pattern per unit, made once. */
const NOTICE_COUNT = new Map<string, RegExp>();
function noticeCount(unit: string): RegExp {
  let re = NOTICE_COUNT.get(unit);
  if (!re) {
    re = new RegExp(String.raw`\b${COUNT}\s+(?:school\s+)?${unit}s?\b(?=${W(30)}\b(?:in\s+advance|ahead|before|notice|prior))`, 'gi');
    NOTICE_COUNT.set(unit, re);
  }
  return re;
}

/**
 * Day counts: each topic names the sentences it applies to and the values the data allows.
 * `lawRule` picks out counts that a legal rule already reports as wrong, so they are not reported twice.
 */
function checkDays(ctx: RuleContext): void {
  const num = (p: string) => (typeof ctx.get(p) === 'number' ? (ctx.get(p) as number) : undefined);
  const law = (k: LawKey) => ctx.law(k)?.value as number | undefined;
  const stalePnDays = staleLawValues(
    ctx,
    'penalty_notice.first.discount_days',
    'penalty_notice.first.full_days',
    'penalty_notice.second.days',
  );
  const none = () => false;
  const pnDays = [
    '/legal_measures/penalty_notices/first/discount_days',
    '/legal_measures/penalty_notices/first/full_days',
    '/legal_measures/penalty_notices/second/days',
  ].map(num);
  const notice = ctx.policy.leave_of_absence?.notice;
  const topics = [
    {
      what: 'paying a penalty notice',
      values: pnDays,
      lawRule: (n: number) => stalePnDays.has(n),
      sentence: (s: string) => PENALTY_NOTICE.test(s) && /\bpa(y|id)\b/i.test(s) && !OTHER_MONEY.test(s),
      re: WITHIN_DAYS,
    },
    {
      what: 'continuous absence before removal from roll',
      values: [num('/deletions/continuous_absence_school_days')],
      lawRule: (n: number) =>
        law('deletions.continuous_absence_school_days') !== undefined && n !== law('deletions.continuous_absence_school_days'),
      sentence: (s: string) =>
        /\b(remov\w*|delet\w*|taken\s+off|off[- ]roll)\b/i.test(s) &&
        /\b(roll|register)\b/i.test(s) &&
        !/\b(leave|return\w*|holiday)\b/i.test(s),
      re: CONTINUOUS_DAYS,
    },
    {
      what: 'illness before the local authority is told',
      values: [num('/la_returns/sickness_return_days')],
      lawRule: (n: number) => n > (law('la_returns.sickness_return_days') ?? Infinity),
      sentence: (s: string) => /\b(local\s+authorit\w+|LA)\b/i.test(s) && /\b(ill\w*|sick\w*)\b/i.test(s) && !/evidence/i.test(s),
      re: CONSECUTIVE_DAYS,
    },
    {
      what: 'the new-pupil return',
      values: [num('/la_returns/new_pupil_days')],
      lawRule: (n: number) => n > (law('la_returns.new_pupil_days') ?? Infinity),
      sentence: (s: string) => /\bnew[\s-]+pupils?\b/i.test(s) && /\b(return|local\s+authorit\w+|LA)\b/i.test(s),
      re: WORKING_DAYS,
    },
    {
      what: 'replacing an unexplained-absence code',
      values: [num('/unexplained_absence/code_n_resolved_within_school_days')],
      lawRule: none,
      sentence: (s: string) =>
        /\bcodes?\b/i.test(s) &&
        /\b(amend|replac|correct|chang|updat|input)\w*/i.test(s) &&
        /\b(?:[Uu]nexplained|not\s+yet|unknown|N)\b/.test(s),
      re: WORKING_DAYS,
    },
    {
      what: 'the notice needed to request leave',
      unit: notice?.unit.replace('school_', 'school ') ?? 'weeks',
      values: [notice?.amount],
      lawRule: none,
      sentence: (s: string) => /\b(leave|holiday|request)\w*/i.test(s) && notice !== undefined,
      re: noticeCount(notice?.unit.replace('school_', '').replace(/s$/, '') ?? 'week'),
    },
  ];
  for (const topic of topics) {
    const allowed = new Set(topic.values.filter((v): v is number => v !== undefined));
    if (allowed.size === 0) continue;
    const seen = new Set<string>();
    for (const { block, match, sentence } of proseMatches(ctx, [topic.re], (h) => !topic.sentence(h.sentence))) {
      // Any number in the sentence that matches the data means the sentence agrees with it.
      const key = `${block.section}\u0000${sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const counts = [...sentence.matchAll(topic.re)].map((m) => countValue(m[1]!));
      if (counts.some((n) => allowed.has(n) || topic.lawRule(n))) continue;
      const unit = ('unit' in topic ? topic.unit : undefined) ?? 'days';
      ctx.reportProse(block, match.index!, match[0].length, {
        messageId: 'dayCountDiffers',
        data: { found: counts[0]!, unit, topic: topic.what, inData: [...allowed].join(' or ') },
      });
    }
  }
}

function checkContacts(ctx: RuleContext, facts: Facts): void {
  const known = new Set(facts.emails.map((e) => e.value.toLowerCase()));
  const knownPhones = new Set(facts.phones.map((p) => digits(p.value)));
  const nearestEmail = (value: string) =>
    known.has(value.toLowerCase()) ? undefined : facts.emails.find((e) => nearEmail(value, e.value));
  const nearestPhone = (value: string) =>
    knownPhones.has(digits(value)) ? undefined : facts.phones.find((p) => nearPhone(digits(value), digits(p.value)));

  for (const { block, match } of proseMatches(ctx, [EMAIL_RE])) {
    const value = trimEndOf(match[0], '.');
    const near = nearestEmail(value);
    if (!near) continue;
    ctx.reportProse(block, match.index!, value.length, {
      messageId: 'emailNearMiss',
      data: { found: value, near: near.value, nearWho: near.who },
    });
  }
  for (const { block, match } of proseMatches(ctx, [PHONE_RE])) {
    const near = nearestPhone(match[0]);
    if (!near) continue;
    ctx.reportProse(block, match.index!, match[0].length, {
      messageId: 'phoneNearMiss',
      data: { found: match[0].trim(), near: near.value, nearWho: near.who },
    });
  }
  // Contact details typed a second time in the data (for example under absence reporting).
  for (const { pointer, value } of stringsUnder(ctx.get('/absence_reporting'), '/absence_reporting')) {
    for (const m of value.matchAll(EMAIL_RE)) {
      const near = nearestEmail(m[0]);
      if (near) ctx.report({ pointer, messageId: 'dataEmailNearMiss', data: { found: m[0], near: near.value, nearWho: near.who } });
    }
    for (const m of value.matchAll(PHONE_RE)) {
      const near = nearestPhone(m[0]);
      if (near) ctx.report({ pointer, messageId: 'dataPhoneNearMiss', data: { found: m[0], near: near.value, nearWho: near.who } });
    }
  }
}
