import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/lint/engine.js';
import { findingViews } from '../../src/serve/findings.js';
import { Project } from '../../src/serve/project.js';
import { tempProject } from '../helpers.js';

// The server and the browser read one finding type (src/serve/finding-view.ts; web/src/api.ts
// imports it, and `npm run typecheck` checks both). The finding it sends keeps its data beside the words.
describe('the finding the editor is sent', () => {
  it('carries the message id, data and value as well as the words', () => {
    const dir = tempProject({ 'p.yaml': 'schools: [{ id: s, name: S }]\nregisters: { retention_years: 3 }\n' });
    const file = path.join(dir, 'p.yaml');
    const found = lintFile(file, { asOf: '2026-11-26' }).diagnostics.filter((d) => d.ruleId === 'register-retention-6-years');
    const [view] = findingViews(found, file, new Project(dir));
    expect(view).toMatchObject({
      ruleId: 'register-retention-6-years',
      messageId: 'dataTooShort',
      data: { years: 3, required: 6 },
      value: 3,
      school: 's',
      inThisFile: true,
      title: 'Every register entry kept for at least 6 years (was 3 years)',
    });
    expect(view!.message).toContain('3');
  });
});
