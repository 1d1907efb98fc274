import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../core/diagnostics.js';
import { displayPath } from '../../core/files.js';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { packagePath } from '../../core/schema-files.js';
import { relativeForYaml, starterPolicy } from '../../init/starter.js';
import { EXIT, type CliIO } from '../io.js';

export function runInit(file: string, opts: { school?: string; extends?: string }, io: CliIO): number {
  if (existsSync(file)) {
    throw new UserError(`${file} already exists. policywright init never overwrites a file: choose another name or move the old file first.`);
  }
  if (opts.extends && !existsSync(opts.extends)) {
    throw new UserError(`The trust base ${opts.extends} does not exist.`);
  }
  const text = starterPolicy({
    school: opts.school,
    extendsPath: opts.extends ? relativeForYaml(file, opts.extends) : undefined,
    schemaPath: relativeForYaml(file, packagePath('schemas', 'policy.schema.json')),
    today: new Date().toISOString().slice(0, 10),
  });
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileAtomic(file, text, { exclusive: true });
  io.out(`Wrote ${displayPath(file)}, a draft. Next: replace each GUIDANCE: paragraph with your own words and fill in the TODO lines; \`policywright lint ${displayPath(file)}\` names what is left. Every page is marked DRAFT until governors approve it (then set document.status: approved and document.approved_on).`);
  return EXIT.ok;
}
