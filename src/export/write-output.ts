import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../core/atomic-write.js';

/** Write an output file whole (never half-written), making its folder first. */
export function writeOutput(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileAtomic(file, data);
}
