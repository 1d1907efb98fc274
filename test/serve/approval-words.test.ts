import { describe, expect, it } from 'vitest';
import { approvalInWords } from '../../src/serve/approval-words.js';

// The governors' page says the last recorded approval as a governor reads it, not as the file stores it.
describe('the last approval in words', () => {
  it('says who approved, on which date as written in England, and the minute', () => {
    expect(approvalInWords({ by: 'Trust board', date: '2026-09-22', minute: 'TB 4' })).toBe(
      'Approved by the trust board on 22 September 2026 (minute TB 4)',
    );
    expect(approvalInWords({ by: 'Full Governing Body', date: '2027-01-05', minute: 'FGB 2026/14' })).toBe(
      'Approved by the full governing body on 5 January 2027 (minute FGB 2026/14)',
    );
  });

  it('keeps a proper name as it is written', () => {
    expect(approvalInWords({ by: 'Oakfield local governing board', date: '2026-10-14', minute: 'LGB 2026/07' })).toBe(
      'Approved by the Oakfield local governing board on 14 October 2026 (minute LGB 2026/07)',
    );
  });

  it('puts the date before a body named with advice after a comma, so the date is not read as part of the advice', () => {
    expect(approvalInWords({ by: 'Trust board, on the advice of the Oak local governing board', date: '2026-09-15', minute: 'TB 4' })).toBe(
      'Approved on 15 September 2026 by the trust board, on the advice of the Oak local governing board (minute TB 4)',
    );
  });

  it('does not say "minute" twice, and leaves out what was not recorded', () => {
    expect(approvalInWords({ by: 'Trust board', date: '2026-09-22', minute: 'Minute 7' })).toBe(
      'Approved by the trust board on 22 September 2026 (minute 7)',
    );
    expect(approvalInWords({ by: '', date: '2026-09-22', minute: '' })).toBe('Approved on 22 September 2026');
    expect(approvalInWords({ by: 'Trust board', date: '', minute: 'TB 4' })).toBe('Approved by the trust board (minute TB 4)');
  });
});
