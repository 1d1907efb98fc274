import { useEffect, useRef, useState } from 'react';

/** How one kind of value is typed as text: read into the file's form, shown from it, and explained. */
export interface TextReading {
  /** The value as the file writes it, or undefined when the text is not a whole value. */
  read(text: string): string | undefined;
  /** The file's value as the box shows it. */
  show(value: string): string;
  /** "a date", "a time": what the text is not, when it cannot be read. */
  what: string;
  /** How to write one. */
  help: string;
  placeholder: string;
  className: string;
}

export interface ReadInputProps {
  id: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  required?: boolean;
  disabled?: boolean;
  describedBy?: string;
  onBlur?: (value: string) => void;
  onFocus?: (value: string) => void;
}

/**
 * A value typed as text and read the way people in England write it, not the browser's own date or
 * time picker, whose order and clock follow the browser's language ("9/22/2026", "09:40 AM").
 * `onChange` gets the file's form, or undefined when emptied, as soon as the text is a whole value;
 * text that is not one is kept in the box and passed on when the user leaves it (so the checks name
 * it too), and nothing typed is lost.
 */
export function ReadInput({ reading, ...props }: ReadInputProps & { reading: TextReading }) {
  const { id, value, onChange, required, disabled, describedBy, onBlur, onFocus } = props;
  const [text, setText] = useState(() => reading.show(value ?? ''));
  const [unread, setUnread] = useState(false);
  const focused = useRef(false);
  // A value changed from outside (a fix, "Override here") is shown, unless the user is typing.
  useEffect(() => {
    if (!focused.current && reading.read(text) !== value && text !== value) {
      setText(reading.show(value ?? ''));
      setUnread(false);
    }
    // Only a new value from outside should reset the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const helpId = `${id}__read-help`;
  return (
    <>
      <input
        type="text"
        id={id}
        className={reading.className}
        // Letters are part of what may be typed ("September", "am"), so the full keyboard.
        inputMode="text"
        autoComplete="off"
        value={text}
        required={required}
        disabled={disabled}
        placeholder={reading.placeholder}
        aria-invalid={unread || undefined}
        aria-describedby={[describedBy, unread ? helpId : undefined].filter(Boolean).join(' ') || undefined}
        onFocus={(e) => {
          focused.current = true;
          onFocus?.(e.target.value);
        }}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          const read = reading.read(t);
          if (read) {
            setUnread(false);
            if (read !== value) onChange(read);
          } else if (!t.trim()) {
            setUnread(false);
            if (value !== undefined) onChange(undefined);
          }
        }}
        onBlur={(e) => {
          focused.current = false;
          const t = e.target.value;
          const read = reading.read(t);
          if (read) setText(reading.show(read));
          else if (t.trim()) {
            setUnread(true);
            if (t !== value) onChange(t);
          }
          onBlur?.(t);
        }}
      />
      {unread && (
        <p className="field-error" id={helpId}>
          “{text.trim()}” is not {reading.what}. {reading.help}
        </p>
      )}
    </>
  );
}
