// Module hooks for record-modules.mjs (they run on the loader's own thread).
import { appendFileSync } from 'node:fs';

let out;
export function initialize(data) {
  out = data.out;
}
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (out && result.url.startsWith('file:')) appendFileSync(out, `${result.url}\n`);
  return result;
}
