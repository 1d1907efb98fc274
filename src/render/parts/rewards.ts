import type { Policy } from '../../types/policy.js';
import { text, type Part } from '../blocks.js';

export function rewardsPart(policy: Policy): Part | undefined {
  const items = policy.rewards?.items ?? [];
  if (!items.length) return undefined;
  return {
    id: 'rewards',
    title: 'Celebrating good attendance',
    blocks: [{ type: 'list', ordered: false, items: items.map((i) => [text(i)]) }],
  };
}
