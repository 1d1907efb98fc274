/** Today's date, YYYY-MM-DD: the default date whose law applies. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
