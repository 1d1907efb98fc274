import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { RuleContext } from './context.js';
import type { Rule, RuleExample, RuleMeta } from './rule.js';

/** What a rule module writes: its facts and messages by id, and the check. Examples live beside it. */
export interface RuleSpec {
  /** `settings` is required: what the rule checks is part of what it says about itself. */
  meta: RuleMeta & { messages: Record<string, string>; settings: string[] };
  check(ctx: RuleContext): void;
}

/**
 * A rule whose findings name one of its messages (`ctx.report({ messageId, data })`) and whose
 * examples are in `rules/<id>.examples.yaml` beside it, read only when asked for (by `explain`,
 * docs/rules.md and the rule tester), so that lint does not read them.
 */
export function defineRule(spec: RuleSpec): Rule {
  let examples: Rule['examples'] | undefined;
  return {
    meta: spec.meta,
    check: spec.check,
    get examples() {
      examples ??= readExamples(spec.meta.id);
      return examples;
    },
  };
}

/** Where a rule's examples file is (beside the rule's module, in src and in dist alike). */
export function examplesFile(id: string): URL {
  return new URL(`./rules/${id}.examples.yaml`, import.meta.url);
}

/** Read and check a rule's examples file: `valid` and `invalid` lists of small policies. */
export function readExamples(id: string): Rule['examples'] {
  const file = examplesFile(id);
  const doc = parse(readFileSync(file, 'utf8')) as { valid?: unknown; invalid?: unknown } | null;
  const bad = (why: string): never => {
    throw new Error(`${file.pathname}: ${why}`);
  };
  const list = (key: 'valid' | 'invalid'): RuleExample[] => {
    const items = doc?.[key] ?? [];
    if (!Array.isArray(items)) bad(`"${key}" must be a list of examples.`);
    return (items as Array<Record<string, unknown>>).map((ex, i) => {
      const where = `${key} example ${i + 1}`;
      if (typeof ex?.title !== 'string') bad(`${where} needs a title.`);
      if (typeof ex.policy !== 'string') bad(`${where} needs a policy (a block of YAML after "policy: |").`);
      if (key === 'invalid' && !Array.isArray(ex.errors))
        bad(`${where} needs the exact list of "errors" it gives (messageId, line, column).`);
      if (key === 'valid' && (ex.errors !== undefined || ex.output !== undefined))
        bad(`${where} is valid: it has no errors and no output.`);
      for (const e of (ex.errors ?? []) as Array<Record<string, unknown>>) {
        if (typeof e?.messageId !== 'string' || typeof e.line !== 'number' || typeof e.column !== 'number')
          bad(`${where}: each error needs messageId, line and column.`);
      }
      return {
        title: ex.title as string,
        yaml: ex.policy as string,
        ...(ex.asOf !== undefined ? { asOf: String(ex.asOf) } : {}),
        ...(ex.errors !== undefined ? { errors: ex.errors as RuleExample['errors'] } : {}),
        ...(typeof ex.output === 'string' ? { output: ex.output } : {}),
        ...(typeof ex.suggested === 'string' ? { suggested: ex.suggested } : {}),
        ...(ex.templates !== undefined ? { templates: templatesOf(ex.templates, where, bad) } : {}),
      };
    });
  };
  return { pass: list('valid'), fail: list('invalid') };
}

/** An example's templates: a map from a file's path in the templates folder to its text. */
function templatesOf(value: unknown, where: string, bad: (why: string) => never): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.values(value).every((t) => typeof t === 'string'))
    bad(`${where}: "templates" maps each template's path (such as letters/letter.hbs) to its text.`);
  return value as Record<string, string>;
}
