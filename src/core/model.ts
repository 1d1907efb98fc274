import type { Policy, School } from '../types/policy.js';

/** A school day with every time resolved for one school (and optionally one group). */
export interface EffectiveDay {
  gates_open?: string;
  gates_close?: string;
  starts?: string;
  ends?: string;
  lunch?: { starts?: string; ends?: string };
  registers?: { morning?: { opens?: string; closes?: string }; afternoon?: { opens?: string; closes?: string } };
}

function mergeDay(base: EffectiveDay | undefined, over: EffectiveDay | undefined): EffectiveDay {
  const b = base ?? {};
  const o = over ?? {};
  return {
    ...b,
    ...o,
    lunch: { ...b.lunch, ...o.lunch },
    registers: {
      morning: { ...b.registers?.morning, ...o.registers?.morning },
      afternoon: { ...b.registers?.afternoon, ...o.registers?.afternoon },
    },
  };
}

/** The document default, then the school's own times, then the group's. */
export function effectiveDay(policy: Policy, school?: School, groupId?: string): EffectiveDay {
  const group = groupId ? school?.groups?.find((g) => g.id === groupId) : undefined;
  return mergeDay(mergeDay(policy.school_day, school?.school_day), group?.school_day);
}

export interface DayVariant {
  school: School | undefined;
  group: { id: string; name: string } | undefined;
  /** Where in the data this variant's times live (JSON pointers, most specific first). */
  pointers: string[];
  day: EffectiveDay;
}

/** Every school day the policy describes: one per school and one per group, or the document default. */
export function dayVariants(policy: Policy): DayVariant[] {
  const schools = policy.schools ?? [];
  if (schools.length === 0) return [{ school: undefined, group: undefined, pointers: ['/school_day'], day: effectiveDay(policy) }];
  const out: DayVariant[] = [];
  schools.forEach((school, si) => {
    out.push({ school, group: undefined, pointers: [`/schools/${si}/school_day`, '/school_day'], day: effectiveDay(policy, school) });
    (school.groups ?? []).forEach((group, gi) => {
      if (group.school_day) {
        out.push({
          school,
          group,
          pointers: [`/schools/${si}/groups/${gi}/school_day`, `/schools/${si}/school_day`, '/school_day'],
          day: effectiveDay(policy, school, group.id),
        });
      }
    });
  });
  return out;
}

/** Minutes since midnight for "HH:MM". */
export function minutes(time: string | undefined): number | undefined {
  const m = time ? /^(\d{2}):(\d{2})$/.exec(time) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export function schoolLabel(policy: Policy): string {
  const names = (policy.schools ?? []).map((s) => s.name);
  if (names.length) return names.join(' and ');
  return policy.trust?.name ?? policy.document?.title ?? 'Attendance policy';
}
