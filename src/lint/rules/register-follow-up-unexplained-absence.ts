import { defineRule } from '../define-rule.js';
import { findSentence, someSentence } from '../prose-match.js';

const YOT = /youth\s+(offending|justice)\s+(team|service)?\s*(worker|officer)?|\bYOT\b|\bYJS\b/i;
const SOCIAL_WORKER = /social\s+workers?/i;
const TELL = /\b(inform(s|ed|ing)?|tell|told|notif(y|ies|ied)|contact(s|ed)?|let\s+\w+\s+know|share)\b/i;
const ABSENCE = /absen/i;

export const rule = defineRule({
  meta: {
    id: 'register-follow-up-unexplained-absence',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: ['/absence_reporting/first_day_calling', '/unexplained_absence/notify'],
    title: 'First-day calling, and social worker and youth offending team worker told of unexplained absence',
    explanation:
      'Parents are expected to tell the school on the first day of an absence, and the school should contact them the same day when an absence is not explained ("first day calling"), then keep trying if it continues. Since August 2024 the guidance also expects the school to tell a pupil’s youth offending team worker, not only their social worker, about any unexplained absence.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'chapter 2 (para 52: social worker and youth offending team worker)',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion:
      'Do we contact parents on the first day of an unexplained absence, and do we tell the pupil’s social worker and youth offending team worker?',
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: ['dataNoYotWorker', 'proseNoYotWorker'],
    messages: {
      noFirstDayCalling:
        'The policy says the school does not contact parents on the first day of an unexplained absence. The guidance expects first-day contact, and further contact if the absence continues.',
      dataNoYotWorker:
        'The policy tells a pupil’s social worker about unexplained absence but not their youth offending team worker. Since {{since|date}} the guidance expects both to be told.',
      proseNoYotWorker:
        'The policy tells a pupil’s social worker about unexplained absence but not their youth offending team worker. Since {{since|date}} the guidance expects both to be told.',
    },
    hints: {
      noFirstDayCalling: 'Contact parents on the first day of any unexplained absence and describe how in the policy.',
      dataNoYotWorker: 'Add the youth offending team worker to the people told about unexplained absence.',
      proseNoYotWorker: 'Add the youth offending team worker to the people told about unexplained absence.',
    },
  },
  check(ctx) {
    if (ctx.get('/absence_reporting/first_day_calling') === false) {
      ctx.report({
        pointer: '/absence_reporting/first_day_calling',
        messageId: 'noFirstDayCalling',
      });
    }
    const yot = ctx.law('unexplained_absence.inform_yot_worker');
    const yotExpected = yot?.value === true;
    const notify = ctx.get('/unexplained_absence/notify');
    const list = Array.isArray(notify) ? (notify as string[]) : undefined;
    // The text can say it too: "we will inform their social worker of any unexplained absence".
    const tellsSocialWorker = list?.includes('social_worker') || someSentence(ctx, SOCIAL_WORKER, TELL, ABSENCE);
    const tellsYot = list?.includes('yot_worker') || someSentence(ctx, YOT, TELL, ABSENCE);
    // Only when the policy deals with telling the social worker: then the 2024 addition is the YOT worker.
    if (yotExpected && tellsSocialWorker && !tellsYot) {
      const data = { since: yot!.since };
      const said = list?.includes('social_worker') ? undefined : findSentence(ctx, SOCIAL_WORKER, TELL, ABSENCE);
      if (said) ctx.reportProse(said.block, said.offset, said.length, { messageId: 'proseNoYotWorker', data });
      else ctx.report({ pointer: '/unexplained_absence/notify', messageId: 'dataNoYotWorker', data });
    }
  },
});
