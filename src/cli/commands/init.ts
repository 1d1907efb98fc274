import { todayIso } from '../../core/dates.js';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../core/diagnostics.js';
import { ROOT_MARKERS } from '../../core/project-root.js';
import { displayPath } from '../../core/files.js';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { packagePath } from '../../core/schema-files.js';
import { relativeForYaml, starterPolicy } from '../../init/starter.js';
import { EXIT, type CliIO } from '../io.js';

/** Marks the folder of a trust base as the project folder, so schools' files below it can extend it. */
function rootMarker(trust: string): string {
  return [
    `# The project folder of ${trust}'s attendance policies. Policies in this folder and below may`,
    '# extend files anywhere in it (for example `extends: ../trust-base.yaml`), and lint reads its',
    '# settings and justified exceptions from here (see the README, "Configuration").',
    'rules: {}',
    '',
  ].join('\n');
}

export function runInit(file: string, opts: { school?: string; extends?: string; trust?: string }, io: CliIO): number {
  if (opts.trust !== undefined && opts.extends)
    throw new UserError('Use --trust to start a trust base, or --extends to start a school that builds on one, not both.');
  if (opts.trust !== undefined && !opts.trust.trim())
    throw new UserError('Give the name of the trust, for example --trust "Riverbend Learning Trust".');
  if (existsSync(file)) {
    throw new UserError(
      `${file} already exists. policywright init never overwrites a file: choose another name or move the old file first.`,
    );
  }
  if (opts.extends && !existsSync(opts.extends)) {
    throw new UserError(`The trust base ${opts.extends} does not exist.`);
  }
  const text = starterPolicy({
    school: opts.school,
    extendsPath: opts.extends ? relativeForYaml(file, opts.extends) : undefined,
    schemaPath: relativeForYaml(file, packagePath('schemas', 'policy.schema.json')),
    today: todayIso(),
    ...(opts.trust ? { trust: opts.trust.trim() } : {}),
  });
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileAtomic(file, text, { exclusive: true });
  io.out(
    `Wrote ${displayPath(file)}, a draft. Next: replace each GUIDANCE: paragraph with your own words and fill in the TODO lines; \`policywright lint ${displayPath(file)}\` names what is left. Every page is marked DRAFT until governors approve it (then set document.status: approved and document.approved_on).`,
  );
  if (opts.trust) {
    const marker = path.join(path.dirname(path.resolve(file)), ROOT_MARKERS[0]);
    if (!existsSync(marker)) {
      writeFileAtomic(marker, rootMarker(opts.trust.trim()), { exclusive: true });
      io.out(
        `Wrote ${displayPath(marker)}: it marks this folder as the project folder, so schools' files in it and below can extend the trust base.`,
      );
    }
    io.out(
      `Start a school with: policywright init --school "School name" --extends ${displayPath(file)} ${displayPath(path.join(path.dirname(file), 'schools', 'school-name.yaml'))}`,
    );
  }
  return EXIT.ok;
}
