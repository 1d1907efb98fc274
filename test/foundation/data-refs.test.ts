import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDataRefs, resolveDataRef } from '../../src/core/data-refs.js';
import { checkPolicyFile } from '../../src/validate/index.js';
import { tempProject } from '../helpers.js';

const school =
  'schools:\n  - id: oak\n    name: Oak\n    school_day:\n      registers:\n        morning: { opens: "08:50", closes: "09:05" }\n';

describe('data references in prose', () => {
  it('resolves school times, list items by id, and nothing from the prototype', () => {
    const dir = tempProject({
      'p.yaml': `${school}sections:\n  - id: a\n    title: A\n    body: Closes at {{school.school_day.registers.morning.closes}}.\n`,
    });
    const { policy, diagnostics } = checkPolicyFile(path.join(dir, 'p.yaml'));
    expect(diagnostics).toEqual([]);
    expect(resolveDataRef(policy.data, 'school.school_day.registers.morning.closes')).toBe('09:05');
    expect(resolveDataRef(policy.data, 'schools.oak.name')).toBe('Oak');
    expect(resolveDataRef(policy.data, 'constructor')).toBeUndefined();
    expect(resolveDataRef(policy.data, 'schools.oak.__proto__')).toBeUndefined();
  });

  it('an unknown reference is an error at its line and column', () => {
    const dir = tempProject({
      'p.yaml': `${school}sections:\n  - id: a\n    title: A\n    body: |\n      First line.\n      Gates open at {{school.school_day.gates_opne}} daily.\n`,
    });
    const { diagnostics } = checkPolicyFile(path.join(dir, 'p.yaml'));
    expect(diagnostics).toHaveLength(1);
    expect([diagnostics[0]!.line, diagnostics[0]!.column]).toEqual([12, 21]);
    expect(diagnostics[0]!.message).toMatch(/gates_opne/);
  });

  it('handlebars-looking text is not a reference: {{{x}}} is left alone, {{constructor}} is reported', () => {
    expect(findDataRefs('a {{{x}}} b').map((r) => r.path)).toEqual([]);
    const dir = tempProject({ 'p.yaml': `${school}sections:\n  - id: a\n    title: A\n    body: "{{constructor}}"\n` });
    expect(checkPolicyFile(path.join(dir, 'p.yaml')).diagnostics[0]!.message).toMatch(/\{\{constructor\}\}/);
  });

  it('a trust base without schools may use school. references; each school that extends it is checked', () => {
    const dir = tempProject({
      'base.yaml':
        'sections:\n  - id: a\n    title: A\n    body: Closes at {{school.school_day.registers.morning.closes}} and {{school.school_day.registers.afternoon.closes}}.\n',
      'school.yaml': `extends: base.yaml\n${school}`,
    });
    expect(checkPolicyFile(path.join(dir, 'base.yaml')).diagnostics).toEqual([]);
    const inSchool = checkPolicyFile(path.join(dir, 'school.yaml')).diagnostics;
    expect(inSchool).toHaveLength(1);
    expect(inSchool[0]!.message).toMatch(/afternoon\.closes/);
    expect(path.basename(inSchool[0]!.file)).toBe('base.yaml');
  });
});
