import { slug } from '../../core/slug.js';
import { factAt, type Extraction, type Fact, type Sentence } from './fact.js';

type Kind = 'legislation' | 'statutory_guidance' | 'guidance';
interface Known {
  re: RegExp;
  title: string;
  kind: Kind;
  /** Guidance is named in running text too ("children missing education"): only count it when cited. */
  citedOnly?: boolean;
}

const YEAR_IN_TITLE = '\\s*(?:,\\s*)?((?:19|20)\\d\\d)';
const KNOWN: Known[] = [
  {
    re: /working\s+together\s+to\s+improve\s+school\s+attendance/gi,
    title: 'Working together to improve school attendance',
    kind: 'guidance',
  },
  {
    re: /summary\s+table\s+of\s+responsibilities\s+for\s+school\s+attendance/gi,
    title: 'Summary table of responsibilities for school attendance',
    kind: 'guidance',
  },
  { re: /school\s+attendance:?\s+departmental\s+advice/gi, title: 'School attendance: departmental advice', kind: 'guidance' },
  {
    re: /school\s+attendance:?\s+parental\s+responsibility\s+measures/gi,
    title: 'School attendance: parental responsibility measures',
    kind: 'statutory_guidance',
  },
  {
    re: /children\s+missing\s+(?:from\s+)?education(?!\s+(?:policy|procedure|team|officer|service|\(CME\)\s+team))/gi,
    title: 'Children missing education',
    kind: 'statutory_guidance',
    citedOnly: true,
  },
  { re: /keeping\s+children\s+safe\s+in\s+education/gi, title: 'Keeping children safe in education', kind: 'statutory_guidance' },
  { re: /working\s+together\s+to\s+safeguard\s+children/gi, title: 'Working together to safeguard children', kind: 'statutory_guidance' },
  {
    re: new RegExp(`school\\s+attendance\\s+\\(pupil\\s+registration\\)\\s+\\(england\\)\\s+regulations${YEAR_IN_TITLE}`, 'gi'),
    title: 'School Attendance (Pupil Registration) (England) Regulations',
    kind: 'legislation',
  },
  {
    re: new RegExp(
      `education\\s+\\(pupil\\s+registration\\)\\s+\\(england\\)\\s+(?:\\(amendment\\)\\s+)?regulations${YEAR_IN_TITLE}`,
      'gi',
    ),
    title: 'Education (Pupil Registration) (England) Regulations',
    kind: 'legislation',
  },
  {
    re: new RegExp(
      `education\\s+\\(penalty\\s+notices\\)\\s+(?:\\(england\\)\\s+)?(?:\\(amendment\\)\\s+)?regulations${YEAR_IN_TITLE}`,
      'gi',
    ),
    title: 'Education (Penalty Notices) (England) Regulations',
    kind: 'legislation',
  },
  {
    re: new RegExp(
      `(education(?:\\s+and\\s+inspections)?|children(?:'s\\s+wellbeing\\s+and\\s+schools|\\s+and\\s+families|\\s+and\\s+young\\s+persons)?|crime\\s+and\\s+disorder|anti-social\\s+behaviour|equality)\\s+act${YEAR_IN_TITLE}`,
      'gi',
    ),
    title: '',
    kind: 'legislation',
  },
];

interface Mention {
  s: Sentence;
  index: number;
  length: number;
  title: string;
  kind: Kind;
  year?: number;
  edition?: string;
  statutory?: boolean;
}

