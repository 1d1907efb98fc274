import type { Policy } from '../../types/policy.js';
import { date, text, type Part } from '../blocks.js';

/** The change log: what changed in each version. */
export function changesPart(policy: Policy): Part | undefined {
  const changes = policy.document?.changes ?? [];
  if (!changes.length) return undefined;
  return {
    id: 'changes',
    title: 'Changes to this policy',
    blocks: [
      {
        type: 'table',
        caption: 'Changes to this policy',
        columns: ['Date', 'Version', 'What changed'],
        rows: changes.map((c) => [
          [c.date ? [date(c.date)] : [text('Not dated')]],
          c.version ? [[text(c.version)]] : [],
          [[text(c.summary)]],
        ]),
        nowrap: [0, 1],
      },
    ],
  };
}
