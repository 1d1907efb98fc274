import { terminalSafe } from './terminal-text.js';

/**
 * Text from a policy or document as plain text in a table cell: HTML is escaped (no tag or image in a
 * quoted sentence is ever shown as one), Markdown punctuation is escaped (no link, image or emphasis),
 * and controls are removed.
 */
export function markdownText(s: string): string {
  return terminalSafe(s)
    .replace(/[\\`*_[\]!|~#]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n|\r/g, ' ');
}
