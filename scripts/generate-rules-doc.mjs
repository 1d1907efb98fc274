// Writes docs/rules.md from the built rules and their examples files (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { allRules } from '../dist/lint/registry.js';
import { rulesReference } from '../dist/lint/rules-reference.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesReference(allRules()));
