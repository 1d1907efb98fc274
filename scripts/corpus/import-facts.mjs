// Import recall and precision: the values a draft holds against the facts a reference reading lists
// (school-day times, thresholds, penalty amounts, codes, roles). Guessed values (TODO) are not counted as written.

const TIME_FIELDS = [
  ['gates_open', 'gates_open'],
  ['gates_close', 'gates_close'],
  ['day_starts', 'starts'],
  ['day_ends', 'ends'],
  ['registers.am.opens', 'registers/morning/opens'],
  ['registers.am.closes', 'registers/morning/closes'],
  ['registers.pm.opens', 'registers/afternoon/opens'],
  ['registers.pm.closes', 'registers/afternoon/closes'],
  ['morning_register.opens', 'registers/morning/opens'],
  ['morning_register.closes', 'registers/morning/closes'],
  ['afternoon_register.opens', 'registers/afternoon/opens'],
  ['afternoon_register.closes', 'registers/afternoon/closes'],
];

/**
 * Whether a role as the draft writes it is the head of the school: a headteacher (executive head,
 * head of school), or a principal, which is what many academies call their head. A deputy,
 * assistant or vice head or principal is not, nor a head of year, house or department.
 */
export function isHeadRole(role) {
  const r = String(role).replace(/\s+/g, ' ').trim();
  if (/\b(deputy|assistant|vice|associate)[ -](head|principal)/i.test(r)) return false;
  // "Principal" as the post itself ("Principal", "Principal of the academy"), not as an adjective ("Principal Officer").
  return /\b(head ?teacher|head ?master|head ?mistress|head of (school|academy)|executive head)\b|\bprincipal(?=\s*($|of\b|[,/;()]))|^head$/i.test(
    r,
  );
}

