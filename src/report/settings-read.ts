import type { LoadedPolicy } from '../load/load-policy.js';
import { RuleContext, type ParsedSection } from '../lint/context.js';
import type { Rule } from '../lint/rule.js';
import type { Policy } from '../types/policy.js';

/**
 * The evidence the report shows for a rule that is met: which of the policy's settings the rule
 * read. This only chooses what to quote; whether a rule applied is the rule's own word
 * (`ctx.notApplicable`, recorded by the lint engine), never worked out from what it read.
 */

/** School identity fields: rules read them to decide whether they apply, not to check them. */
const IDENTITY = new Set(['id', 'name', 'short_name', 'type', 'phase', 'urn', 'dfe_number', 'local_authority', 'religious_character']);

/** A rule context that notes whether the rule searched the policy's text. */
class ReadingContext extends RuleContext {
  readText = false;

  override get prose() {
    const blocks = super.prose;
    if (blocks.length) this.readText = true;
    return blocks;
  }
}

/** The policy data behind a proxy that calls `seen` with the pointer of every value a rule reads that is there. */
function recording(data: Policy, seen: (pointer: string) => void): Policy {
  const wrap = (value: object, path: string[]): object =>
    new Proxy(value, {
      get(target, key, receiver) {
        const v = Reflect.get(target, key, receiver) as unknown;
        if (typeof key !== 'string' || key === 'length') return v;
        if (v !== null && typeof v === 'object') return wrap(v, [...path, key]);
        const isIdentity = path[0] === 'schools' && path.length === 2 && IDENTITY.has(key);
        if (v !== undefined && v !== null && typeof v !== 'function' && !isIdentity)
          seen(`/${[...path, key].map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`);
        return v;
      },
    });
  return wrap(data, []) as Policy;
}

export interface SettingsRead {
  /** JSON pointers of the values the rule read, in the order it first read them. */
  pointers: string[];
  /** Whether it searched the policy's text. */
  readText: boolean;
}

/** Run a rule once more (it found nothing and applied), noting which values it read and whether it searched the text. */
export function settingsRead(rule: Rule, loaded: LoadedPolicy, asOf: string, sections: ParsedSection[]): SettingsRead {
  const pointers = new Set<string>();
  const ctx = new ReadingContext({ ...loaded, data: recording(loaded.data, (p) => pointers.add(p)) }, asOf, sections);
  try {
    rule.check(ctx.forRule(rule.meta));
  } catch {
    // Lint already ran this rule on this policy; what it read before failing is still evidence.
  }
  return { pointers: [...pointers], readText: ctx.readText };
}
