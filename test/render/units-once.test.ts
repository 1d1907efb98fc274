import { describe, expect, it } from 'vitest';
import { valueKindAt } from '../../src/core/value-kinds.js';
import { loadPolicy } from '../../src/load/load-policy.js';
import { fillDataRefs } from '../../src/render/prose.js';
import { ROOT } from '../helpers.js';
import path from 'node:path';

const oakfield = () => loadPolicy(path.join(ROOT, 'policies/schools/oakfield-primary.yaml')).data;

describe('a data reference owns its unit', () => {
  it('reads each value kind from the schema, and a trigger value from its metric', () => {
    const p = oakfield();
    expect(valueKindAt('thresholds.persistent_absence_pct', p)).toBe('percent');
    expect(valueKindAt('legal_measures.penalty_notices.first.discounted', p)).toBe('money');
    expect(valueKindAt('legal_measures.prosecution.s444_1a_max_fine', p)).toBe('money');
    expect(valueKindAt('escalation.stages.stage-1.triggers.0.value', p)).toBe('percent');
    expect(valueKindAt('escalation.stages.stage-5.triggers.0.value', p)).toBe('number');
    expect(valueKindAt('leave_of_absence.notice', p)).toBe('period');
    expect(valueKindAt('school.groups.reception.school_day.starts', p)).toBe('time');
    expect(valueKindAt('document.next_review', p)).toBe('date');
    expect(valueKindAt('school.contacts.office.phone', p)).toBe('text');
    expect(valueKindAt('thresholds.constructor', p)).toBe('other');
  });

  it('shows the unit once whether or not the author wrote it', () => {
    const p = oakfield();
    const out = fillDataRefs(
      p,
      [
        '£{{legal_measures.penalty_notices.first.discounted}} or {{legal_measures.penalty_notices.first.discounted}}',
        '{{thresholds.persistent_absence_pct}}% or {{thresholds.persistent_absence_pct}} or {{thresholds.persistent_absence_pct}} %',
        'below {{escalation.stages.stage-1.triggers.0.value}}%, below {{escalation.stages.stage-1.triggers.0.value}}',
        '{{escalation.stages.stage-5.triggers.0.value}}% of sessions',
        'ask {{leave_of_absence.notice}} ahead',
      ].join('\n'),
    );
    expect(out.split('\n')).toEqual([
      '£80 or £80',
      '10\\% or 10\\% or 10\\%',
      'below 95\\%, below 95\\%',
      // A count is not a percentage: the author's own % stays.
      '10\\% of sessions',
      'ask 4 school weeks ahead',
    ]);
  });

  it("leaves a symbol that is not the value's own, and an unknown reference as written", () => {
    const p = oakfield();
    expect(fillDataRefs(p, '£{{thresholds.persistent_absence_pct}}')).toBe('£10\\%');
    expect(fillDataRefs(p, '{{no.such.path}}%')).toBe('\\{\\{no\\.such\\.path\\}\\}\\%');
  });
});
