import type { DayVariant } from '../core/model.js';
import type { ProseBlock } from '../prose/blocks.js';
import type { RuleContext } from './context.js';

/** What rules read of a policy beyond single values: its references, codes, day variants and schools. */

export interface Reference {
  index: number;
  pointer: string;
  title: string;
  year?: number;
  edition?: string;
  statutory?: boolean;
  kind?: string;
  /** Title and edition, for matching. */
  text: string;
}

/**
 * A fact of one policy worked out once, however many rules ask (a dozen read the codes or the
 * references). Kept by the policy's data, which no rule changes; callers must not change it either.
 */
function once<T>(table: WeakMap<object, T>, ctx: RuleContext, make: (ctx: RuleContext) => T): T {
  let v = table.get(ctx.policy);
  if (v === undefined) table.set(ctx.policy, (v = make(ctx)));
  return v;
}

const referencesOf = new WeakMap<object, readonly Reference[]>();
const codesOf = new WeakMap<object, readonly CodeEntry[]>();

/** The policy's references (legislation and guidance it cites). */
export function references(ctx: RuleContext): readonly Reference[] {
  return once(referencesOf, ctx, readReferences);
}

function readReferences(ctx: RuleContext): Reference[] {
  const list = ctx.get('/references');
  if (!Array.isArray(list)) return [];
  return list.flatMap((r: { title?: unknown; year?: unknown; edition?: unknown; statutory?: unknown; kind?: unknown }, index) => {
    if (!r || typeof r.title !== 'string') return [];
    const edition = typeof r.edition === 'string' ? r.edition : undefined;
    return [
      {
        index,
        pointer: `/references/${index}`,
        title: r.title,
        ...(typeof r.year === 'number' ? { year: r.year } : {}),
        ...(edition !== undefined ? { edition } : {}),
        ...(typeof r.statutory === 'boolean' ? { statutory: r.statutory } : {}),
        ...(typeof r.kind === 'string' ? { kind: r.kind } : {}),
        text: `${r.title} ${edition ?? ''}`,
      },
    ];
  });
}

/** Where to place a finding about a stale edition: the year if that is what is stale, else the edition, else the title. */
export function editionPointer(ref: Reference, staleYear: boolean): string {
  if (staleYear && ref.year !== undefined) return `${ref.pointer}/year`;
  if (ref.edition !== undefined) return `${ref.pointer}/edition`;
  return `${ref.pointer}/title`;
}

export interface CodeEntry {
  index: number;
  pointer: string;
  code: string;
  meaning: string;
}

/** The attendance codes the policy lists, with what it says each means. */
export function codesInUse(ctx: RuleContext): readonly CodeEntry[] {
  return once(codesOf, ctx, readCodes);
}

function readCodes(ctx: RuleContext): CodeEntry[] {
  const list = ctx.get('/codes_in_use');
  if (!Array.isArray(list)) return [];
  return list.flatMap((c: { code?: unknown; meaning?: unknown }, index) =>
    c && typeof c.code === 'string'
      ? [{ index, pointer: `/codes_in_use/${index}`, code: c.code.trim(), meaning: typeof c.meaning === 'string' ? c.meaning : '' }]
      : [],
  );
}

/** "Reception at Oakfield Primary School", "Oakfield Primary School", or "the school". */
export function variantName(v: DayVariant): string {
  const school = v.school ? (v.school.short_name ?? v.school.name) : 'the school';
  return v.group ? `${v.group.name} at ${school}` : school;
}

/** The most specific place in a day variant that sets `path` (e.g. "registers/morning/closes"). */
export function setAt(ctx: RuleContext, v: DayVariant, path: string): string | undefined {
  return v.pointers.map((p) => `${p}/${path}`).find((p) => ctx.get(p) !== undefined);
}

/** The first of `pointers` that holds a value, else the last one (for reporting a missing item at its parent). */
export function firstPresent(ctx: RuleContext, pointers: string[]): string {
  return pointers.find((p) => ctx.get(p) !== undefined) ?? pointers[pointers.length - 1] ?? '';
}

/** The pointer of the section body a prose block came from (undefined for legacy documents in audit). */
export function bodyPointer(ctx: RuleContext, block: ProseBlock): string | undefined {
  const section = ctx.sections.find((s) => s.blocks.includes(block));
  return section ? `/sections/${section.index}/body` : undefined;
}

/** True when every school is of a type the leave and penalty regulations do not bind directly. */
export function allSchoolsOfType(ctx: RuleContext, types: string[]): boolean {
  const schools = ctx.policy.schools ?? [];
  return schools.length > 0 && schools.every((s) => s.type !== undefined && types.includes(s.type));
}

/** A trust base: names the trust but lists no schools; each academy's file adds its own times and contacts. */
export function isTrustBase(ctx: RuleContext): boolean {
  return Boolean(ctx.policy.trust) && (ctx.policy.schools ?? []).length === 0;
}

/** True once the 2024 statutory guidance applies on the as-of date (its expectations and terms start then). */
export function statutoryGuidanceInForce(ctx: RuleContext): boolean {
  return ctx.law('guidance.working_together.statutory')?.value === true;
}

/**
 * For a rule that checks the 2024 statutory guidance's expectations: before that guidance applies,
 * says the rule does not apply (and why) and gives true, so the rule stops there.
 */
export function beforeStatutoryGuidance(ctx: RuleContext): boolean {
  if (statutoryGuidanceInForce(ctx)) return false;
  ctx.notApplicable('The statutory guidance these expectations come from applies from 19 August 2024.');
  return true;
}

/** Every string under `value` with its JSON pointer (in document order). */
export function stringsUnder(value: unknown, pointer: string): Array<{ pointer: string; value: string }> {
  return stringsWhere(value, pointer, () => true);
}

/**
 * The strings under `value` that `keep` accepts, with their JSON pointers (in document order). One
 * walk; a pointer is made only for a string that is kept, from the keys on the way down.
 */
export function stringsWhere(value: unknown, pointer: string, keep: (s: string) => boolean): Array<{ pointer: string; value: string }> {
  const out: Array<{ pointer: string; value: string }> = [];
  const path: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (keep(v)) out.push({ pointer: path.length ? `${pointer}/${path.join('/')}` : pointer, value: v });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(String(i));
        walk(v[i]);
        path.pop();
      }
    } else if (v && typeof v === 'object') {
      for (const k in v) {
        if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
        path.push(k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k);
        walk((v as Record<string, unknown>)[k]);
        path.pop();
      }
    }
  };
  walk(value);
  return out;
}
