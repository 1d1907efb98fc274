import { displayPath } from '../core/files.js';
import { findProjectRoot } from '../core/project-root.js';
import { CONFIG_FILE, findConfig } from './config.js';

/** One line saying which configuration file the rules were set by, so nobody is surprised by a rule switched off. */
export function configurationNote(files: string[], explicit?: string, projectRoot?: string): string {
  if (explicit) return `Configuration: ${displayPath(explicit)}.`;
  const found = [...new Set(files.map((f) => findConfig(f, projectRoot) ?? ''))];
  const named = found.filter(Boolean).map(displayPath);
  if (!named.length) {
    const roots = [...new Set(files.map((f) => displayPath(projectRoot ?? findProjectRoot(f)) || '.'))];
    return `Configuration: none (no ${CONFIG_FILE} in the project folder ${roots.join(', ')}), so every rule has its usual severity.`;
  }
  const without = files.filter((f) => !findConfig(f, projectRoot)).length;
  return `Configuration: ${named.join(', ')}${without ? ` (${without} file${without === 1 ? '' : 's'} in a project without one use${without === 1 ? 's' : ''} the usual severities)` : ''}.`;
}
