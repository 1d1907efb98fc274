import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/lint/registry.js';
import { runCli } from '../test/helpers.js';
import { SHARED } from './shared.js';

// The rule catalogue in the shared rulebook is the contract: every id there is implemented with that id.
const catalogue = readFileSync(path.join(SHARED, 'rulebook/README.md'), 'utf8');
const ids = [...catalogue.matchAll(/^\| ([a-z][a-zA-Z0-9-]+) \| (must|should|info) \|/gm)].map((m) => [m[1]!, m[2]!] as const);

// Where the 2026 rulebook updates (which stand over the catalogue) lower a rule's default severity.
const SEVERITY_OVERRIDES: Record<string, string> = {
  // updates-2026: medium confidence; a policy applying the attendance amounts to these notices "can be warned".
  'pn-excluded-pupil-public-place': 'warning',
  // The proprietor may authorise whoever it chooses, so naming someone other than the head is not necessarily unlawful.
  'loa-authorised-person-and-scope': 'warning',
};

describe('the rule catalogue', () => {
  it('lists the rules (sanity check of the parse)', () => expect(ids.length).toBeGreaterThanOrEqual(60));

  it.each(ids)('%s is implemented at level %s, with the default severity of its level', (id, level) => {
    const rule = allRules().find((r) => r.meta.id === id);
    expect(rule, id).toBeDefined();
    expect(rule!.meta.level).toBe(level);
    expect(rule!.meta.severity).toBe(SEVERITY_OVERRIDES[id] ?? { must: 'error', should: 'warning', info: 'info' }[level]);
  });

  it('explain works for every id in the catalogue', async () => {
    for (const [id] of ids) {
      const run = await runCli('explain', id);
      expect(run.code, id).toBe(0);
      expect(run.out.split('\n')[0]).toMatch(new RegExp(`^${id}: `));
    }
  });
});
