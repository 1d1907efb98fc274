import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Files shipped with the package (schemas, templates, rule data), found relative to this module. */
export function packagePath(...parts: string[]): string {
  return fileURLToPath(new URL(`../../${parts.join('/')}`, import.meta.url));
}

let policySchema: Record<string, unknown> | undefined;
export function loadPolicySchema(): Record<string, unknown> {
  policySchema ??= JSON.parse(readFileSync(packagePath('schemas', 'policy.schema.json'), 'utf8')) as Record<string, unknown>;
  return policySchema;
}
