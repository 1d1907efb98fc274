import { CSP_META } from '../render/csp.js';
import type { PolicyDiff, PolicyChange } from './diff-policies.js';
import type { WordPart } from './prose-diff.js';

export const DIFF_FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Control characters from a policy's content never reach a terminal. */
const plain = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');

function heading(d: PolicyDiff): string {
  if (!d.count) return `No changes: ${d.newLabel} says the same as ${d.oldLabel}.`;
  return `${d.count} change${d.count === 1 ? '' : 's'} from ${d.oldLabel} to ${d.newLabel}`;
}

function textWords(parts: WordPart[]): string {
  return parts
    .map((p) => (p.change === 'added' ? `{+${p.text}+}` : p.change === 'removed' ? `[-${p.text}-]` : p.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export function diffToText(d: PolicyDiff): string {
  const lines = [heading(d)];
  for (const t of d.topics) {
    lines.push('', t.topic);
    for (const c of t.changes) {
      lines.push(`  - ${plain(c.text)}`);
      if (c.words) lines.push(`      ${plain(textWords(c.words))}`);
    }
  }
  if (d.topics.some((t) => t.changes.some((c) => c.words)))
    lines.push('', 'In the text, [-words-] were taken out and {+words+} were added.');
  return `${lines.join('\n')}\n`;
}

/** Markdown-safe text: characters Markdown or HTML would read as formatting are escaped. */
const md = (s: string) =>
  plain(s).replace(/[\\`*_~[\]<>&#|]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));

export function diffToMarkdown(d: PolicyDiff): string {
  const lines = [`# ${md(heading(d))}`];
  for (const t of d.topics) {
    lines.push('', `## ${md(t.topic)}`, '');
    for (const c of t.changes) {
      lines.push(`- ${md(c.text)}`);
      if (c.words) {
        const mark = (p: WordPart) => {
          const [, lead, inner, trail] = /^(\s*)((?:[\s\S]*\S)?)(\s*)$/.exec(p.text)!;
          const m = p.change === 'added' ? '**' : '~~';
          return inner ? `${lead}${m}${md(inner)}${m}${trail}` : p.text;
        };
        const words = c.words.map((p) => (p.change === 'same' ? md(p.text) : mark(p))).join('');
        lines.push('', `  > ${words.replace(/\s+/g, ' ').trim()}`, '');
      }
    }
  }
  if (d.topics.some((t) => t.changes.some((c) => c.words)))
    lines.push('', 'In the text, ~~struck-through words~~ were taken out and **bold words** were added.');
  return `${lines.join('\n')}\n`;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function htmlChange(c: PolicyChange): string {
  const words = c.words
    ? `<p class="words">${c.words.map((p) => (p.change === 'added' ? `<ins>${esc(p.text)}</ins>` : p.change === 'removed' ? `<del>${esc(p.text)}</del>` : esc(p.text))).join('')}</p>`
    : '';
  return `<li>${esc(c.text)}${words}</li>`;
}

export function diffToHtml(d: PolicyDiff): string {
  const body = d.topics.map((t) => `<section><h2>${esc(t.topic)}</h2><ul>${t.changes.map(htmlChange).join('')}</ul></section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">${CSP_META}<title>${esc(heading(d))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.5;color:#1b1b1b}ins{background:#d8f0dc;text-decoration:underline}del{background:#fbe0e0;text-decoration:line-through}.words{margin:.3rem 0 .8rem;padding:.4rem .8rem;border-left:3px solid #bbb}</style>
</head><body><main><h1>${esc(heading(d))}</h1>
${body}
${d.topics.some((t) => t.changes.some((c) => c.words)) ? '<p>In the text, <del>struck-through words</del> were taken out and <ins>underlined words</ins> were added.</p>' : ''}
</main></body></html>
`;
}

export function formatDiff(d: PolicyDiff, format: DiffFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(d, null, 2)}\n`;
    case 'markdown':
      return diffToMarkdown(d);
    case 'html':
      return diffToHtml(d);
    default:
      return diffToText(d);
  }
}
