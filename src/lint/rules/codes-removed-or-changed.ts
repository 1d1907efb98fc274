import { defineRule } from '../define-rule.js';
import { codeTable } from '../../law/index.js';
import { codesInUse } from '../policy-facts.js';
import { proseHits } from '../prose-match.js';

/** What changed about each code, in words for parents and staff. */
const CHANGES: Record<string, string> = {
  H: 'Code H (agreed family holiday) no longer exists: leave is granted only in exceptional circumstances and recorded as C.',
  F: 'Code F (agreed extended family holiday) no longer exists: leave is granted only in exceptional circumstances and recorded as C.',
  J: 'Code J (interview) was replaced by J1, a leave of absence for an interview.',
  Y: 'Code Y (unable to attend because of exceptional circumstances) was split into Y1 to Y7, one for each unavoidable cause.',
  X: 'Code X now only means a pupil below or above compulsory school age who is not required to attend; its COVID-19 uses were withdrawn (public health absence is Y6).',
  B: 'Code B is now only for another approved educational activity supervised by someone the school authorises: provision arranged by the local authority is K, and remote or online learning is an absence.',
  T: 'Code T is now only for a mobile child travelling with a parent who travels for work; it is not a code for Gypsy, Roma or Traveller pupils as such.',
  C: 'Code C is now only for leave of absence in exceptional circumstances, not “other authorised circumstances”.',
};

/** What to do instead of a removed code. */
const INSTEAD: Record<string, string> = {
  H: 'Remove H: term-time leave is granted only in exceptional circumstances and recorded as C; a holiday the school did not agree is G.',
  F: 'Remove F: term-time leave is granted only in exceptional circumstances and recorded as C; a holiday the school did not agree is G.',
  J: 'Use J1 instead.',
  Y: 'Use whichever of Y1 to Y7 fits the cause.',
};

/** Old meanings of codes that are still in the national set. */
const OLD_MEANINGS: Record<string, (meaning: string) => boolean> = {
  X: (m) => /covid|coronavirus/i.test(m),
  B: (m) =>
    /(online|remote|virtual|home)\s*(learning|tuition|provision|education|school)|\bonline\b|local\s+authority|\bLA\b|alternative\s+provision/i.test(
      m,
    ),
  T: (m) => /gypsy|roma|traveller/i.test(m) && !/trade|business|occupation|work|employ|job/i.test(m),
  C: (m) => /other\s+authori[sz]ed\s+circumstances/i.test(m),
};

/** Messages by id, made from the tables above: a removed code in the data (removedH…), an old meaning
 * in the data (oldMeaningX…), either in the text (proseH…). */
const REMOVED = ['H', 'F', 'J', 'Y'];
const NARROWED = ['X', 'B', 'T', 'C'];
const messages: Record<string, string> = {};
const hints: Record<string, string> = {};
for (const code of REMOVED) {
  messages[`removed${code}`] = `${CHANGES[code]} It was removed from the national codes on {{removed|date}}.`;
  hints[`removed${code}`] = INSTEAD[code]!;
  messages[`prose${code}`] = CHANGES[code]!;
  hints[`prose${code}`] = INSTEAD[code]!;
}
for (const code of NARROWED) {
  messages[`oldMeaning${code}`] = `The policy says ${code} means “{{meaning}}”. ${CHANGES[code]}`;
  hints[`oldMeaning${code}`] = 'Use the 2024 meaning: {{national}}.';
  // B's old meanings are found in the text by codes-approved-educational-activity.
  if (code === 'B') continue;
  messages[`prose${code}`] = CHANGES[code]!;
  hints[`prose${code}`] = `Use the 2024 meaning of ${code}: {{national}}.`;
}

