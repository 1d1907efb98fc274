import type { LoadedPolicy } from '../load/load-policy.js';
import { RuleContext, type ParsedSection } from '../lint/context.js';
import type { Rule } from '../lint/rule.js';
import type { Policy } from '../types/policy.js';

/** School identity fields: rules read them to decide whether they apply, not to check them. */
const IDENTITY = new Set(['id', 'name', 'short_name', 'type', 'phase', 'urn', 'dfe_number', 'local_authority', 'religious_character']);

/** A rule context that notes whether the rule looked at anything the policy actually says. */
class ProbeContext extends RuleContext {
  touched = false;

  override get prose() {
    const blocks = super.prose;
    if (blocks.length) this.touched = true;
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

export interface RuleProbe {
  /** JSON pointers of the values the rule read, in the order it first read them. */
  pointers: string[];
  /** Whether it searched the policy's text. */
  readText: boolean;
  /** The rule failed on this policy (lint reports that); it counts as having checked something. */
  failed: boolean;
}

/** Run a rule once more, noting which values it read and whether it searched the text. */
export function probeRule(rule: Rule, loaded: LoadedPolicy, asOf: string, sections: ParsedSection[]): RuleProbe {
  const pointers = new Set<string>();
  const probe = new ProbeContext({ ...loaded, data: recording(loaded.data, (p) => pointers.add(p)) }, asOf, sections);
  try {
    rule.check(probe.forRule(rule.meta));
  } catch {
    return { pointers: [...pointers], readText: probe.touched, failed: true };
  }
  return { pointers: [...pointers], readText: probe.touched, failed: false };
}

/**
 * Whether a rule that raised nothing had anything to check: it read a value the policy sets, or it
 * searched the policy's text. A rule that only looked for features the policy does not have (and
 * read no text) did not apply to this policy.
 */
export function ruleFoundSomethingToCheck(rule: Rule, loaded: LoadedPolicy, asOf: string, sections: ParsedSection[]): boolean {
  const p = probeRule(rule, loaded, asOf, sections);
  return p.failed || p.readText || p.pointers.length > 0;
}
