import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../core/diagnostics.js';
import { displayPath } from '../../core/files.js';
import { today } from '../../core/today.js';
import { MAX_DOCX_BYTES, MAX_TEXT_BYTES } from '../../legacy/limits.js';
import { EXIT, type CliIO } from '../io.js';
import type { SetExit } from './index.js';

export function registerImportCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('import')
    .description('Turn an existing Word, Markdown, HTML or plain-text policy into a draft policy YAML to check and finish.')
    .argument('<legacy>', 'the policy document (.docx, .md, .html, .txt)')
    .requiredOption('-o, --output <file>', 'the YAML file to write (never overwritten)')
    .addHelpText(
      'after',
      `
Every value found goes in its field with the line (Word: paragraph) it came from. A "# TODO:" comment
marks each value it did not find, and each value it was unsure of: that value is left out and the
comment quotes the sentence, so a person decides. The prose becomes sections, one per heading.
Documents are read up to ${MAX_TEXT_BYTES / 1024 / 1024} MB (text formats) or ${MAX_DOCX_BYTES / 1024 / 1024} MB (.docx).

Exit codes: 0 written, 2 could not run (including: the output file already exists).

Examples:
  $ policywright import attendance-policy-2023.docx -o policies/schools/from-word.yaml
  $ policywright import old-policy.txt -o draft.yaml && policywright lint draft.yaml`,
    )
    .action(async (file: string, opts: { output: string }) => setExit(await runImport(file, opts.output, io)));
}

export async function runImport(file: string, output: string, io: CliIO): Promise<number> {
  const { writeFileAtomic } = await import('../../core/atomic-write.js');
  const { packagePath } = await import('../../core/schema-files.js');
  const { relativeForYaml } = await import('../../init/starter.js');
  const { extractFacts } = await import('../../legacy/extract/index.js');
  const { draftYaml } = await import('../../legacy/import-yaml.js');
  const { importDraft } = await import('../../legacy/import-draft.js');
  const { legacyBlocks } = await import('../../legacy/prose-blocks.js');
  const { readLegacyDocument } = await import('../../legacy/read-legacy.js');
  const { sectionsOf } = await import('../../legacy/sections.js');
  const { checkPolicyFile } = await import('../../validate/index.js');
  if (existsSync(output))
    throw new UserError(
      `${output} already exists. policywright import never overwrites a file: choose another name or move the old file first.`,
    );
  const doc = await readLegacyDocument(file);
  const blocks = legacyBlocks(doc);
  const { draft, unsure } = importDraft(doc.file, extractFacts(blocks), doc.format === 'docx' ? 'paragraph' : 'line');
  const sections = sectionsOf(doc);
  const { text, summary } = draftYaml(doc, draft, sections, {
    schemaPath: relativeForYaml(output, packagePath('schemas', 'policy.schema.json')),
    today: today(),
  });
  mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  writeFileAtomic(output, text, { exclusive: true });
  io.out(
    `Wrote ${displayPath(output)}: ${sections.length} section${sections.length === 1 ? '' : 's'}, ${summary.values} value${summary.values === 1 ? '' : 's'} found (${unsure} more left as TODO for a person to check).`,
  );
  if (summary.todos.length) {
    io.out(`Needs a person (${summary.todos.length} TODO${summary.todos.length === 1 ? '' : 's'} in the file):`);
    for (const t of summary.todos) io.out(`  - ${t}`);
  }
  const check = checkPolicyFile(output);
  if (check.diagnostics.length) {
    io.err(
      `The draft does not validate yet (${check.diagnostics.length} problem${check.diagnostics.length === 1 ? '' : 's'}); run \`policywright validate ${displayPath(output)}\` to see them.`,
    );
    return EXIT.findings;
  }
  io.out(`Next: check the values, resolve the TODOs, then run \`policywright lint ${displayPath(output)}\`.`);
  return EXIT.ok;
}