const PROSE: Array<[string, RegExp]> = [
  ['H', /\bcode\s*\W?(?<code>H)\W?\b[^.]{0,40}holiday/gi],
  ['H', /(?<=^|\s)\W?(?<code>H)\W?\s+code\b/gi],
  ['H', /\b(?<code>H)\s*[-–:=]\s*(agreed|authori[sz]ed)\s+(family\s+)?holiday/gi],
  ['F', /\b(?<code>F)\s*[-–:=]\s*(agreed\s+)?extended\s+(family\s+)?holiday/gi],
  ['J', /\b(?<code>J)\s*[-–:=]\s*interview/gi],
  ['Y', /\b(?<code>Y)\s*[-–:=]\s*(unable\s+to\s+attend|enforced\s+closure|exceptional\s+circumstances)/gi],
  ['X', /\b(?<code>X)\s*[-–:=][^.\n]{0,60}(covid|coronavirus)/gi],
  ['T', /\b(?<code>T)\s*[-–:=]\s*(gypsy|traveller|roma)/gi],
  ['C', /\b(?<code>C)\s*[-–:=]\s*other\s+authori[sz]ed\s+circumstances/gi],
];
/** The sentence says the code is gone or changed. */
const SAYS_CHANGED = /\b(remov|withdr[ae]w|abolish|discontinu|split|renam|obsolete|inactive)\w*|\bno\s+longer\b|\bnot\s+used\b/i;

export const rule = defineRule({
  meta: {
    id: 'codes-removed-or-changed',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/codes_in_use/*/code', '/codes_in_use/*/meaning'],
    title: 'No codes H, F, J or Y; no old meanings of X, B, T or C',
    explanation:
      'The national codes changed on 19 August 2024. H (agreed holiday) was removed, F had already gone in 2013, J became J1, and Y was split into Y1 to Y7. X, B, T and C were narrowed: X is no longer used for COVID-19, B is not for local-authority provision or remote learning, T is for children travelling with a parent for work rather than for Traveller pupils generally, and C is only for exceptional circumstances. Policies written before then often still describe the old codes.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 10',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/10',
      },
      { source: 'Working together to improve school attendance (2024)', paragraph: 'attendance codes' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: true,
    governorQuestion: 'Has our policy dropped the old codes H, J and Y and the old meanings of X, B, T and C?',
    messages,
    hints,
  },
  check(ctx) {
    const table = codeTable();
    const removedBy = (code: string) => {
      const r = table.removed[code];
      return r && r.removed <= ctx.asOf ? r : undefined;
    };
    for (const c of codesInUse(ctx)) {
      const removed = removedBy(c.code);
      if (removed) {
        // Only J has a single replacement; H and Y need a person to decide.
        const replacement = removed.instead === 'J1' ? 'J1' : undefined;
        ctx.report({
          pointer: `${c.pointer}/code`,
          messageId: `removed${c.code}`,
          data: { removed: removed.removed },
          ...(replacement ? { fix: { pointer: `${c.pointer}/code`, value: replacement } } : {}),
        });
        continue;
      }
      const old = OLD_MEANINGS[c.code];
      // "B: approved activity (not remote learning)" states the new rule. (X's old label itself begins "Not attending".)
      const denies = (/^[BT]$/.test(c.code) && /\b(not|never|no|except|excluding)\b/i.test(c.meaning)) || SAYS_CHANGED.test(c.meaning);
      if (old && ctx.asOf >= table.effective_from && old(c.meaning) && !denies) {
        ctx.report({
          pointer: `${c.pointer}/meaning`,
          messageId: `oldMeaning${c.code}`,
          data: { code: c.code, meaning: c.meaning, national: table.codes[c.code]!.meaning },
        });
      }
    }
    for (const [code, re] of PROSE) {
      const change = removedBy(code) ?? (table.codes[code] && ctx.asOf >= table.effective_from ? true : undefined);
      if (!change) continue;
      for (const hit of proseHits(ctx, [re], (h) => SAYS_CHANGED.test(h.sentence))) {
        ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, {
          messageId: `prose${code}`,
          ...(table.codes[code] ? { data: { national: table.codes[code].meaning } } : {}),
        });
      }
    }
  },
});
