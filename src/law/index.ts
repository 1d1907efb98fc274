/** The legal parameters as dated data: values in force on a date, their history, what changed, how fresh. */
export {
  lawValue,
  lawHistory,
  staleValues,
  lawKeys,
  lawParameter,
  type LawValue,
  type LawHistoryEntry,
  type LawKey,
  type LawValueTypes,
  type Confidence,
  type LawReference,
  type LawUnit,
} from './law.js';
export { lawChangesBetween, formatLawValue, type LawChange } from './changes.js';
export { lawFreshness, addMonths, FRESH_FOR_MONTHS, type LawFreshness } from './freshness.js';
export { codeTable, type CodeTable } from './codes.js';
