import { slug } from '../../core/slug.js';
import { factAt, type Fact, type Sentence } from './fact.js';

/**
 * Which school or group of pupils a time belongs to. A multi-school document (a federation)
 * names its schools; a time belongs to one of them only when the text says so ("08.50am (Junior
 * School)", "at the Infant School"). A group of pupils ("The nursery gate opens at 8.45am", "The
 * gates for Reception to Year 6 open at 8.50am") owns the times of the paragraph it opens.
 */
export interface Scopes {
  schools: Array<{ name: string; key: string }>;
  groups: Map<string, number>;
  facts: Fact[];
}

const SCHOOL_NAME = /\b[A-Z][A-Za-z'’-]+(?:\s+(?:of|[A-Z][A-Za-z'’-]+)){1,7}\s+(?:School|Academy)\b/g;

/** The schools of a federation: two or more full school names given together in one sentence near the start. */
export function federationSchools(sentences: Sentence[], facts: Fact[]): Scopes['schools'] {
  for (const s of sentences.slice(0, 40)) {
    const names = [...s.text.matchAll(SCHOOL_NAME)].filter((m) => !/^(The|Our|This|Each|Every|All)\s/.test(m[0]));
    const distinct = [...new Map(names.map((m) => [m[0], m])).values()];
    if (distinct.length < 2 || !/\band\b/.test(s.text.slice(distinct[0]!.index! + distinct[0]![0].length, distinct[1]!.index))) continue;
    const schools = distinct.map((m) => ({
      name: m[0],
      key: keyWord(
        m[0],
        distinct.map((d) => d[0]),
      ),
    }));
    if (schools.some((x) => !x.key)) continue;
    distinct.forEach((m, i) => {
      facts.push(factAt(s, `/schools/${i}/id`, slug(m[0]), m.index!, m[0].length));
      facts.push(factAt(s, `/schools/${i}/name`, m[0], m.index!, m[0].length));
    });
    return schools;
  }
  return [];
}

/** The word that tells one school's name from the others' ("Junior" in "… Junior School" beside "… Infant School"). */
function keyWord(name: string, all: string[]): string {
  const words = name.split(/\s+/).filter((w) => !/^(School|Academy|of|Church|England|Primary)$/i.test(w));
  return words.find((w) => all.filter((n) => n.includes(w)).length === 1) ?? '';
}

/** The school a time is labelled with: "8.50am (Junior School)", "8.55am at the Infant School", "for the Infant School: 8.55am". */
export function schoolOfTime(text: string, index: number, length: number, schools: Scopes['schools']): number | undefined {
  if (!schools.length) return undefined;
  const after = /^\s*(?:\(([^)]{2,60})\)|(?:at|for|in)\s+(?:the\s+)?([A-Z][A-Za-z'’ ]{2,60}?(?:School|Academy)))/.exec(
    text.slice(index + length),
  );
  const label = after?.[1] ?? after?.[2];
  if (!label) return undefined;
  const i = schools.findIndex((s) => new RegExp(`\\b${s.key}\\b`, 'i').test(label));
  return i >= 0 ? i : undefined;
}

/** A group of pupils named as the subject at the start of a sentence: "The nursery gate …", "The gates for Reception to Year 6 …", "Reception children …". */
const GROUP_AT_START =
  /^(?:(?:the|our|for|in)\s+)?(?:(?:gates?|doors?|classes|children|pupils)\s+(?:for|of|in)\s+)?(?:the\s+)?(nursery|reception(?:\s+(?:to|and|-|–)\s+year\s+\d{1,2})?|year\s+\d{1,2}(?:\s+(?:to|and|-|–)\s+(?:year\s+)?\d{1,2})?|key\s+stage\s+\d(?:\s+(?:and|&)\s+\d)?|KS\d(?:\s*(?:and|&|-)\s*KS\d)?|early\s+years)\b/i;

/** The group a sentence opens with, if any ("Nursery", "Reception to Year 6"). */
export function groupAtStart(text: string): { name: string; index: number; length: number } | undefined {
  const m = GROUP_AT_START.exec(text);
  if (!m) return undefined;
  const raw = m[1]!.replace(/\s+/g, ' ');
  const name = raw.replace(
    /\b(nursery|reception|year|key stage|early years)\b/gi,
    (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
  );
  return { name, index: m.index + m[0].length - m[1]!.length, length: m[1]!.length };
}

/** The index of a group of the first school, adding its id and name the first time it is named. */
export function groupIndex(scopes: Scopes, s: Sentence, name: string, index: number, length: number): number {
  const key = name.toLowerCase();
  let i = scopes.groups.get(key);
  if (i === undefined) {
    i = scopes.groups.size;
    scopes.groups.set(key, i);
    scopes.facts.push(factAt(s, `/schools/0/groups/${i}/id`, slug(name), index, length));
    scopes.facts.push(factAt(s, `/schools/0/groups/${i}/name`, name, index, length));
  }
  return i;
}
