import { RuleContext, parseSections } from '../../src/lint/context.js';
import type { Rule } from '../../src/lint/rule.js';
import { isIdentity, matchesSetting, valuePointers } from '../../src/lint/rule-settings.js';
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

/** A policy a rule is run on to see what it reads: a bundled example or one of its own examples. */
export interface ReadInput {
  name: string;
  loaded: LoadedPolicy;
  asOf: string;
}

/**
 * Where what a rule declares (`meta.settings`, `meta.where`) and what it reads on these policies
 * differ, one line each, naming the rule and the pointer or pattern.
 */
export function declarationProblems(rule: Rule, inputs: ReadInput[]): string[] {
  const { id, where, settings = [] } = rule.meta;
  const problems: string[] = [];
  const used = new Set<string>();
  const undeclared = new Map<string, string>();
  let readsText: string | undefined;
  for (const input of inputs) {
    const reads = recordReads(rule, input.loaded, input.asOf);
    if (reads.text) readsText ??= input.name;
    // What a rule about the text alone reads of the data is what the text shows by reference.
    if (where === 'prose') continue;
    for (const pointer of reads.settings) {
      const by = settings.filter((pattern) => matchesSetting(pattern, pointer));
      by.forEach((pattern) => used.add(pattern));
      if (!by.length && !undeclared.has(pointer)) undeclared.set(pointer, input.name);
    }
  }
  for (const [pointer, input] of undeclared)
    problems.push(`${id} reads ${pointer} (in ${input}) but its meta.settings does not declare it`);
  for (const pattern of settings)
    if (!used.has(pattern)) problems.push(`${id} declares ${pattern} in meta.settings but reads no value there in any example`);
  if (where === 'prose' && settings.length) problems.push(`${id} checks only the text (where: 'prose'), so it declares no settings`);
  const saysText = where === 'prose' || where === 'both';
  if (readsText && !saysText) problems.push(`${id} reads the text (in ${readsText}) but says where: '${where}'`);
  if (!readsText && saysText) problems.push(`${id} says where: '${where}' but reads the text of no example`);
  return problems;
}
