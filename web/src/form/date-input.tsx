import { ReadInput, type ReadInputProps, type TextReading } from './read-input.js';
import { DATE_HELP, readUkDate, showUkDate } from './uk-date.js';

const DATE: TextReading = {
  read: readUkDate,
  show: showUkDate,
  what: 'a date',
  help: DATE_HELP,
  placeholder: 'for example 22 September 2026',
  className: 'date',
};

/** A date typed as text ("22 September 2026" or 22/09/2026); the file gets YYYY-MM-DD. */
export function UkDateInput(props: ReadInputProps) {
  return <ReadInput reading={DATE} {...props} />;
}
