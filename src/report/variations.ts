import path from 'node:path';
import { SETTINGS } from '../compare/settings.js';
import { stageSettings } from '../compare/stage-settings.js';
import type { Subjects } from '../compare/subjects.js';
import { explainField } from '../explain/field.js';

export interface LocalVariation {
  school: string;
  setting: string;
  base: string;
  value: string;
  /** The school's reason, from `local_variations` in its file; null when it gives none. */
  reason: string | null;
}

/** Each school sets its own times and dates; a difference there is not a variation from the trust's policy. */
const OWN_TO_EACH_SCHOOL = new Set(['School day', 'Registers', 'Review', 'People']);

const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

/**
 * Every key policy setting where a school that builds on the trust base differs from it (the settings
 * `compare` shows, apart from each school's own times and dates), with the reason the school states for it, if any.
 */
export function localVariations(subjects: Subjects): LocalVariation[] {
  const base = subjects.base;
  if (!base) return [];
  const defs = [...SETTINGS, ...stageSettings([base, ...subjects.schools])].filter((d) => !OWN_TO_EACH_SCHOOL.has(d.group));
  const out: LocalVariation[] = [];
  const baseFile = path.resolve(base.loaded.file);
  for (const school of subjects.schools) {
    // A standalone policy in the same folder (a federation's own) does not build on the trust base: nothing of it varies from it.
    if (!school.loaded.chain.some((f) => path.resolve(f) === baseFile)) continue;
    const stated = (school.loaded.data.local_variations ?? []).map((v) => ({
      pointer: explainField(school.loaded, v.field)?.pointer ?? null,
      reason: v.reason,
    }));
    for (const def of defs) {
      const b = def.read(base);
      const s = def.read(school);
      if (b.value === null || s.value === null || b.value === s.value) continue;
      const reason = stated.find((v) => v.pointer !== null && s.pointers.some((p) => overlaps(p, v.pointer!)))?.reason ?? null;
      out.push({ school: school.label, setting: def.label, base: b.value, value: s.value, reason });
    }
  }
  return out;
}
