import type { Diagnostic } from '../core/diagnostics.js';
import type { FoundDiagnostic } from '../lint/context.js';
import type { FindingView } from './findings.js';
import { settingName } from '../lint/setting-name.js';

/** A change the school may choose to make (the right value is its decision), shown but never applied by a button. */
export interface SuggestionView {
  /** What the suggestion would change, in words: the setting, its value now and the value suggested. */
  change: string;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

const quoted = (v: unknown) => (typeof v === 'string' ? `“${v}”` : String(v));

/** What a suggestion would change, in words a head teacher reads: the setting by its name in the form. */
export function describeSuggestion(suggestion: NonNullable<FoundDiagnostic['suggestion']>, data: unknown): string {
  if ('replace' in suggestion) return `Replace “${suggestion.replace.from}” with “${suggestion.replace.to}”`;
  // The values follow the name, as in the report: a reference's title is named by the list alone, never "…: title:".
  const name = settingName(data, suggestion.pointer, { schoolWhenSeveral: true, valueFollows: true });
  // A percentage titled "… (%)" says its unit with the numbers instead: "change 15% to 10%".
  const percent = / \(%\)$/.test(name);
  const show = (v: unknown) => (percent && typeof v === 'number' ? `${v}%` : quoted(v));
  const setting = percent ? name.replace(/ \(%\)$/, '') : name;
  const now = valueAt(data, suggestion.pointer);
  return now === undefined
    ? `${setting}: set it to ${show(suggestion.value)}`
    : `${setting}: change ${show(now)} to ${show(suggestion.value)}`;
}

/** The findings with, for each that carries a suggestion, what it would change (views and diagnostics are in the same order). */
export function withSuggestions(
  views: FindingView[],
  diagnostics: Array<Diagnostic | FoundDiagnostic>,
  data: unknown,
): Array<FindingView & { suggestion?: SuggestionView }> {
  return views.map((view, i) => {
    const s = (diagnostics[i] as FoundDiagnostic | undefined)?.suggestion;
    return s && !view.fix && !diagnostics[i]!.excepted ? { ...view, suggestion: { change: describeSuggestion(s, data) } } : view;
  });
}
