import { ReadInput, type ReadInputProps, type TextReading } from './read-input.js';
import { readUkTime, showUkTime, TIME_HELP } from './uk-time.js';

const TIME: TextReading = {
  read: readUkTime,
  show: showUkTime,
  what: 'a time',
  help: TIME_HELP,
  placeholder: 'for example 08:40',
  className: 'time',
};

/** A time typed as text ("08:40", "8.40", "1:30pm"); the file gets the 24-hour "HH:MM". */
export function UkTimeInput(props: ReadInputProps) {
  return <ReadInput reading={TIME} {...props} />;
}
