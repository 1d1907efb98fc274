import { UserError } from '../core/diagnostics.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { readLogo } from '../render/logo.js';
import type { Policy, School } from '../types/policy.js';

/** A person as a letter names them. */
export interface ContactView {
  role: string;
  name?: string;
  phone?: string;
  email?: string;
}

/** The letterhead: who the letter is from. */
export interface LetterheadView {
  name: string;
  address_lines: string[];
  phone?: string;
  email?: string;
  website?: string;
  /** A data: URL (never a file address), from the school's logo in the policy. */
  logo_src?: string;
  trust_name?: string;
}

interface Person {
  name?: string;
  role?: string;
  email?: string;
  phone?: string;
}
type Contacts = NonNullable<Policy['contacts']>;

/** The school the letters come from: the one named, or the only one. */
export function selectSchool(policy: Policy, id: string | undefined): { school: School; index: number } {
  const schools = policy.schools ?? [];
  if (!schools.length)
    throw new UserError(
      'This policy lists no schools, so letters would have no letterhead. Use the school’s own policy file (one that extends this trust base).',
    );
  if (id) {
    const index = schools.findIndex((s) => s.id === id);
    if (index < 0) throw new UserError(`There is no school "${id}" in this policy. Use one of: ${schools.map((s) => s.id).join(', ')}.`);
    return { school: schools[index]!, index };
  }
  if (schools.length > 1)
    throw new UserError(`This policy covers ${schools.length} schools. Choose one with --school: ${schools.map((s) => s.id).join(', ')}.`);
  return { school: schools[0]!, index: 0 };
}

export function letterhead(loaded: LoadedPolicy, school: School, index: number): { view: LetterheadView; warnings: string[] } {
  const warnings: string[] = [];
  const office = (school.contacts?.office ?? loaded.data.contacts?.office) as Person | undefined;
  // The address often starts with the school's name, which the letterhead already shows.
  const parts = (school.address ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const address_lines = parts[0]?.toLowerCase() === school.name.toLowerCase() ? parts.slice(1) : parts;
  if (!address_lines.length)
    warnings.push(`${school.name} has no address in the policy (schools[].address), so the letterhead shows none.`);
  let logo_src: string | undefined;
  if (school.logo) {
    const setIn = loaded.origins.get(`/schools/${index}/logo`)?.file ?? loaded.file;
    const { logo, problem } = readLogo(school.logo, setIn, loaded.projectRoot);
    if (problem) warnings.push(`${school.name}: ${problem}`);
    logo_src = logo?.src;
  }
  return {
    view: {
      name: school.name,
      address_lines,
      phone: office?.phone,
      email: office?.email,
      website: school.website,
      logo_src,
      trust_name: loaded.data.trust?.name,
    },
    warnings,
  };
}

function people(contacts: Contacts | undefined): Person[] {
  if (!contacts) return [];
  return Object.values(contacts).flatMap((v) => (v && typeof v === 'object' ? (Array.isArray(v) ? v : [v]) : [])) as Person[];
}

/** The role the policy says signs letters, with the name of whoever holds it when the policy says. */
export function signer(policy: Policy, school: School): { role: string; name?: string } {
  const role = school.contacts?.letters_signed_by ?? policy.contacts?.letters_signed_by ?? 'Headteacher';
  if (/^head\s?teacher$|^principal$/i.test(role.trim()) && school.headteacher) return { role, name: school.headteacher };
  const holder = [...people(school.contacts), ...people(policy.contacts)].find(
    (p) => p.name && p.role?.toLowerCase() === role.toLowerCase(),
  );
  return { role, name: holder?.name };
}

/**
 * Who parents contact about the letter: the attendance officer for the pupil's year group when
 * officers are split by year ("Attendance officer, Years 7 to 9"), else the first officer, the office
 * or the senior attendance champion.
 */
export function helpContact(policy: Policy, school: School, yearGroup: string | undefined): ContactView | undefined {
  const officers = ((school.contacts?.attendance_officers ?? policy.contacts?.attendance_officers ?? []) as Person[]).filter(
    (p) => p.phone || p.email,
  );
  const year = Number(/\d+/.exec(yearGroup ?? '')?.[0]);
  const forYear = officers.find((p) => {
    const m = /years?\s+(\d+)\s*(?:to|-|–)\s*(\d+)/i.exec(p.role ?? '');
    return m && year >= Number(m[1]) && year <= Number(m[2]);
  });
  const person =
    forYear ??
    officers[0] ??
    (school.contacts?.office as Person | undefined) ??
    (policy.contacts?.office as Person | undefined) ??
    (school.contacts?.senior_attendance_champion as Person | undefined) ??
    (policy.contacts?.senior_attendance_champion as Person | undefined);
  if (!person) return undefined;
  return { role: person.role ?? 'Attendance officer', name: person.name, phone: person.phone, email: person.email };
}

/**
 * Support on offer when the pupil row does not list any: the policy's further-support and
 * local-authority contacts. A contact for one year group ("Head of Year 8") is offered only to that year.
 */
export function defaultSupportOffered(policy: Policy, school: School, yearGroup: string | undefined): string[] {
  const year = /\d+/.exec(yearGroup ?? '')?.[0];
  const listed = [
    school.contacts?.further_support,
    policy.contacts?.further_support,
    school.contacts?.local_authority,
    policy.contacts?.local_authority,
  ];
  const offers = listed
    .flatMap((list) => (list ?? []) as Person[])
    .filter((p) => {
      const forYear = /\byear\s+(\d+)\b/i.exec(p.role ?? '')?.[1];
      if (/\bsixth form\b/i.test(p.role ?? '') && !forYear) return Number(year) >= 12;
      return !forYear || forYear === year;
    })
    .map((p) => (p.name ? `${p.role ?? 'Support'}: ${p.name}` : p.role))
    .filter((s): s is string => Boolean(s));
  return [...new Set(offers)].slice(0, 5);
}
