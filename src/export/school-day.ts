import { minutes, type EffectiveDay } from '../core/model.js';
import type { ExportDay, ExportRegister, TimeOrNull } from './types.js';

const t = (v: string | undefined): TimeOrNull => v ?? null;

function register(w: { opens?: string; closes?: string } | undefined): ExportRegister {
  const opens = minutes(w?.opens);
  const closes = minutes(w?.closes);
  return { opens: t(w?.opens), closes: t(w?.closes), openMinutes: opens !== undefined && closes !== undefined ? closes - opens : null };
}

/** One resolved school day, with the sessions spelt out so a tracker need not derive them. */
export function exportDay(day: EffectiveDay): ExportDay {
  return {
    gatesOpen: t(day.gates_open),
    gatesClose: t(day.gates_close),
    starts: t(day.starts),
    ends: t(day.ends),
    lunch: { starts: t(day.lunch?.starts), ends: t(day.lunch?.ends) },
    sessions: {
      morning: { starts: t(day.starts), ends: t(day.lunch?.starts) },
      afternoon: { starts: t(day.lunch?.ends), ends: t(day.ends) },
    },
    registers: { morning: register(day.registers?.morning), afternoon: register(day.registers?.afternoon) },
  };
}
