import { dayVariants, minutes, type DayVariant } from '../../core/model.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';
import { clockMinutes, hhmm } from '../../text/times.js';
import { proseHits } from '../prose-match.js';
import { setAt, variantName } from '../policy-facts.js';
import { lawText } from '../../law/law-text.js';

type Session = 'morning' | 'afternoon';
const SESSIONS: Session[] = ['morning', 'afternoon'];

interface Window {
  from: string;
  to: string;
  minutes: number;
  /** Where the start and the close time were set. */
  fromAt: string | undefined;
  toAt: string;
}

/**
 * When a register opens: its own opening time, else the start of its session (the start of the day
 * for the morning, the end of lunch for the afternoon), as the catalogue decides.
 */
function opening(ctx: RuleContext, v: DayVariant, session: Session): { time?: string; at?: string; own: boolean } {
  const own = v.day.registers?.[session]?.opens;
  if (own) return { time: own, at: setAt(ctx, v, `registers/${session}/opens`), own: true };
  const path = session === 'morning' ? 'starts' : 'lunch/ends';
  const time = session === 'morning' ? v.day.starts : v.day.lunch?.ends;
  return time ? { time, at: setAt(ctx, v, path), own: false } : { own: false };
}

const REASONABLE = /reasonable\s+length\s+of\s+time/gi;
const OPEN_FOR = /(?:kept\s+)?open\s+for\s+(?:up\s+to\s+|a\s+maximum\s+of\s+|about\s+)?(\d{2,3})\s+minutes/gi;
const CLOSES_AT = /registers?\s+(?:will\s+)?(?:close|closes|is\s+closed)\s+(?:at\s+)?(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?/gi;

export const rule = defineRule({
  meta: {
    id: 'register-close-time-30-minutes',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: ['/**/school_day/**'],
    title: lawText('Each register open for at most {registers.max_open_minutes}, the same every session, with close times stated'),
    explanation:
      'The DfE expects a policy to say when each register opens and closes. A register should stay open for a reasonable time that is the same for every session, and never longer than 30 minutes. A pupil who arrives while it is open is marked late (L) and counts as present; after it closes they are marked U, an unauthorised absence. Older policies often said registers stay open "for a reasonable length of time" without a close time.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024)',
        paragraph: 'attendance codes, code L (as restated by FFT Education Datalab and Nottinghamshire County Council)',
      },
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 10, Table 1 (code L)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/10',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'medium',
    confidenceNote:
      'Checked again in November 2026 (medium): the 30 minutes is how long the register is open, measured from when it opens, and it is the same for every session. The exact sentence of the guidance was not read (register timing is reported at paragraph 32 of the July 2026 revision). When no opening time is given, this linter measures from the session start.',
    fixable: false,
    governorQuestion:
      'Does our policy say when each register opens and closes, is every register open for 30 minutes or less, and is the window the same morning and afternoon?',
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: ['noCloseTime', 'proseReasonableTime'],
    messages: {
      noCloseTime:
        'The policy says when the {{session}} register opens for {{where}} ({{opens}}) but not when it closes. The close time decides whether a pupil is marked late (L) or absent (U).',
      openTooLong:
        'The {{session}} register for {{where}} is open for {{minutes}} minutes ({{opens}} to {{closes}}). A register should close no more than {{max}} minutes after it opens.',
      openTooLongFromSessionStart:
        'The {{session}} register for {{where}} is open for {{minutes}} minutes ({{opens}} to {{closes}}, counted from the start of the {{session}} session). A register should close no more than {{max}} minutes after it opens.',
      closesBeforeOpens: 'The {{session}} register for {{where}} closes at {{closes}}, before it opens at {{opens}}.',
      windowsDiffer:
        'For {{where}}, the morning register is open for {{morningMinutes}} minutes ({{morningOpens}} to {{morningCloses}}) but the afternoon register for {{afternoonMinutes}} minutes ({{afternoonOpens}} to {{afternoonCloses}}). Registers should be open for the same length of time every session.',
      proseReasonableTime:
        'The policy does not say when registers close. A register should close at a stated time, no more than {{max}} minutes after it opens.',
      proseOpenTooLong:
        'The text keeps a register open for {{minutes}} minutes; a register should close no more than {{max}} minutes after it opens.',
      proseClosesLate:
        'The text says a register closes at {{closes}}, {{minutes}} minutes after the {{session}} register opens ({{opens}}). A register should close no more than {{max}} minutes after it opens.',
    },
    hints: {
      noCloseTime: 'Add the time the {{session}} register closes, no more than {{max}} minutes after it opens.',
      openTooLong: 'Close the {{session}} register by {{closeBy}}, or record a justified exception approved by governors.',
      openTooLongFromSessionStart: 'Close the {{session}} register by {{closeBy}}, or record a justified exception approved by governors.',
      closesBeforeOpens: 'Check the register times.',
      windowsDiffer: 'Use the same register window morning and afternoon, or record why they differ as a justified exception.',
      proseReasonableTime: 'State the time each register closes.',
      proseOpenTooLong: 'Close registers within {{max}} minutes.',
      proseClosesLate: 'Close the {{session}} register by {{closeBy}}.',
    },
  },
  check(ctx) {
    const max = ctx.law('registers.max_open_minutes');
    if (!max) return;
    // A group that inherits the school's times would repeat the school's finding: report each place once.
    const reported = new Set<string>();
    const once = (key: string) => !reported.has(key) && !!reported.add(key);
    for (const v of dayVariants(ctx.policy)) {
      const windows: Partial<Record<Session, Window>> = {};
      for (const session of SESSIONS) {
        const reg = v.day.registers?.[session] ?? {};
        const open = opening(ctx, v, session);
        if (!reg.closes) {
          if (open.own && once(`missing|${open.at}`)) {
            ctx.report({
              pointer: open.at!.replace(/\/opens$/, ''),
              messageId: 'noCloseTime',
              data: { session, where: variantName(v), opens: open.time!, max: max.value },
            });
          }
          continue;
        }
        const toAt = setAt(ctx, v, `registers/${session}/closes`)!;
        const from = minutes(open.time);
        const to = minutes(reg.closes);
        if (from === undefined || to === undefined) continue;
        const w: Window = { from: open.time!, to: reg.closes, minutes: to - from, fromAt: open.at, toAt };
        windows[session] = w;
        if (w.minutes > max.value && once(`long|${w.fromAt}|${toAt}`)) {
          ctx.report({
            pointer: toAt,
            messageId: open.own ? 'openTooLong' : 'openTooLongFromSessionStart',
            data: {
              session,
              where: variantName(v),
              minutes: w.minutes,
              opens: w.from,
              closes: w.to,
              max: max.value,
              closeBy: hhmm(from + max.value),
            },
          });
        } else if (w.minutes < 0 && once(`negative|${w.fromAt}|${toAt}`)) {
          ctx.report({
            pointer: toAt,
            messageId: 'closesBeforeOpens',
            data: { session, where: variantName(v), closes: w.to, opens: w.from },
          });
        }
      }
      const { morning, afternoon } = windows;
      if (morning && afternoon && morning.minutes !== afternoon.minutes && morning.minutes >= 0 && afternoon.minutes >= 0) {
        if (once(`differ|${morning.fromAt}|${morning.toAt}|${afternoon.fromAt}|${afternoon.toAt}`)) {
          ctx.report({
            pointer: afternoon.toAt,
            messageId: 'windowsDiffer',
            data: {
              where: variantName(v),
              morningMinutes: morning.minutes,
              morningOpens: morning.from,
              morningCloses: morning.to,
              afternoonMinutes: afternoon.minutes,
              afternoonOpens: afternoon.from,
              afternoonCloses: afternoon.to,
            },
          });
        }
      }
    }
    checkProse(ctx, max.value);
  },
});

