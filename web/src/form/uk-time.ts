import { clockTimes } from '../../../src/text/clock-times.js';

/**
 * Times as people in England write them, whatever the browser's language (an American browser's own
 * time field shows "09:40 AM"): "08:40", "8:40", "8.40", "8:40am", "1:30pm", "13:30" and "noon" are
 * read, with the same reader that reads times in Word policies. The file and the box keep the
 * 24-hour "HH:MM" the schema asks for.
 */
export function readUkTime(text: string): string | undefined {
  // "12 noon" is how the policy itself writes midday.
  const t = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^12 (noon|midday)$/i, '$1');
  if (!t) return undefined;
  const found = clockTimes(t);
  // The whole text must be one time: "9:00 to 9:30" or "noon-ish" is not a time the field can keep.
  const only = found.length === 1 ? found[0]! : undefined;
  return only && only.index === 0 && only.length === t.length ? only.value : undefined;
}

/** A time as the box shows it: "HH:MM" already is; anything else is shown as it is. */
export function showUkTime(value: string): string {
  return value;
}

export const TIME_HELP = 'Write the time on the 24-hour clock, for example 08:40 or 13:30 (8:40am and 1:30pm are read too).';
