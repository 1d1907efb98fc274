import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './diagnostics.js';

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);
const CONFIG_NAMES = new Set(['policywright.config.yaml', 'policywright.config.yml']);

/** Expand files and folders into the policy YAML files under them, sorted. */
export function collectPolicyFiles(paths: string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UserError(`${p}: no such file or folder.`);
    }
    if (st.isFile()) out.add(p);
    else walk(p);
  }
  return [...out];

  function walk(dir: string): void {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name) && !CONFIG_NAMES.has(entry.name)) out.add(full);
    }
  }
}

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}
