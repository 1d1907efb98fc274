/**
 * Whether a rule applied to a policy. A rule says so itself: it calls `ctx.notApplicable(reason)`
 * when the policy (or one of its schools) has nothing the rule is about, e.g. no part-time
 * timetables. A rule that says nothing applied (every rule written before this contract does).
 */

/** What a rule said when it did not apply: to the whole policy, or to one school of it. */
export interface NotApplicable {
  ruleId: string;
  /** Why, in words a governor understands ("The policy does not use part-time timetables."). */
  reason: string;
  /** The school it does not apply to; absent: the whole policy. */
  school?: string;
}

export interface SchoolApplicability {
  applies: boolean;
  reason?: string;
}

export interface RuleApplicability {
  /** False when the rule does not apply to the policy as a whole, or to any of its schools. */
  applies: boolean;
  /** Why it does not apply (when it does not). */
  reason?: string;
  /** By school id. */
  schools: Record<string, SchoolApplicability>;
}

/** Applied or not, for the whole policy and for each school, from what the rule said. */
export function applicabilityOf(ruleId: string, said: NotApplicable[], schoolIds: string[]): RuleApplicability {
  const own = said.filter((n) => n.ruleId === ruleId);
  const whole = own.find((n) => n.school === undefined);
  const schools: Record<string, SchoolApplicability> = {};
  for (const id of schoolIds) {
    const reason = whole?.reason ?? own.find((n) => n.school === id)?.reason;
    schools[id] = reason === undefined ? { applies: true } : { applies: false, reason };
  }
  if (whole) return { applies: false, reason: whole.reason, schools };
  const perSchool = Object.values(schools);
  // Not applicable to any school of the policy: not applicable to the policy (the first reason given says why).
  if (perSchool.length > 0 && perSchool.every((s) => !s.applies)) return { applies: false, reason: perSchool[0]!.reason!, schools };
  return { applies: true, schools };
}
