import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../core/diagnostics.js';
import { lintFilesHere, type LintFilesOptions } from './parallel.js';

// One lint thread: lints its share of the files and sends the findings back.
const { files, options } = workerData as { files: string[]; options: LintFilesOptions };
try {
  parentPort!.postMessage({ ok: true, results: lintFilesHere(files, options) });
} catch (e) {
  parentPort!.postMessage({
    ok: false,
    message: (e as Error).message,
    userError: e instanceof UserError,
    position: e instanceof UserError ? e.position : undefined,
  });
}