function checkProse(ctx: RuleContext, max: number): void {
  for (const hit of proseHits(ctx, [REASONABLE], (h) => !/regist/i.test(h.sentence))) {
    ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseReasonableTime', data: { max } });
  }
  for (const hit of proseHits(ctx, [OPEN_FOR], (h) => Number(h.match[1]) <= max || !/regist/i.test(h.sentence))) {
    ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, {
      messageId: 'proseOpenTooLong',
      data: { minutes: Number(hit.match[1]), max },
    });
  }
  // A close time in the text, compared with the latest time any register in the data starts for that session.
  const variants = dayVariants(ctx.policy);
  for (const hit of proseHits(ctx, [CLOSES_AT])) {
    const t = clockMinutes(hit.match[1]!, hit.match[2]!, hit.match[3]);
    if (t === undefined) continue;
    const session: Session = t < 12 * 60 ? 'morning' : 'afternoon';
    const starts = variants.map((v) => minutes(opening(ctx, v, session).time));
    if (starts.some((s) => s === undefined)) continue;
    const latest = Math.max(...(starts as number[]));
    if (t - latest <= max) continue;
    ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, {
      messageId: 'proseClosesLate',
      data: { closes: hhmm(t), minutes: t - latest, session, opens: hhmm(latest), max, closeBy: hhmm(latest + max) },
    });
  }
}
