import { useEffect, useRef, useState } from 'react';
import { DATE_HELP, readUkDate, showUkDate } from './uk-date.js';

/**
 * A date typed as text ("22 September 2026" or 22/09/2026), not the browser's date picker, whose
 * order follows the browser's language (month first in an American browser). `onChange` gets
 * YYYY-MM-DD, or undefined when emptied, as soon as the text is a whole date; text that is not
 * one is kept in the box and passed on when the user leaves it, so nothing typed is lost.
 */
export function UkDateInput({
  id,
  value,
  onChange,
  required,
  disabled,
  describedBy,
  onBlur,
  onFocus,
}: {
  id: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  required?: boolean;
  disabled?: boolean;
  describedBy?: string;
  onBlur?: (value: string) => void;
  onFocus?: (value: string) => void;
}) {
  const [text, setText] = useState(() => showUkDate(value ?? ''));
  const [unread, setUnread] = useState(false);
  const focused = useRef(false);
  // A value changed from outside (a fix, "Override here") is shown, unless the user is typing.
  useEffect(() => {
    if (!focused.current && readUkDate(text) !== value && text !== value) {
      setText(showUkDate(value ?? ''));
      setUnread(false);
    }
    // Only a new value from outside should reset the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const helpId = `${id}__date-help`;
  return (
    <>
      <input
        type="text"
        id={id}
        className="date"
        inputMode="text"
        autoComplete="off"
        value={text}
        required={required}
        disabled={disabled}
        placeholder="for example 22 September 2026"
        aria-invalid={unread || undefined}
        aria-describedby={[describedBy, unread ? helpId : undefined].filter(Boolean).join(' ') || undefined}
        onFocus={(e) => {
          focused.current = true;
          onFocus?.(e.target.value);
        }}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          const iso = readUkDate(t);
          if (iso) {
            setUnread(false);
            if (iso !== value) onChange(iso);
          } else if (!t.trim()) {
            setUnread(false);
            if (value !== undefined) onChange(undefined);
          }
        }}
        onBlur={(e) => {
          focused.current = false;
          const t = e.target.value;
          const iso = readUkDate(t);
          if (iso) setText(showUkDate(iso));
          else if (t.trim()) {
            setUnread(true);
            if (t !== value) onChange(t);
          }
          onBlur?.(t);
        }}
      />
      {unread && (
        <p className="field-error" id={helpId}>
          “{text.trim()}” is not a date. {DATE_HELP}
        </p>
      )}
    </>
  );
}
