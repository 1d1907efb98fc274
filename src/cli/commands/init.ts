import { todayIso } from '../../core/dates.js';
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
    today: todayIso(),
  });
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileAtomic(file, text, { exclusive: true });
  io.out(`Wrote ${displayPath(file)}. Next: fill in the TODO lines, then run \`policywright validate ${displayPath(file)}\`.`);
  return EXIT.ok;
}