/** Cited legislation and guidance, with the year or edition given: one reference per title and year. */
export function extractReferences(sentences: Sentence[]): Extraction {
  const mentions = sentences.flatMap(mentionsIn);
  const facts: Fact[] = [];
  const ids = new Set<string>();
  const titles = [...new Set(mentions.map((m) => m.title))];
  for (const title of titles) {
    const all = mentions.filter((m) => m.title === title);
    const years = [...new Set(all.map((m) => m.year).filter((y): y is number => y !== undefined))];
    const chosen = years.length ? years.map((y) => all.find((m) => m.year === y)!) : [all[0]!];
    for (const m of chosen) {
      const i = ids.size;
      let id = slug(m.year && !title.endsWith(String(m.year)) ? `${title} ${m.year}` : title) || 'reference';
      for (let n = 2; ids.has(id); n++) id = `${slug(title)}-${n}`;
      ids.add(id);
      const at = (pointer: string, value: Fact['value']) =>
        facts.push(factAt(m.s, `/references/${i}/${pointer}`, value, m.index, m.length));
      at('id', id);
      at('title', title);
      at('kind', m.kind);
      if (m.year !== undefined) at('year', m.year);
      if (m.edition) at('edition', m.edition);
      const statutory = all.find((x) => x.year === m.year && x.statutory !== undefined)?.statutory;
      if (statutory !== undefined) at('statutory', statutory);
    }
  }
  return { facts, notes: [] };
}

function mentionsIn(s: Sentence): Mention[] {
  const out: Mention[] = [];
  for (const k of KNOWN) {
    for (const m of s.text.matchAll(k.re)) {
      const after = s.text.slice(m.index! + m[0].length);
      const bracket = editionAfter(after);
      if (k.citedOnly && !bracket && !cited(s.text.slice(0, m.index!), after)) continue;
      const legislationYear = k.kind === 'legislation' ? m[m.length - 1] : undefined;
      // An amending instrument is its own title: "... (England) (Amendment) Regulations 2013".
      const named = /\(amendment\)/i.test(m[0]) ? k.title.replace(/ Regulations$/, ' (Amendment) Regulations') : k.title;
      const title = named ? `${named}${legislationYear ? ` ${legislationYear}` : ''}` : titleCase(m[0]);
      const year = legislationYear ?? bracket?.[2];
      const around = s.text.slice(Math.max(0, m.index! - 60), m.index!) + after.slice(0, 60);
      const statutory = /non-?statutory/i.test(around)
        ? false
        : /\bstatutory\s+(attendance\s+)?guidance\b/i.test(around)
          ? true
          : undefined;
      out.push({
        s,
        index: m.index!,
        length: m[0].length + (bracket ? bracket[0].length : 0),
        title,
        kind: k.kind,
        ...(year ? { year: Number(year) } : {}),
        ...(bracket && k.kind !== 'legislation' ? { edition: bracket[1]! } : {}),
        ...(statutory !== undefined ? { statutory } : {}),
      });
    }
  }
  return out;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** The rest of a long title ("... for maintained schools, academies and local authorities"), a closing quote and a footnote mark. */
const SUBTITLE = `(?:\\s+for\\s+[^().;'’"]{0,110}?)?['’"]?\\d?`;
const BRACKETED = new RegExp(
  `^${SUBTITLE}\\s*\\(\\s*((?:(?:applies|applied|published|updated|issued|dated)\\s+(?:(?:from|in|on)\\s*)?|(?:DfE|Department\\s+for\\s+Education),?\\s*)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH}\\s+)?((?:19|20)\\d\\d))\\s*\\)`,
  'i',
);
/** An edition written out after the title without brackets: "..., October 2014", "published in September 2022". */
const WRITTEN = new RegExp(
  `^${SUBTITLE},?\\s+((?:(?:published|updated|issued|dated)\\s+(?:(?:in|on)\\s*)?)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\s+((?:19|20)\\d\\d))\\b`,
  'i',
);

/** The edition given right after a title: bracketed, or a month and year written out. */
function editionAfter(after: string): RegExpExecArray | null {
  return BRACKETED.exec(after) ?? WRITTEN.exec(after);
}

/** Named as a document: "the DfE's ...", "guidance ...", "... - GOV.UK". */
function cited(before: string, after: string): boolean {
  return (
    /(DfE|Department for Education)(['’]s)?\s*$|\b(guidance|see|refer to|in line with)\s*(?::\s*)?$/i.test(before) ||
    /^\s*[-–]\s*GOV\.UK|^\s*\(\s*(legislation|www)\./i.test(after)
  );
}

function titleCase(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.charAt(0).toUpperCase() + t.slice(1).replace(/\b(act)\b/i, 'Act');
}
