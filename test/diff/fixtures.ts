import { execFileSync } from 'node:child_process';

/** A trust base and a school that builds on it: the first version of a small policy. */
export const BASE_V1 = `# Trust base: shared rules.
legal_measures:
  penalty_notices:
    used: true
    first: { discounted: 60, discount_days: 21, full: 120, full_days: 28 }
sections:
  - id: leave
    title: Leave of absence
    body: |
      We may agree leave only in exceptional circumstances. Please ask the headteacher in writing two weeks before the leave would start.
  - id: lateness
    title: Lateness
    body: |
      Please arrive on time. The register closes at {{school.school_day.registers.morning.closes}}.
`;

export const SCHOOL_V1 = `# Test School's own settings.
extends: base.yaml
document:
  title: Attendance policy   # shown on the cover
  version: "1.0"
schools:
  - id: test-school
    name: Test School
    school_day:
      starts: "08:45"
      ends: "15:15"
      registers:
        morning: { opens: "08:45", closes: "09:15" }   # a long window
`;

/** Version 2: the morning register closes earlier (school file), the first penalty notice costs more
 * and the leave section is rewritten (both in the trust base). */
export const BASE_V2 = BASE_V1.replace('discounted: 60', 'discounted: 80')
  .replace('full: 120', 'full: 160')
  .replace(
    'We may agree leave only in exceptional circumstances. Please ask the headteacher in writing two weeks before the leave would start.',
    'The law lets the headteacher agree leave in term time only in a few situations, and never for a holiday. Fill in the request form at the office at least four weeks ahead.',
  );
export const SCHOOL_V2 = SCHOOL_V1.replace('closes: "09:15" }', 'closes: "09:00" }');

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
}
