import type { Diagnostic } from '../core/diagnostics.js';
import type { FoundDiagnostic } from '../lint/context.js';
import type { FindingView } from './findings.js';

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

/** "persistent_absence_pct" → "Persistent absence pct", as the form labels a field. */
function setting(pointer: string): string {
  const key =
    pointer
      .split('/')
      .filter((k) => !/^\d+$/.test(k))
      .pop() ?? '';
  const s = key.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const show = (v: unknown) => (v === undefined ? 'not set' : typeof v === 'string' ? `“${v}”` : String(v));

/** What a suggestion would change, in words a head teacher reads. */
export function describeSuggestion(suggestion: NonNullable<FoundDiagnostic['suggestion']>, data: unknown): string {
  if ('replace' in suggestion) return `Replace “${suggestion.replace.from}” with “${suggestion.replace.to}”`;
  return `${setting(suggestion.pointer)}: from ${show(valueAt(data, suggestion.pointer))} to ${show(suggestion.value)}`;
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
