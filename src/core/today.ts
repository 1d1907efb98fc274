/** Today's local date, YYYY-MM-DD: the default date whose law applies (kept free of imports so start-up stays short). */
export function today(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
