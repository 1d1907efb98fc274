/**
 * Clock times as schools write them, read to 24-hour "HH:MM": "8.50am", "13:20", "09:10am",
 * "13.00pm" (a 24-hour time with a stray pm), "8.55" and "1.00" (no am/pm: a school-day time,
 * 1 to 6 o'clock is the afternoon), "five to nine", "half past one", "midday", "noon".
 * One parser for every reader of legacy documents, so a notation learnt once is read everywhere.
 */
export interface ClockTime {
  /** Where the time starts in the text, and how long it is written. */
  index: number;
  length: number;
  /** "HH:MM", 24-hour. */
  value: string;
  minutes: number;
}

const DIGITS = /(?<![\d£$.,:/])(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d%:])(?![./]\d)(?![a-z])/gi;
const HOURS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const PAST: Record<string, number> = { five: 5, ten: 10, quarter: 15, twenty: 20, 'twenty-five': 25, 'twenty five': 25, half: 30 };
const HOUR_WORD = Object.keys(HOURS).join('|');
/** "five to nine", "quarter past eight", "half past one", "nine o'clock", "midday", "noon". */
const WORDS = new RegExp(
  `\\b(?:(five|ten|quarter|twenty(?:[- ]five)?|half)\\s+(past|to)\\s+(${HOUR_WORD})|(${HOUR_WORD})\\s+o['’]?clock|(midday|noon))\\b(?!\\s+(?:days?|weeks?|months?|years?|minutes?|hours?|sessions?|times|per\\s?cent|pupils|children)\\b)(?:\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![a-z]))?`,
  'gi',
);

interface Raw {
  index: number;
  length: number;
  h: number;
  m: number;
  suffix: string;
  /** Written as a 24-hour time ("08:45", "13:20"): no am/pm to infer. */
  fixed: boolean;
}

/** Every clock time in `text`, in order. Numbers that are not times (money, percentages, dates, section numbers) are left out. */
export function clockTimes(text: string): ClockTime[] {
  const raw: Raw[] = [...digitTimes(text), ...wordTimes(text)].sort((a, b) => a.index - b.index);
  // In a range such as "8.50-9.20am" the am of the end applies to the start too.
  raw.forEach((t, i) => {
    const next = raw[i + 1];
    if (!t.suffix && !t.fixed && next?.suffix && /^\s*(-|–|—|to|until)\s*$/i.test(text.slice(t.index + t.length, next.index)))
      t.suffix = next.suffix;
  });
  return raw.map((t) => {
    let h = t.h;
    if (t.suffix === 'pm' && h < 12) h += 12;
    else if (t.suffix === 'am' && h === 12) h = 0;
    else if (!t.suffix && !t.fixed && h >= 1 && h <= 6) h += 12;
    return {
      index: t.index,
      length: t.length,
      minutes: h * 60 + t.m,
      value: `${String(h).padStart(2, '0')}:${String(t.m).padStart(2, '0')}`,
    };
  });
}

function digitTimes(text: string): Raw[] {
  const out: Raw[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const [whole, hh, mm, suffix] = m;
    if (!mm && !suffix) continue;
    const h = Number(hh);
    const min = Number(mm ?? '0');
    if (h > 23 || min > 59) continue;
    let s = (suffix ?? '').toLowerCase().replace(/\./g, '');
    if (s && h === 0) continue;
    // "13.00pm": a 24-hour time with pm added; "13am" is not a time.
    if (s && h > 12) {
      if (s === 'am' || !mm) continue;
      s = '';
    }
    out.push({
      index: m.index!,
      length: whole.trimEnd().length,
      h,
      m: min,
      suffix: s,
      fixed: !s && ((hh!.length === 2 && hh!.startsWith('0')) || h >= 13),
    });
  }
  return out;
}

function wordTimes(text: string): Raw[] {
  const out: Raw[] = [];
  for (const m of text.matchAll(WORDS)) {
    const [whole, minuteWord, direction, hourWord, oclock, noon, suffix] = m;
    const s = (suffix ?? '').toLowerCase().replace(/\./g, '');
    let h: number;
    let min = 0;
    if (noon) {
      h = 12;
      if (s) continue;
    } else if (oclock) h = HOURS[oclock.toLowerCase()]!;
    else {
      h = HOURS[hourWord!.toLowerCase()]!;
      const past = PAST[minuteWord!.toLowerCase().replace(/\s+/, ' ')]!;
      if (direction!.toLowerCase() === 'past') min = past;
      else {
        h = h === 1 ? 12 : h - 1;
        min = 60 - past;
      }
    }
    out.push({ index: m.index!, length: whole.length, h, m: min, suffix: s, fixed: Boolean(noon) });
  }
  return out;
}
