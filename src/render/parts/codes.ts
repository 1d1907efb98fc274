import type { Policy } from '../../types/policy.js';
import { text, type Part } from '../blocks.js';

/** The attendance codes the school uses and what it tells parents each means. */
export function codesPart(policy: Policy): Part | undefined {
  const codes = (policy.codes_in_use ?? []).filter((c) => c.meaning);
  if (!codes.length) return undefined;
  return {
    id: 'codes',
    title: 'Attendance codes',
    blocks: [
      {
        type: 'table',
        caption: 'Attendance codes',
        columns: ['Code', 'What it means'],
        rows: codes.map((c) => [[[text(c.code)]], [[text(c.meaning ?? '')]]]),
      },
    ],
  };
}
