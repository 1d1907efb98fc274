import { distance } from 'fastest-levenshtein';
import type { LegacyBlock } from '../prose-blocks.js';
import { factAt, type Extraction, type Fact, type Note, type Sentence } from './fact.js';

// Start only where a run of address characters starts: linear on a long unbroken word.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const PHONE = /(?<![\d+])(?:\+44\s?\(?0?\)?\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g;
const NAME = /^\s*(?::\s*)?((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][A-Za-z'’-]*\.?(?:\s+[A-Z][A-Za-z'’-]+){1,2})/;
const NOT_A_NAME = /^(The|This|Our|A|An|Head|Headteacher|Senior|School|Lead|Deputy|Assistant)\b/;

interface Found {
  value: string;
  block: LegacyBlock;
  offset: number;
}

/**
 * People and contact details: the senior attendance champion, attendance officer, SENDCo, DSL,
 * link governor and further support; the office email and phone; how parents report an absence.
 * An email one or two letters away from the office email is not taken as a second address but
 * left for a person to check (the prose rules report the difference).
 */
export function extractContacts(sentences: Sentence[], blocks: LegacyBlock[]): Extraction {
  const facts: Fact[] = [];
  const notes: Note[] = [];
  const emails = found(blocks, EMAIL).map((e) => ({ ...e, value: e.value.replace(/\.$/, '') }));
  const office = officeEmail(emails);
  const variants = new Set(
    emails
      .filter(
        (e) =>
          office &&
          e.value.toLowerCase() !== office.value.toLowerCase() &&
          distance(e.value.toLowerCase(), office.value.toLowerCase()) <= 2,
      )
      .map((e) => e.value),
  );
  for (const v of variants)
    notes.push({
      pointer: '/contacts/office/email',
      note: `the document also gives ${v}, which differs from ${office!.value} by a letter or two; check which is right`,
    });
  const usable = (e: string) => !variants.has(e);
  if (office) put(facts, '/contacts/office/email', office.value, office);
  const emailsIn = byBlock(emails);
  const phonesIn = new Map<LegacyBlock, Found[]>();
  const phonesOf = (b: LegacyBlock) => phonesIn.get(b) ?? phonesIn.set(b, found([b], PHONE)).get(b)!;
  // Only the details in the sentence and shortly after it: a long block has many sentences.
  const near = (all: Found[], s: Sentence) => all.filter((e) => e.offset >= s.offset && e.offset < s.offset + s.text.length + 400);
  const at = (s: Sentence) => ({ emails: near(emailsIn.get(s.block) ?? [], s), phones: near(phonesOf(s.block), s) });
  const lists: Lists = { methods: new Map(), detailed: new Set(), notify: new Set() };
  for (const s of sentences) {
    person(
      s,
      /\bsenior\s+attendance\s+champion\b[^.]{0,40}?\b(?:is|:)(?=\s)/i,
      '/contacts/senior_attendance_champion',
      facts,
      at(s),
      usable,
    );
    person(
      s,
      /\bsenior\s+leader\s+responsible\s+for\s+(?:the\s+)?strategic[^:]{0,60}:/i,
      '/contacts/senior_attendance_champion',
      facts,
      at(s),
      usable,
    );
    const head =
      /\bthe\s+(head\s*teacher|deputy\s+head\w*|assistant\s+head\w*)\s+is\s+responsible\s+for\s+(overseeing\s+|leading\s+)?the\s+strategic\s+approach\s+to\s+attendance/i.exec(
        s.text,
      );
    if (head) {
      const base = '/contacts/senior_attendance_champion';
      facts.push(factAt(s, `${base}/role`, capitalise(head[1]!), head.index, head[0].length));
      details(base, at(s), facts, usable);
    }
    person(s, /\battendance\s+officer,?(?=\s)/i, '/contacts/attendance_officers/0', facts, at(s), usable, 'Attendance officer');
    person(s, /\blink\s+governor\s+(?:is)?:?(?=\s)/i, '/contacts/link_governor', facts, at(s), usable, 'Link governor');
    const support =
      /\b((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?),\s+our\s+(wellbeing\s+lead|pastoral\s+(?:lead|manager)|family\s+liaison\s+officer|head\s+of\s+year|learning\s+mentor)/i.exec(
        s.text,
      );
    if (support) {
      facts.push(factAt(s, '/contacts/further_support/0/name', support[1]!, support.index, support[1]!.length));
      facts.push(factAt(s, '/contacts/further_support/0/role', capitalise(support[2]!), support.index, support[0].length));
    }
    reporting(s, at(s), facts, usable, lists);
    supportRoles(s, facts);
  }
  namedInNextBlock(blocks, facts, emailsIn, usable);
  return { facts, notes };
}

function found(blocks: LegacyBlock[], re: RegExp): Found[] {
  return blocks.flatMap((block) => [...block.text.matchAll(re)].map((m) => ({ value: m[0].trim(), block, offset: m.index! })));
}

function byBlock(all: Found[]): Map<LegacyBlock, Found[]> {
  const map = new Map<LegacyBlock, Found[]>();
  for (const f of all) map.get(f.block)?.push(f) ?? map.set(f.block, [f]);
  return map;
}

function put(facts: Fact[], pointer: string, value: string, f: Found, guess?: string): void {
  facts.push(factAt({ block: f.block, text: f.block.text, offset: 0 }, pointer, value, f.offset, f.value.length, guess));
}

/** The school's general address (info@, office@, admin@ ...), the first one given. */
function officeEmail(emails: Found[]): Found | undefined {
  return emails.find((e) => /^(info|office|admin|enquiries|enquiry|reception|school|attendance)@/i.test(e.value));
}

type Details = { emails: Found[]; phones: Found[] };

function person(s: Sentence, intro: RegExp, base: string, facts: Fact[], d: Details, usable: (e: string) => boolean, role?: string): void {
  const m = intro.exec(s.text);
  if (!m) return;
  const rest = s.text.slice(m.index + m[0].length);
  const name = NAME.exec(rest);
  if (!name || NOT_A_NAME.test(name[1]!)) return;
  const nameAt = m.index + m[0].length + rest.indexOf(name[1]!);
  facts.push(factAt(s, `${base}/name`, name[1]!, nameAt, name[1]!.length));
  const after = rest.slice(name.index + name[0].length);
  const stated = /^\s*[-–,]\s*([A-Z][^(.,@]{2,60}?)\s*(?:\(|,|$)/.exec(after);
  if (stated)
    facts.push(factAt(s, `${base}/role`, stated[1]!.trim(), nameAt + name[1]!.length + after.indexOf(stated[1]!), stated[1]!.length));
  else if (role) facts.push(factAt(s, `${base}/role`, role, m.index, m[0].length));
  details(
    base,
    {
      emails: d.emails.filter((e) => e.offset >= nameAt && e.offset - nameAt < 120),
      phones: d.phones.filter((p) => p.offset >= nameAt && p.offset - nameAt < 120),
    },
    facts,
    usable,
  );
}

function details(base: string, d: Details, facts: Fact[], usable: (e: string) => boolean): void {
  const email = d.emails.find((e) => usable(e.value));
  if (email) put(facts, `${base}/email`, email.value, email);
  const phone = d.phones[0];
  if (phone) put(facts, `${base}/phone`, phone.value.replace(/-/g, ' '), phone);
}

/** "The contact details for our SENDCo are:" followed by "Mrs Katie Rollins: Tel: ... Email: ...". */
function namedInNextBlock(blocks: LegacyBlock[], facts: Fact[], emails: Map<LegacyBlock, Found[]>, usable: (e: string) => boolean): void {
  blocks.forEach((b, i) => {
    const m = /\bcontact\s+details\s+for\s+our\s+(SENDCo|SENCo|SENCO|Designated\s+Safeguarding\s+Lead|DSL|attendance\s+officer)\b/i.exec(
      b.text,
    );
    const next = blocks[i + 1];
    if (!m || !next) return;
    const role = m[1]!;
    const base = /send?co/i.test(role)
      ? '/contacts/sendco'
      : /attendance/i.test(role)
        ? '/contacts/attendance_officers/0'
        : '/contacts/dsl';
    const name = NAME.exec(next.text);
    const s = { block: next, text: next.text, offset: 0 };
    if (name && !NOT_A_NAME.test(name[1]!)) facts.push(factAt(s, `${base}/name`, name[1]!, next.text.indexOf(name[1]!), name[1]!.length));
    facts.push(factAt({ block: b, text: b.text, offset: 0 }, `${base}/role`, role.replace(/\s+/g, ' '), m.index, m[0].length));
    details(base, { emails: emails.get(next) ?? [], phones: found([next], PHONE) }, facts, usable);
  });
}

/** Items already added to list fields, so each method or person appears once. */
interface Lists {
  methods: Map<string, number>;
  detailed: Set<number>;
  notify: Set<string>;
}

/** How parents report an absence: by phone, by email; first-day calling; who else is told. */
function reporting(s: Sentence, d: Details, facts: Fact[], usable: (e: string) => boolean, lists: Lists): void {
  const method = (type: string, index: number, length: number, detail: Found | undefined) => {
    let i = lists.methods.get(type);
    if (i === undefined) {
      i = lists.methods.size;
      lists.methods.set(type, i);
      facts.push(factAt(s, `/absence_reporting/methods/${i}/type`, type, index, length));
    }
    if (detail && !lists.detailed.has(i)) {
      lists.detailed.add(i);
      put(facts, `/absence_reporting/methods/${i}/detail`, type === 'phone' ? detail.value.replace(/-/g, ' ') : detail.value, detail);
    }
  };
  const notify = (value: string, m: RegExpExecArray) => {
    if (lists.notify.has(value)) return;
    facts.push(factAt(s, `/unexplained_absence/notify/${lists.notify.size}`, value, m.index, m[0].length));
    lists.notify.add(value);
  };
  const t = s.text;
  const aboutAbsence = /\b(absen\w*|unable\s+to\s+attend)\b/i.test(t);
  if (aboutAbsence && /\b(inform|notify|report|contact|tell|let\s+\w+\s+know)\b/i.test(t) && /\b(parents?|carers?|you)\b/i.test(t)) {
    const phone = /\b(telephon\w*|phone|ring|call)\b/i.exec(t);
    if (phone) method('phone', phone.index, phone[0].length, d.phones[0]);
    const email = /\be-?mail\b/i.exec(t);
    if (email) {
      const address = d.emails.find((e) => e.offset > email.index + s.offset);
      method('email', email.index, email[0].length, address && usable(address.value) ? address : undefined);
    }
  }
  const fdc = /\bfirst[- ]day\s+call\w*|\b(telephone|phone|call|contact)\s+parents\s+on\s+the\s+first\s+day\b/i.exec(t);
  if (fdc) facts.push(factAt(s, '/absence_reporting/first_day_calling', true, fdc.index, fdc[0].length));
  if (aboutAbsence && /\b(inform|notify|tell)\b/i.test(t)) {
    const sw = /\bsocial\s+workers?\b/i.exec(t);
    if (sw) notify('social_worker', sw);
    const yot = /\byouth\s+(offending|justice)\s+(?:(team|service)\s*)?workers?\b|\bYOT\b/i.exec(t);
    if (yot) notify('yot_worker', yot);
  }
  const emergency = /\b(more\s+than\s+one|two|second|additional)\s+(sets?\s+of\s+)?emergency\s+contact/i.exec(t);
  if (emergency) facts.push(factAt(s, '/registers/emergency_contacts_min', 2, emergency.index, emergency[0].length));
}

/** "For more detailed support ..., please speak to your child's College Head"; "... your child's form tutor". */
function supportRoles(s: Sentence, facts: Fact[]): void {
  const further =
    /\b(?:for\s+more\s+(?:detailed\s+)?support|further\s+support)\b[^.]{0,60}?\b(?:speak|talk)\s+to\s+(?:your\s+child['’]s\s+|the\s+|our\s+)?([A-Z][A-Za-z]+(?:\s+(?:of\s+)?[A-Z][A-Za-z]+){0,3})/.exec(
      s.text,
    );
  if (further) facts.push(factAt(s, '/contacts/further_support/0/role', further[1]!, further.index, further[0].length));
  const daily = /\b(?:communicate|speak|talk)\s+with\s+your\s+child['’]s\s+(form\s+tutor|class\s+teacher|tutor)\b/i.exec(s.text);
  if (daily) facts.push(factAt(s, '/contacts/day_to_day/0/role', capitalise(daily[1]!), daily.index, daily[0].length));
}

function capitalise(s: string): string {
  const t = s.replace(/\s+/g, ' ').toLowerCase();
  return t.charAt(0).toUpperCase() + t.slice(1);
}
