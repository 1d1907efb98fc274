import { dayVariants, type DayVariant, type EffectiveDay } from '../../core/model.js';
import type { Policy } from '../../types/policy.js';
import { text, time, type Line, type Part } from '../blocks.js';

/** The rows of the table: each time of the day that any school or group sets. */
const TIMES: Array<{ label: string; cell: (d: EffectiveDay) => Line | undefined }> = [
  { label: 'Gates open', cell: (d) => at(d.gates_open) },
  { label: 'Gates close', cell: (d) => at(d.gates_close) },
  { label: 'School day starts', cell: (d) => at(d.starts) },
  { label: 'Morning register opens', cell: (d) => at(d.registers?.morning?.opens) },
  { label: 'Morning register closes', cell: (d) => at(d.registers?.morning?.closes) },
  { label: 'Lunch', cell: (d) => span(d.lunch?.starts, d.lunch?.ends) },
  { label: 'Afternoon register opens', cell: (d) => at(d.registers?.afternoon?.opens) },
  { label: 'Afternoon register closes', cell: (d) => at(d.registers?.afternoon?.closes) },
  { label: 'School day ends', cell: (d) => at(d.ends) },
];

function at(t: string | undefined): Line | undefined {
  return t ? [time(t)] : undefined;
}

/** "12 noon to 1:00pm", or whichever end is known. */
function span(from: string | undefined, to: string | undefined): Line | undefined {
  if (from && to) return [time(from), text(' to '), time(to)];
  if (from) return [text('From '), time(from)];
  if (to) return [text('Until '), time(to)];
  return undefined;
}

/** One column per school and per group with its own times, one row per time of day. */
export function schoolTimesPart(policy: Policy): Part | undefined {
  const variants = dayVariants(policy);
  const rows = TIMES.filter((t) => variants.some((v) => t.cell(v.day))).map((t) => [
    [[text(t.label)]],
    ...variants.map((v) => {
      const line = t.cell(v.day);
      return line ? [line] : [];
    }),
  ]);
  if (rows.length === 0) return undefined;
  const several = (policy.schools?.length ?? 0) > 1;
  return {
    id: 'school-times',
    title: 'Times of the school day',
    blocks: [
      { type: 'table', caption: 'Times of the school day', columns: ['Time', ...variants.map((v) => columnName(v, several))], rows },
    ],
  };
}

function columnName(v: DayVariant, several: boolean): string {
  const school = v.school?.short_name ?? v.school?.name ?? 'All pupils';
  if (!v.group) return v.school?.groups?.some((g) => g.school_day) ? `${school}${several ? '' : ' (all other classes)'}` : school;
  const group = `${v.group.name}${yearGroups(v.school?.groups?.find((g) => g.id === v.group?.id)?.year_groups)}`;
  return several ? `${school}: ${group}` : group;
}

function yearGroups(years: string[] | undefined): string {
  if (!years?.length) return '';
  const named = years.map((y) => (y === 'R' ? 'Reception' : `Year ${y}`));
  return named.length === 1 && named[0] === 'Reception' ? '' : ` (${named.join(', ')})`;
}
