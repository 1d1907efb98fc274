import type { FindingData } from '../../core/diagnostics.js';
import { fillMessage } from '../../lint/messages.js';

/**
 * What the template check says, by id, with `{{name}}` filled from a finding's data as a lint
 * rule's messages are: the template-placeholders rule shows these same words, and `letters check`
 * prints them.
 */
export const TEMPLATE_MESSAGES = {
  unreadable: 'The template cannot be read here. {{problem}}',
  notAHelper: '"{{name}}" is not a helper these templates know, so it cannot be given arguments.',
  noPartial: 'There is no partial "{{name}}".',
  unknownVariable: '"{{name}}" is not one of the @ names the templates provide.',
  unknownField: 'Unknown placeholder "{{{{placeholder}}}}": "{{walked}}" has no field "{{field}}".',
  unknownFieldInScope: 'Unknown placeholder "{{{{placeholder}}}}": the data in scope here has no field "{{field}}".',
};

export type TemplateMessageId = keyof typeof TEMPLATE_MESSAGES;

/** What to do about each, by the same ids ({{suggestion}} is a near spelling or the fields there). */
export const TEMPLATE_HINTS: Record<string, string> = {
  unreadable: '{{fix}}',
  notAHelper: 'Known helpers: {{helpers}}.',
  noPartial: 'Partials here: {{partials}}.',
  unknownVariable: 'Use @index, @first, @last, @key or @root.',
  unknownField: '{{suggestion}}',
  unknownFieldInScope: '{{suggestion}}',
};

/** The words of a template finding and its hint. */
export function templateMessage(id: TemplateMessageId, data: FindingData): { message: string; hint?: string } {
  const message = fillMessage({ id: 'template-placeholders', messages: TEMPLATE_MESSAGES }, id, data);
  const hint = TEMPLATE_HINTS[id];
  return hint === undefined
    ? { message }
    : { message, hint: fillMessage({ id: 'template-placeholders', messages: { hint } }, 'hint', data) };
}
