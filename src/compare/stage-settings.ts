import { triggerText } from '../render/parts/escalation.js';
import type { SettingDef, Reading } from './settings.js';
import type { Subject } from './subjects.js';

/**
 * One row per escalation stage id found in any column (the trust base's order first): when the
 * stage starts, written from the machine-readable triggers, so a changed value shows even where
 * the school kept the old wording.
 */
export function stageSettings(subjects: Subject[]): SettingDef[] {
  const ids: string[] = [];
  const names = new Map<string, string>();
  for (const s of subjects) {
    for (const stage of s.loaded.data.escalation?.stages ?? []) {
      if (!ids.includes(stage.id)) ids.push(stage.id);
      if (!names.has(stage.id)) names.set(stage.id, stage.name);
    }
  }
  const count: SettingDef = {
    id: 'stage-count',
    group: 'Escalation',
    label: 'Number of escalation stages',
    read: (s) => ({ value: String(s.loaded.data.escalation?.stages?.length ?? 0), pointers: ['/escalation/stages'] }),
  };
  return [
    count,
    ...ids.map((id): SettingDef => ({
      id: `stage-${id}`,
      group: 'Escalation',
      label: `${names.get(id)} starts when`,
      read: (s): Reading => {
        const stages = s.loaded.data.escalation?.stages ?? [];
        const i = stages.findIndex((st) => st.id === id);
        const stage = stages[i];
        if (!stage) return { value: null, pointers: ['/escalation/stages'] };
        const words = (stage.triggers ?? []).map((t) => triggerText({ ...t, text: undefined }));
        return {
          value: words.length ? words.join(', or ') : 'No trigger given',
          pointers: [`/escalation/stages/${i}/triggers`, `/escalation/stages/${i}`],
        };
      },
    })),
  ];
}
