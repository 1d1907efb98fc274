// After tsc: make the CLI entry executable (tsc does not keep file modes) and compile the schema
// validator to plain JavaScript (see scripts/compile-validators.mjs).
import { chmodSync, existsSync } from 'node:fs';
import { compileValidators } from './compile-validators.mjs';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(cli)) chmodSync(cli, 0o755);
compileValidators();
