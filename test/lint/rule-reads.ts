import { RuleContext, parseSections } from '../../src/lint/context.js';
import type { Rule } from '../../src/lint/rule.js';
import { isIdentity, valuePointers } from '../../src/lint/rule-settings.js';
import type { LoadedPolicy } from '../../src/load/load-policy.js';
import type { Policy } from '../../src/types/policy.js';

/** What a rule read of one policy: the settings (value pointers, in the order first read) and whether it read the text. */
export interface RuleReads {
  settings: string[];
  text: boolean;
}

/**
 * Run a rule on a policy with its data behind a recording Proxy and its parsed sections behind
 * another, to see what it actually reads: the test's check that what a rule declares in
 * `meta.settings` and `meta.where` is true. (Production never does this: the report takes the
 * rule's word.) An item of a list of words counts as reading the list; the text is the sections
 * (their Markdown, titles and audiences); a school's or a group's identity is not a setting.
 */
export function recordReads(rule: Rule, loaded: LoadedPolicy, asOf: string): RuleReads {
  const values = new Set(valuePointers(loaded.data));
  const settings = new Set<string>();
  let text = false;
  const read = (pointer: string) => {
    if (pointer.startsWith('/sections/')) text = true;
    else {
      const value = values.has(pointer) ? pointer : pointer.replace(/\/[^/]*$/, '');
      if (values.has(value) && !isIdentity(value)) settings.add(value);
    }
  };
  const wrap = (value: object, pointer: string): object =>
    new Proxy(value, {
      get(target, key, receiver) {
        const v = Reflect.get(target, key, receiver) as unknown;
        if (typeof key !== 'string' || (Array.isArray(target) && !/^\d+$/.test(key))) return v;
        const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (v !== null && typeof v === 'object') return wrap(v, at);
        if (v !== undefined && v !== null && typeof v !== 'function') read(at);
        return v;
      },
    });
  const sections = parseSections(loaded);
  const watchedSections = new Proxy(sections, {
    get(target, key, receiver) {
      if (target.length > 0) text = true;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const ctx = new RuleContext({ ...loaded, data: wrap(loaded.data, '') as Policy }, asOf, watchedSections);
  rule.check(ctx.forRule(rule.meta));
  return { settings: [...settings], text };
}
