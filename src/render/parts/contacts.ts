import type { Policy } from '../../types/policy.js';
import { link, text, urlLink, type Block, type Line, type Part } from '../blocks.js';
import { CONTACT_ROLES } from '../labels.js';

type Contacts = NonNullable<Policy['contacts']>;
type Person = NonNullable<Contacts['senior_attendance_champion']>;

function people(contacts: Contacts | undefined): Array<{ roleLabel: string; person: Person }> {
  if (!contacts) return [];
  const out: Array<{ roleLabel: string; person: Person }> = [];
  for (const { key, label } of CONTACT_ROLES) {
    const value = contacts[key as keyof Contacts] as Person | Person[] | string | undefined;
    if (!value || typeof value === 'string') continue;
    for (const person of Array.isArray(value) ? value : [value]) out.push({ roleLabel: label, person });
  }
  return out;
}

/** True when every word of the general role is already in the school's own ("Link governor for attendance" says "attendance link governor"). */
function saysAll(role: string, general: string): boolean {
  const have = new Set(role.toLowerCase().match(/[a-z]+/g) ?? []);
  return (general.toLowerCase().match(/[a-z]+/g) ?? []).every((w) => have.has(w));
}

function row({ roleLabel, person }: { roleLabel: string; person: Person }): Line[][] {
  // The role the school gave, with the general role when it adds something ("Headteacher, senior attendance champion").
  const role = !person.role ? roleLabel : saysAll(person.role, roleLabel) ? person.role : `${person.role} (${roleLabel.toLowerCase()})`;
  const how: Line[] = [];
  if (person.phone) how.push([text(`Phone: ${person.phone}`)]);
  if (person.email) how.push([text('Email: '), link(person.email, `mailto:${person.email}`)]);
  const web = urlLink(person.url);
  if (web) how.push([web]);
  if (person.notes) how.push([text(person.notes)]);
  return [[[text(role)]], person.name ? [[text(person.name)]] : [], how];
}

function table(caption: string, list: ReturnType<typeof people>): Block {
  return { type: 'table', caption, columns: ['Role', 'Name', 'How to contact'], rows: list.map(row) };
}

/** Who parents can contact: the document's shared contacts, then each school's own. */
export function contactsPart(policy: Policy): Part | undefined {
  const blocks: Block[] = [];
  const shared = people(policy.contacts);
  const schools = policy.schools ?? [];
  const several = schools.length > 1;
  if (shared.length) blocks.push(table(several ? 'Contacts for all our schools' : 'Who to contact', shared));
  for (const school of schools) {
    const own = people(school.contacts);
    if (own.length) blocks.push(table(`Contacts at ${school.name}`, own));
  }
  return blocks.length ? { id: 'contacts', title: 'Who to contact', blocks } : undefined;
}
