import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the rest of the code says about templates it does not share with letters: the helpers each
 * feature registers and the field names its view models declare. Read from the package's own code,
 * because other features keep their handlebars setup private.
 */

/** The folder of compiled code (src when run from source, dist when installed). */
const CODE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function codeFiles(): string[] {
  return readdirSync(CODE_ROOT, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.test.ts') && !e.name.endsWith('.map'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

/**
 * Helpers every feature registers. Their registration is private to each feature's module
 * (render/templates, report/templates), so the names are read from the code.
 */
export function registeredHelpers(files: string[]): Set<string> {
  const names = new Set<string>();
  for (const f of files.filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts'))) {
    const text = readFileSync(f, 'utf8');
    if (!text.includes('registerHelper')) continue;
    for (const m of text.matchAll(/registerHelper\(\s*['"]([\w-]+)['"]/g)) names.add(m[1]!);
  }
  return names;
}

/**
 * Property names the code declares (interface members and object-literal keys): the view models
 * of the other features' templates. Installed, the declarations list every field; from source, the TypeScript.
 */
export function declaredFieldNames(files: string[]): string[] {
  const dts = files.filter((f) => f.endsWith('.d.ts'));
  const sources = dts.length ? dts : files.filter((f) => f.endsWith('.ts'));
  const names: string[] = [];
  for (const f of sources) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:^|[\s{;,(])(?:readonly\s+)?([A-Za-z_$][\w$]*)\??\s*:/g)) names.push(m[1]!);
    for (const m of text.matchAll(/[{,]\s*([A-Za-z_$][\w$]*)\s*(?=[,}])/g)) names.push(m[1]!);
  }
  return names;
}
