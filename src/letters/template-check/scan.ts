import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { packagePath } from '../../core/schema-files.js';
import { anyFieldShape, OTHER_FOLDER, TEMPLATE_FOLDERS, viewShape, type ViewRoot } from './known-fields.js';
import { checkedOnce, recordedFindings } from './recorded.js';
import type { Shape } from './shapes.js';
import { TemplateWalker, type TemplateFinding, type TemplateGroup } from './walk.js';

export type { TemplateFinding };

function hbsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

function partialsIn(dir: string): Map<string, string> {
  const folder = path.join(dir, 'partials');
  return new Map(
    hbsFiles(folder)
      .filter((f) => path.dirname(f) === folder)
      .map((f) => [path.basename(f, '.hbs'), f]),
  );
}

/** Names given to partials as hash arguments (`{{> part partTitle=title}}`): fields of those partials' data. */
function partialHashKeys(files: string[]): string[] {
  const keys: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; hash?: { pairs?: Array<{ key: string }> } };
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.hash?.pairs)
      keys.push(...n.hash.pairs.map((p) => p.key));
    for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v);
  };
  for (const f of files) {
    try {
      visit(Handlebars.parse(readFileSync(f, 'utf8')));
    } catch {
      // Reported by the walker.
    }
  }
  return keys;
}

/**
 * Check every placeholder in every template under `dir` (templates/**.hbs). Each folder is one
 * group with its own partials/ and helpers. Each top-level template is checked path by path
 * against the type of the data its feature passes it (known-fields.ts); partials with the data
 * their call site gives them.
 */
export function scanTemplates(dir = packagePath('templates')): TemplateFinding[] {
  const groups = new Map<string, string[]>();
  for (const f of hbsFiles(dir)) {
    let folder = path.dirname(f);
    if (path.basename(folder) === 'partials') folder = path.dirname(folder);
    groups.set(folder, [...(groups.get(folder) ?? []), f]);
  }
  const findings: TemplateFinding[] = [];
  for (const [folder, files] of groups) {
    const known = TEMPLATE_FOLDERS[path.relative(dir, folder).split(path.sep).join('/')] ?? OTHER_FOLDER;
    const shapeOf = (root: ViewRoot | 'any-field'): Shape =>
      root === 'any-field' ? anyFieldShape(partialHashKeys(files)) : viewShape(root);
    const fallback = shapeOf(known.fallback);
    const group: TemplateGroup = { partials: partialsIn(folder), helpers: new Set(Object.keys(known.helpers)), partialShape: fallback };
    const rootOf = (f: string) => (path.dirname(f) === folder ? known.roots[path.basename(f)] : undefined);
    findings.push(
      ...checkGroup(group, files, (f) => {
        const root = rootOf(f);
        return root ? shapeOf(root) : fallback;
      }),
    );
  }
  return dedupe(findings);
}

function checkGroup(group: TemplateGroup, files: string[], shapeFor: (file: string) => Shape): TemplateFinding[] {
  const walker = new TemplateWalker(group);
  const partialFiles = new Set(group.partials.values());
  for (const f of files.filter((f) => !partialFiles.has(f))) walker.checkFile(f, shapeFor(f));
  // Partials no template reached by name (chosen at run time) are checked against what any partial may see.
  for (const f of partialFiles) if (!walker.visitedPartials.has(f)) walker.checkFile(f, group.partialShape);
  return walker.findings;
}

function dedupe(findings: TemplateFinding[]): TemplateFinding[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.file}:${f.line}:${f.column}:${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** The scan, done once per process for a folder, and again only when a template file changes. */
export function templateFindings(dir = packagePath('templates')): TemplateFinding[] {
  // The shipped templates were checked when the package was built; that record holds while they are unchanged.
  return checkedOnce(dir, () => recordedFindings(dir) ?? scanTemplates(dir));
}
