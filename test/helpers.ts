import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Run the CLI in-process and capture what it prints. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (err += t.endsWith('\n') ? t : `${t}\n`),
    isTTY: false,
  });
  return { code, out, err };
}

/** A fresh project folder (with a package.json so it is a project root) holding the given files. */
export function tempProject(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-test-'));
  writeFileSync(path.join(dir, 'package.json'), '{}');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export const ROOT = path.resolve(__dirname, '..');
