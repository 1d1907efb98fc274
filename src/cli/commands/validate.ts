import { collectPolicyFiles, displayPath } from '../../core/files.js';
import { checkPolicyFile } from '../../validate/index.js';
import { EXIT, formatDiagnosticLine, sortDiagnostics, type CliIO, useColor } from '../io.js';

export function runValidate(paths: string[], io: CliIO): number {
  const files = collectPolicyFiles(paths);
  if (files.length === 0) {
    io.err('No policy files (.yaml or .yml) found in the paths given.');
    return EXIT.cannotRun;
  }
  let invalid = 0;
  let unreadable = 0;
  for (const file of files) {
    const { diagnostics, unreadable: cannotRead } = checkPolicyFile(file);
    if (cannotRead) unreadable++;
    if (diagnostics.length === 0) {
      io.out(`✓ ${displayPath(file)} is valid`);
      continue;
    }
    invalid++;
    for (const d of sortDiagnostics(diagnostics)) io.out(formatDiagnosticLine(d, useColor(io)));
  }
  io.out(`\n${files.length} file${files.length === 1 ? '' : 's'} checked: ${files.length - invalid} valid, ${invalid} with problems.`);
  if (unreadable) return EXIT.cannotRun;
  return invalid ? EXIT.findings : EXIT.ok;
}
