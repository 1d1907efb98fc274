import { factAt, type Extraction, type Fact, type Sentence } from './fact.js';

/**
 * Roles the document gives a part in attendance, as contacts by role: the headteacher (or
 * principal), attendance officer, education welfare officer, class teachers, the designated
 * safeguarding lead and senior attendance champion, and the governing board. A role is taken
 * when the document names it; a person named beside it ("Jane Smith, Executive Headteacher")
 * becomes the contact's name. Runs after the other contact readers so a contact they found
 * (with a name and details) is not listed twice.
 */
export function extractRoles(sentences: Sentence[], earlier: Fact[]): Extraction {
  const facts: Fact[] = [];
  const slots = new Slots(earlier);
  for (const s of sentences) {
    for (const role of ROLES) {
      const m = role.re.exec(s.text);
      if (!m || (role.unless && role.unless.test(s.text))) continue;
      const title = role.title(m[0]);
      const lead = s.text.slice(Math.max(0, m.index - 60), m.index);
      const name = NAME_BEFORE.exec(lead);
      const named = name && !NOT_A_NAME.test(name[1]!) ? name[1]! : undefined;
      const seen = slots.ofRole(title);
      if (seen) {
        // A later sentence names the person holding a role already listed without a name.
        if (named && !slots.has(`${seen}/name`)) {
          slots.take(`${seen}/name`);
          facts.push(factAt(s, `${seen}/name`, named, m.index - lead.length + name!.index, named.length));
        }
        continue;
      }
      const base = role.list ? slots.next(role.list, title) : role.single;
      if (!base || (role.single && slots.has(role.single))) continue;
      if (role.single) slots.take(role.single);
      slots.remember(title, base);
      facts.push(factAt(s, `${base}/role`, title, m.index, m[0].length));
      if (named) {
        slots.take(`${base}/name`);
        facts.push(factAt(s, `${base}/name`, named, m.index - lead.length + name!.index, named.length));
      }
    }
    governors(s, facts, slots);
  }
  return { facts, notes: [] };
}

interface Role {
  re: RegExp;
  title: (found: string) => string;
  /** A list of contacts (a new entry per role), or a single contact. */
  list?: string;
  single?: string;
  unless?: RegExp;
}

const ROLES: Role[] = [
  {
    re: /\b(?:(?:executive|acting|interim)\s+)?head\s?teacher\b|(?<=\b(?:the|and|our|with)\s{1,20}|,\s{0,20})Principal\b(?!\s+(?:aims?|reasons?|purposes?|objectives?|ways?|means|factors?|concerns?)\b)/i,
    title: tidy,
    list: '/contacts/further_support',
  },
  {
    re: /\battendance\s+officer\b/i,
    title: () => 'Attendance officer',
    list: '/contacts/attendance_officers',
    unless: /\blocal\s+authority(?:['’]s)?\s+attendance\s+officer/i,
  },
  {
    re: /\bEWO\b|\beducation(?:al)?\s+welfare\s+(?:officer|service)\b/i,
    title: () => 'Education welfare officer',
    list: '/contacts/local_authority',
  },
  { re: /\bclass\s+teachers?\b/i, title: () => 'Class teacher', list: '/contacts/day_to_day' },
  { re: /\bdesignated\s+safeguarding\s+lead\b|\bDSL\b/i, title: () => 'Designated safeguarding lead', single: '/contacts/dsl' },
  {
    re: /(?<!\ba\s)\bsenior\s+attendance\s+champion\b/i,
    title: () => 'Senior attendance champion',
    single: '/contacts/senior_attendance_champion',
  },
];

/** "Margaret Ellison, Executive Headteacher": a name just before the role. */
const NAME_BEFORE = /\b((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:the\s+|our\s+)?$/;

const NOT_A_NAME = /^(The|This|Our|A|An|All|Every|Each|Governors|Parents|Staff)\b/;

/** "executive headteacher" → "Executive headteacher"; "Head Teacher" → "Headteacher". */
function tidy(found: string): string {
  const t = found
    .replace(/head\s+teacher/i, 'headteacher')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const GOVERNORS = /\b(?:governors|governing\s+(?:body|board)|board\s+of\s+(?:governors|trustees)|trustees)\b/i;

/** What the document says the governing board does, in its words: the first sentence naming the board. */
function governors(s: Sentence, facts: Fact[], slots: Slots): void {
  const m = GOVERNORS.exec(s.text);
  if (!m || slots.has('/governance/duties') || s.text.length > 400) return;
  slots.take('/governance/duties');
  facts.push(factAt(s, '/governance/duties', s.text, m.index, m[0].length));
}

/** Which contact entries exist already (from the other readers and from here), by list and role. */
class Slots {
  private readonly taken = new Set<string>();
  private readonly roles = new Map<string, Map<string, string>>();

  constructor(earlier: Fact[]) {
    for (const f of earlier) {
      const m = /^(\/contacts\/[a-z_]+)(?:\/(\d+))?\//.exec(f.pointer);
      if (!m) continue;
      this.taken.add(m[1]!);
      if (m[2] !== undefined) {
        const list = this.roles.get(m[1]!) ?? new Map<string, string>();
        this.roles.set(m[1]!, list);
        const key = `${m[1]}/${m[2]}`;
        if (!list.has(key) || f.pointer.endsWith('/role')) list.set(key, f.pointer.endsWith('/role') ? String(f.value).toLowerCase() : '');
      }
    }
  }

  private readonly byRole = new Map<string, string>();

  /** The entry already made here for a role (by its title, lower case). */
  ofRole(title: string): string | undefined {
    return this.byRole.get(title.toLowerCase());
  }

  remember(title: string, base: string): void {
    this.byRole.set(title.toLowerCase(), base);
  }

  has(pointer: string): boolean {
    return this.taken.has(pointer);
  }

  take(pointer: string): void {
    this.taken.add(pointer);
  }

  /** The pointer of a new entry in `list` for `role`, or undefined when the list already has it. */
  next(list: string, role: string): string | undefined {
    const entries = this.roles.get(list) ?? new Map<string, string>();
    this.roles.set(list, entries);
    const wanted = role.toLowerCase();
    // An attendance officer found with a name stands for the role.
    if ([...entries.values()].some((r) => r === wanted || (list.endsWith('attendance_officers') && entries.size))) return undefined;
    const key = `${list}/${entries.size}`;
    entries.set(key, wanted);
    return key;
  }
}
