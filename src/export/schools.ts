import { effectiveDay } from '../core/model.js';
import type { Policy, School } from '../types/policy.js';
import { exportContacts } from './contacts.js';
import { exportDay } from './school-day.js';
import type { ExportSchool } from './types.js';

/** Each school's identity and resolved day, with one resolved day per group. */
export function exportSchools(policy: Policy, includeContacts: boolean): ExportSchool[] {
  return (policy.schools ?? []).map((school: School) => ({
    id: school.id,
    name: school.name,
    shortName: school.short_name ?? null,
    urn: school.urn ?? null,
    dfeNumber: school.dfe_number ?? null,
    localAuthority: school.local_authority ?? null,
    type: school.type ?? null,
    phase: [...(school.phase ?? [])],
    day: exportDay(effectiveDay(policy, school)),
    groups: (school.groups ?? []).map((g) => ({
      id: g.id,
      name: g.name,
      yearGroups: [...(g.year_groups ?? [])],
      day: exportDay(effectiveDay(policy, school, g.id)),
    })),
    ...(includeContacts ? { contacts: exportContacts(school.contacts) } : {}),
  }));
}
