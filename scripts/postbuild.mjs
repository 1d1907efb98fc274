// After tsc: make the CLI entry executable (tsc does not keep file modes), compile the schema
// validator to plain JavaScript (see scripts/compile-validators.mjs) and check the shipped templates
// and the law data once, so lint need not parse them at every start (see src/letters/template-check/recorded.ts).
import { chmodSync, copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { compileValidators } from './compile-validators.mjs';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(cli)) chmodSync(cli, 0o755);
compileValidators();

// Each rule's examples file sits beside it; `explain` reads it from dist.
const rulesDir = new URL('../src/lint/rules/', import.meta.url);
for (const f of readdirSync(rulesDir))
  if (f.endsWith('.examples.yaml')) copyFileSync(new URL(f, rulesDir), new URL(`../dist/lint/rules/${f}`, import.meta.url));

// The law data parsed once, so that no command parses its YAML at start-up (src/law/data.ts).
const { readLawYaml } = await import('../dist/law/data.js');
writeFileSync(new URL('../dist/law/law-data.json', import.meta.url), JSON.stringify(readLawYaml()));

const { packagePath } = await import('../dist/core/schema-files.js');
const { scanTemplates } = await import('../dist/letters/template-check/scan.js');
const { recordFindings } = await import('../dist/letters/template-check/recorded.js');
const templates = packagePath('templates');
recordFindings(templates, scanTemplates(templates));
