import { GUIDANCE_MARKER } from '../../core/guidance-marker.js';
import { defineRule } from '../define-rule.js';
import { stringsWhere } from '../policy-facts.js';
import { settingName } from '../setting-name.js';

/** A paragraph of guidance: from the marker to the end of its paragraph. */
const GUIDANCE = new RegExp(`${GUIDANCE_MARKER}[^\\n]*(?:\\n(?![ \\t]*\\n)[^\\n]*)*`, 'g');

const quote = (text: string) => {
  const words = text.slice(GUIDANCE_MARKER.length).replace(/\s+/g, ' ').trim();
  return words.length > 90 ? `${words.slice(0, 87)}…` : words;
};

/**
 * `policywright init` writes a starter policy whose sections hold guidance for the writer, each
 * paragraph marked "GUIDANCE:". Guidance is not policy: left in, it would tell parents "Keep it
 * short and warm". Every paragraph still there is named, and a document holding one is never written.
 */
export const rule = defineRule({
  meta: {
    id: 'starter-guidance-left',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/**'],
    title: 'No starter guidance is left in the policy',
    explanation: `A new policy from \`policywright init\` has guidance for the person writing it, in paragraphs that start with the word GUIDANCE in capitals and a colon. It explains what each section should say and which parts the tables made from the data already say. Replace each with the school's own words, then delete it. policywright will not build a document that still has guidance in it.`,
    citations: [
      {
        source: 'Working together to improve school attendance (2024)',
        paragraph: 'chapter 2: a clear attendance policy that staff, pupils and parents understand',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Has every section of the starter policy been written in our own words, with no guidance text left in?',
    messages: {
      sectionGuidance: "The section “{{section}}” still has the starter's guidance: “{{guidance}}”",
      valueGuidance: "The setting “{{field}}” still holds the starter's guidance: “{{guidance}}”",
    },
    hints: {
      sectionGuidance: 'Write what it asks for in the school’s own words, then delete the guidance paragraph.',
      valueGuidance: 'Put the school’s own value here.',
    },
  },
  check(ctx) {
    for (const section of ctx.sections) {
      for (const m of section.body.matchAll(GUIDANCE)) {
        ctx.report({
          at: section.at(m.index!, m[0].length),
          messageId: 'sectionGuidance',
          data: { section: section.title, guidance: quote(m[0]) },
        });
      }
    }
    // Values in the data that the starter left for the school to fill. The starter writes the marker
    // as it is, so a policy whose files do not hold it anywhere has none to find.
    const sources = [...ctx.loaded.sources.values()];
    if (sources.length > 0 && !sources.some((s) => s.text.includes(GUIDANCE_MARKER))) return;
    for (const { pointer, value } of stringsWhere(ctx.policy, '', (v) => v.includes(GUIDANCE_MARKER))) {
      if (pointer.startsWith('/sections/')) continue;
      ctx.report({
        pointer,
        messageId: 'valueGuidance',
        data: { field: settingName(ctx.policy, pointer), guidance: quote(value.slice(value.indexOf(GUIDANCE_MARKER))) },
      });
    }
  },
});
