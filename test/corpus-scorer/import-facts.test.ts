// The corpus import scorer (scripts/corpus/import-facts.mjs) on invented readings and drafts: it never reads the reference corpus beside the repository.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the corpus scripts, without types
import { importRecall, isHeadRole } from '../../scripts/corpus/import-facts.mjs';

const draftWith = (values: Record<string, string>) => ({
  used: new Map(Object.entries(values).map(([pointer, value]) => [pointer, { value }])),
});
const reading = { roles: { headteacher: { value: true } } };

describe('the import scorer reads a role as the head of the school', () => {
  it('a headteacher, executive head, head of school or principal (an academy’s head) is the head', () => {
    for (const r of [
      'Headteacher',
      'Head Teacher',
      'Executive headteacher',
      'Head of School',
      'Principal',
      'Principal of the academy',
      'Head',
    ])
      expect(isHeadRole(r), r).toBe(true);
  });

  it('a deputy, assistant or vice head or principal, a head of year, or an officer called principal is not', () => {
    for (const r of [
      'Deputy Headteacher',
      'Assistant Head',
      'Vice Principal',
      'Vice-Principal',
      'Assistant Principal',
      'Head of Year',
      'Principal Education Welfare Officer',
      'Attendance officer',
    ])
      expect(isHeadRole(r), r).toBe(false);
  });

  it('credits a draft contact whose role is Principal, and not one whose role is Vice Principal', () => {
    expect(importRecall(draftWith({ '/contacts/further_support/0/role': 'Principal' }), reading).recall).toEqual([1, 1]);
    const vice = importRecall(draftWith({ '/contacts/further_support/0/role': 'Vice Principal' }), reading);
    expect(vice.recall).toEqual([0, 1]);
    expect(vice.missed).toEqual(['role headteacher=true']);
  });
});