/** Draft pointer patterns for each role a reading may mark as named in the document (and a reading of the role's words). */
const ROLES = {
  senior_attendance_champion: [/^\/contacts\/senior_attendance_champion\//],
  attendance_officer: [/^\/contacts\/attendance_officers\//],
  dsl: [/^\/contacts\/dsl\//],
  headteacher: [/^\/schools\/\d+\/headteacher$/, /^\/contacts\/[^/]+(\/\d+)?\/role$/, isHeadRole],
  governors: [/^\/contacts\/link_governor\//, /^\/governance\//],
  class_teacher: [/^\/contacts\/day_to_day\//],
  education_welfare_officer: [/^\/contacts\/local_authority\//],
};

const get = (o, dotted) => dotted.split('.').reduce((v, k) => (v == null ? undefined : v[k]), o);
const valuesOf = (v) => (v == null ? [] : typeof v === 'object' && !Array.isArray(v) ? Object.values(v) : [v]);
const amountOf = (v) => (v == null ? undefined : typeof v === 'number' ? v : (v.amount_gbp ?? v.amount));

/** The facts of a reading as [category, field key, value] triples (one per stated value). */
function referenceFacts(facts) {
  const out = [];
  const schools = facts.schools ?? [];
  for (const s of schools) {
    for (const [from, to] of TIME_FIELDS) for (const v of valuesOf(get(s, from)?.value)) out.push(['time', to, v]);
  }
  for (const v of valuesOf((schools[0]?.absence_report_deadline ?? facts.absence_report_deadline)?.value))
    out.push(['time', 'absence_reporting/deadline', v]);
  const scope = (k) => facts[k] ?? schools.find((s) => s[k])?.[k];
  for (const [k, to] of [
    ['persistent_absence_pct', 'persistent_absence_pct'],
    ['severe_absence_pct', 'severe_absence_pct'],
    ['attendance_target_pct', 'target_attendance_pct'],
  ]) {
    const v = scope(k)?.value;
    if (typeof v === 'number') out.push(['threshold', to, v]);
  }
  const pn = facts.penalty_notices ?? {};
  const amounts = { ...(schools.find((s) => s.penalty_notice_amounts)?.penalty_notice_amounts ?? {}), ...pn };
  for (const [k, to] of [
    ['first_discounted', 'first/discounted'],
    ['first_full', 'first/full'],
    ['second', 'second/amount'],
  ]) {
    const a = amountOf(amounts[k]?.value);
    if (a !== undefined) out.push(['penalty', to, a]);
  }
  const threshold = (pn.threshold ?? schools.find((s) => s.penalty_threshold)?.penalty_threshold)?.value;
  if (threshold?.sessions) out.push(['threshold', 'penalty/sessions', threshold.sessions]);
  if (threshold?.weeks) out.push(['threshold', 'penalty/weeks', threshold.weeks]);
  for (const c of facts.codes ?? schools.find((s) => s.codes?.length)?.codes ?? []) out.push(['code', 'code', c.code]);
  const roles = facts.roles ?? schools.find((s) => s.roles)?.roles ?? {};
  for (const [k, r] of Object.entries(roles)) if (ROLES[k] && r?.value === true) out.push(['role', k, true]);
  return { out, hasRoles: Object.keys(roles).length > 0 };
}

/** The draft's values in the same categories, with the key they compare under. */
function draftFacts(draft) {
  const out = [];
  for (const [pointer, fact] of draft.used) {
    if (fact.guess) continue;
    const day = /^(?:\/schools\/\d+(?:\/groups\/\d+)?)?\/school_day\/(.+)$/.exec(pointer);
    if (day && TIME_FIELDS.some(([, to]) => to === day[1])) out.push(['time', day[1], fact.value, pointer]);
    else if (pointer === '/absence_reporting/deadline') out.push(['time', 'absence_reporting/deadline', fact.value, pointer]);
    else if (/^\/thresholds\/(persistent_absence_pct|severe_absence_pct|target_attendance_pct)$/.test(pointer))
      out.push(['threshold', pointer.split('/')[2], fact.value, pointer]);
    else if (pointer === '/legal_measures/penalty_notices/threshold/sessions')
      out.push(['threshold', 'penalty/sessions', fact.value, pointer]);
    else if (pointer === '/legal_measures/penalty_notices/threshold/window_school_weeks')
      out.push(['threshold', 'penalty/weeks', fact.value, pointer]);
    else if (/^\/legal_measures\/penalty_notices\/(first\/discounted|first\/full|second\/amount)$/.test(pointer))
      out.push(['penalty', pointer.split('/').slice(3).join('/'), fact.value, pointer]);
    else if (/^\/codes_in_use\/\d+\/code$/.test(pointer)) out.push(['code', 'code', fact.value, pointer]);
  }
  const roles = new Set();
  for (const [k, patterns] of Object.entries(ROLES)) {
    const reads = patterns.find((p) => typeof p === 'function');
    for (const [pointer, fact] of draft.used) {
      if (fact.guess || roles.has(k)) continue;
      if (patterns.some((p) => p instanceof RegExp && p.test(pointer)) && (!reads || !/\/role$/.test(pointer) || reads(fact.value)))
        roles.add(k);
    }
  }
  for (const k of roles) out.push(['role', k, true, `/contacts (${k})`]);
  return out;
}

export function importRecall(draft, facts) {
  const { out: ref, hasRoles } = referenceFacts(facts);
  const got = draftFacts(draft);
  const same = (a, b) => a[0] === b[0] && a[1] === b[1] && String(a[2]) === String(b[2]);
  const found = ref.filter((r) => got.some((g) => same(r, g)));
  // A written value is judged only where the reading covers that kind of value.
  const judged = got.filter((g) => g[0] !== 'role' || hasRoles);
  const right = judged.filter((g) => ref.some((r) => same(r, g)));
  return {
    recall: [found.length, ref.length],
    precision: [right.length, judged.length],
    missed: ref.filter((r) => !found.includes(r)).map((r) => `${r[0]} ${r[1]}=${r[2]}`),
    wrong: judged.filter((g) => !right.includes(g)).map((g) => `${g[3]}=${g[2]}`),
  };
}
