import type { Diagnostic } from '../core/diagnostics.js';
import { findDataRefs, resolveDataRef } from '../core/data-refs.js';
import { valueKindAt } from '../core/value-kinds.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { positionInScalar } from '../load/text-positions.js';

/** Every `{{path}}` in the prose must name a value in the data. */
export function checkDataReferences(policy: LoadedPolicy): Diagnostic[] {
  const out: Diagnostic[] = [];
  const schools = policy.data.schools?.length ? policy.data.schools : [undefined];
  (policy.data.sections ?? []).forEach((section, i) => {
    if (typeof section?.body !== 'string') return;
    for (const ref of findDataRefs(section.body)) {
      // A trust base lists no schools: its `school.` references are checked in each school that extends it.
      if (!policy.data.schools?.length && ref.path.startsWith('school.')) continue;
      // A period ({ amount, unit }) is shown whole, "4 school weeks"; other maps and lists are not single values.
      const period = valueKindAt(ref.path, policy.data) === 'period';
      const found = schools.some((s) => {
        const v = resolveDataRef(policy.data, ref.path, s);
        return v !== undefined && (typeof v !== 'object' || v === null || (period && !Array.isArray(v)));
      });
      if (found) continue;
      const origin = policy.origins.get(`/sections/${i}/body`);
      if (!origin) continue;
      const at = positionInScalar(policy.sources.get(origin.file), origin, section.body, ref.index, ref.length);
      out.push({
        ruleId: 'schema',
        severity: 'error',
        ...at,
        message: `The text refers to {{${ref.path}}}, which is not a single value in the policy data.`,
        hint: 'Check the spelling of the path, for example {{school.school_day.registers.morning.closes}}. To show braces literally, write them without the double braces.',
      });
    }
  });
  return out;
}
