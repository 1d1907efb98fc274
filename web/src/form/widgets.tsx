import { useEffect, useLayoutEffect, useRef } from 'react';
import type { WidgetProps } from '@rjsf/utils';
import { EditorView, keymap } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import type { FormContext } from './templates.js';
import { UkDateInput } from './date-input.js';
import { UkTimeInput } from './time-input.js';

/** A form widget for a value typed as text and read into the file's form (a date or a time). */
function textReadingWidget(Input: typeof UkDateInput) {
  return function TextReadingWidget({ id, value, onChange, onBlur, onFocus, disabled, readonly, required }: WidgetProps) {
    return (
      <Input
        id={id}
        value={typeof value === 'string' ? value : undefined}
        onChange={onChange}
        required={required}
        disabled={disabled || readonly}
        describedBy={`${id}__description`}
        onBlur={(v) => onBlur(id, v)}
        onFocus={(v) => onFocus(id, v)}
      />
    );
  };
}

/** Dates as "22 September 2026" or 22/09/2026 whatever the browser's language; the file keeps YYYY-MM-DD. */
export const DateWidget = textReadingWidget(UkDateInput);

/** Times as "08:40", "8.40" or "1:30pm" whatever the browser's language; the file keeps the 24-hour "HH:MM". */
export const TimeWidget = textReadingWidget(UkTimeInput);

/** A Markdown editor for a prose section, with a picker that inserts {{data references}}. */
export function MarkdownWidget({ id, value, onChange, label, registry }: WidgetProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(onChange);
  // The editor's listener calls the newest onChange; kept up to date after each render, before any input.
  useLayoutEffect(() => {
    latest.current = onChange;
  });
  const refInput = useRef<HTMLInputElement>(null);
  const ctx = registry.formContext as FormContext;

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: typeof value === 'string' ? value : '',
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          markdown(),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-labelledby': `${id}__label`, 'aria-multiline': 'true', role: 'textbox', id }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) latest.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => v.destroy();
    // The editor is created once; later outside changes arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    const text = typeof value === 'string' ? value : '';
    if (v && v.state.doc.toString() !== text) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
  }, [value]);

  const insert = () => {
    const v = view.current;
    const path = refInput.current?.value.trim();
    if (!v || !path) return;
    const sel = v.state.selection.main;
    v.dispatch({ changes: { from: sel.from, to: sel.to, insert: `{{${path}}}` }, selection: { anchor: sel.from + path.length + 4 } });
    v.focus();
  };

  return (
    <div className="markdown-editor">
      <div className="editor" ref={host} />
      <div className="ref-picker">
        <label htmlFor={`${id}__ref`}>Insert a value from the policy</label>
        <input
          id={`${id}__ref`}
          ref={refInput}
          list="policy-references"
          placeholder="for example school.school_day.registers.morning.closes"
        />
        <button type="button" onClick={insert}>
          Insert
        </button>
      </div>
      <span className="visually-hidden">{label}</span>
      {ctx.references.length === 0 && (
        <p className="muted small">Values become available once the policy has no errors that stop it being read.</p>
      )}
    </div>
  );
}
