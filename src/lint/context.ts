import { DATA_REF } from '../core/data-refs.js';
import type { Diagnostic, FindingData, Position, Severity } from '../core/diagnostics.js';
import { fillMessage } from './messages.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { positionInScalar } from '../load/text-positions.js';
import { intern, matchesIn, memo, testerFor } from '../prose/match-cache.js';
import { TEXTS_REMEMBERED, TextCache } from '../text/text-cache.js';
import { markdownBlocks, readMarkdown, sentenceAt, type MdRoot, type ProseBlock } from '../prose/blocks.js';
import type { Policy } from '../types/policy.js';
import { nearestOrigin, valueAt } from '../validate/validate.js';
import { lawValue, type LawKey, type LawValue, type LawValueTypes } from '../law/index.js';
import type { RuleMeta } from './rule.js';
import type { NotApplicable } from './applicability.js';

/** A change to the policy: set the value at `pointer`, or replace text inside the string at `pointer`. */
export type Fix = ({ pointer: string; value: string | number | boolean } | { pointer: string; replace: { from: string; to: string } }) & {
  /** What the change does, in words (filled in when the finding is reported). */
  description?: string;
};

/**
 * `fix`: the change has one legally right answer and `--fix` makes it.
 * `suggestion`: the right value is the school's decision; shown with the finding, applied only with `--fix-type suggestion`.
 */
export type FixKind = 'fix' | 'suggestion';

export interface Finding {
  /** The message, in words (rules not yet written with `defineRule`). */
  message?: string;
  /** Or the id of one of the rule's `meta.messages`, filled in with `data`. */
  messageId?: string;
  data?: FindingData;
  hint?: string;
  /** The sentence of the text the finding is about (set by `reportProse`). */
  quote?: string;
  /** JSON pointer into the merged policy; the finding is placed where that value was set. */
  pointer?: string;
  /** Or an exact place (prose findings). */
  at?: Position;
  severity?: Severity;
  /** The finding says the policy lacks something (rules written with `defineRule` list such messages in `meta.absence`). */
  absence?: boolean;
  fix?: Fix;
  /** A change the school may choose to make (see FixKind). */
  suggest?: Fix;
}

export interface FoundDiagnostic extends Diagnostic {
  fix?: Fix;
  suggestion?: Fix;
  /** Where the value the fix or suggestion changes was written (may differ from the finding's place for prose fixes),
   * or, for a key written nowhere, where the mapping it is added to was written. Absent when neither was written
   * (a key to add under a mapping the policy does not have): then nothing is changed automatically. */
  fixAt?: Position;
  /** File of the policy being linted (differs from `file` when the value was inherited). */
  policyFile: string;
  /** The value the finding is about (JSON pointer into the merged policy), when it is about one. */
  pointer?: string;
}

export interface ParsedSection {
  index: number;
  id: string;
  title: string;
  body: string;
  tree: MdRoot;
  blocks: ProseBlock[];
  /** Position of an offset in `body`. */
  at(offset: number, length?: number): Position;
}

/** What a rule sees. Rules only read; they report through `report`. */
export class RuleContext {
  readonly policy: Policy;
  readonly found: FoundDiagnostic[] = [];
  /** What rules said when they did not apply (see `notApplicable`). */
  readonly notApplicableSaid: NotApplicable[] = [];
  private meta: RuleMeta | undefined;

  constructor(
    readonly loaded: LoadedPolicy,
    readonly asOf: string,
    readonly sections: ParsedSection[],
    readonly extraProse: ProseBlock[] = [],
  ) {
    this.policy = loaded.data;
  }

  /** Every prose block: the policy's sections (and, in audit, the whole legacy document). */
  get prose(): ProseBlock[] {
    this.allProse ??= [...this.sections.flatMap((s) => s.blocks), ...this.extraProse];
    return this.allProse;
  }
  private allProse: ProseBlock[] | undefined;

  forRule(meta: RuleMeta): this {
    this.meta = meta;
    return this;
  }

  /** The legal value in force on the `--as-of` date (undefined before it applied). */
  law<K extends LawKey>(key: K): LawValue<LawValueTypes[K]> | undefined {
    return lawValue(key, this.asOf);
  }

  /** Value at a JSON pointer of the merged policy. */
  get(pointer: string): unknown {
    return valueAt(this.policy, pointer);
  }

  /** Where a value was set (or its nearest parent, or the top of the file). */
  where(pointer: string): Position {
    const o = this.loaded.origins.get(pointer) ?? nearestOrigin(this.loaded.origins, pointer);
    return o ?? { file: this.loaded.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  }

  /**
   * Say that the rule does not apply: the policy (or, with `school`, that school of it) has nothing
   * the rule is about. The report then lists the rule as not applicable, with `reason`, instead of met.
   * A rule that never calls this applied.
   */
  notApplicable(reason: string, options: { school?: string } = {}): void {
    this.notApplicableSaid.push({ ruleId: this.meta!.id, reason, ...(options.school !== undefined ? { school: options.school } : {}) });
  }

  report(f: Finding): void {
    const meta = this.meta!;
    const at = f.at ?? this.where(f.pointer ?? '');
    const value = f.pointer && f.quote === undefined ? this.get(f.pointer) : undefined;
    const school = this.schoolOf(f.pointer);
    const hint = f.hint ?? (f.messageId ? meta.hints?.[f.messageId] : undefined);
    this.found.push({
      ruleId: meta.id,
      severity: f.severity ?? meta.severity,
      message: f.messageId ? fillMessage(meta, f.messageId, f.data) : (f.message ?? ''),
      ...(f.messageId ? { messageId: f.messageId } : {}),
      ...(f.data ? { data: f.data } : {}),
      ...(f.quote !== undefined ? { quote: f.quote } : {}),
      ...(typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? { value } : {}),
      ...(school ? { school } : {}),
      ...(f.absence || (f.messageId && meta.absence?.includes(f.messageId)) ? { absence: true as const } : {}),
      ...(hint ? { hint: f.messageId && f.data && !f.hint ? fillMessage({ ...meta, messages: { hint } }, 'hint', f.data) : hint } : {}),
      file: at.file,
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      policyFile: this.loaded.file,
      ...(f.pointer ? { pointer: f.pointer } : {}),
      ...this.change(f.fix ?? f.suggest, f.fix ? 'fix' : 'suggestion'),
    });
  }

  /** The school a pointer is about (`/schools/N/…`), or the only school of a one-school policy. */
  private schoolOf(pointer: string | undefined): string | undefined {
    const schools = this.policy.schools ?? [];
    const m = pointer ? /^\/schools\/(\d+)(\/|$)/.exec(pointer) : null;
    if (m) return schools[Number(m[1])]?.id;
    return schools.length === 1 ? schools[0]?.id : undefined;
  }

  private change(fix: Fix | undefined, kind: FixKind): Partial<FoundDiagnostic> {
    if (!fix) return {};
    const described = { ...fix, description: fix.description ?? describeFix(fix, this.get(fix.pointer)) };
    const fixAt = this.loaded.origins.get(fix.pointer) ?? this.mappingFor(fix);
    return { [kind]: described, ...(fixAt ? { fixAt } : {}) };
  }

  /** Where the mapping was written that a fix setting a key not written anywhere adds it to. */
  private mappingFor(fix: Fix): Position | undefined {
    if (!('value' in fix)) return undefined;
    const parent = fix.pointer.slice(0, fix.pointer.lastIndexOf('/'));
    const map = this.get(parent);
    return map && typeof map === 'object' && !Array.isArray(map) ? this.loaded.origins.get(parent) : undefined;
  }

  /** Report a regex match in prose, quoting its sentence (`message` is words, or a finding with a `messageId`). */
  reportProse(
    block: ProseBlock,
    offset: number,
    length: number,
    message: string | Omit<Finding, 'at'>,
    extra: Omit<Finding, 'message' | 'at'> = {},
  ): void {
    const quote = sentenceAt(block.text, offset);
    const said = typeof message === 'string' ? { message } : message;
    this.report({ ...extra, ...said, quote, at: block.at(offset, length) });
  }

  /**
   * False when `re` matches nowhere in the prose. Each section's text is tested as a whole (and the
   * answer kept for that text, which a trust's schools share), so most patterns, which look for
   * stale wording a policy does not have, never scan block by block. Patterns anchored with ^ or $
   * are always scanned block by block.
   */
  mayMatch(re: RegExp, masked = false): boolean {
    return this.sectionsMatching(re, masked).some(Boolean);
  }

  /**
   * The prose blocks worth scanning for `re`: those of the sections whose text it matches somewhere
   * (every block for an anchored pattern). A block's match is a match in its section's text, so no
   * block that matches is left out.
   */
  proseMatching(re: RegExp, masked = false): readonly ProseBlock[] {
    return this.blocksWhere(this.sectionsMatching(re, masked));
  }

  /**
   * The prose blocks of the sections whose text every one of `patterns` matches somewhere, for
   * matching sentences of those blocks. A pattern that looks around (`(?<!…)`, `(?=…)`) may match a
   * sentence on its own and not where it stands in the section, so with one, every block is given.
   */
  proseMatchingAll(patterns: readonly RegExp[]): readonly ProseBlock[] {
    if (patterns.some((re) => LOOKAROUND.test(re.source))) return this.prose;
    const hits = patterns.map((re) => this.sectionsMatching(re, false));
    return this.blocksWhere(this.chunkBlocks().map((_, i) => hits.every((h) => h[i])));
  }

  private blocksWhere(hits: readonly boolean[]): readonly ProseBlock[] {
    if (hits.every(Boolean)) return this.prose;
    return this.chunkBlocks().flatMap((blocks, i) => (hits[i] ? blocks : []));
  }

  /** For each section's text (and the extra prose), whether `re` matches in it; all true for an anchored pattern. */
  private sectionsMatching(re: RegExp, masked: boolean): readonly boolean[] {
    const seen = masked ? this.seenMasked : this.seen;
    let hits = seen.get(re);
    if (hits === undefined) {
      if (isAnchored(re)) hits = this.chunkBlocks().map(() => true);
      else {
        const testers = masked ? (this.maskedTesters ??= this.chunkTesters(true)) : (this.testers ??= this.chunkTesters(false));
        hits = testers.map((tests) => tests(re));
      }
      seen.set(re, hits);
    }
    return hits;
  }
  private testers: Array<(re: RegExp) => boolean> | undefined;
  private maskedTesters: Array<(re: RegExp) => boolean> | undefined;
  private seen = new Map<RegExp, readonly boolean[]>();
  private seenMasked = new Map<RegExp, readonly boolean[]>();

  /** The prose in parts, a part per section and one for the extra prose, in the order of `prose`. */
  private chunkBlocks(): ProseBlock[][] {
    this.blocksByChunk ??= [...this.sections.map((s) => s.blocks), this.extraProse];
    return this.blocksByChunk;
  }
  private blocksByChunk: ProseBlock[][] | undefined;

  /** One tester per part's text, each looked up once per policy. */
  private chunkTesters(masked: boolean): Array<(re: RegExp) => boolean> {
    this.chunks ??= this.chunkBlocks().map((blocks) => intern(blocks.map((b) => b.text).join('\n\n')));
    return this.chunks.map((chunk) => testerFor(masked ? memo(maskedChunks, chunk, (c) => intern(maskDataRefs(c))) : chunk));
  }
  private chunks: string[] | undefined;

  /** Every match of `re` (which must have the g flag) in the prose. */
  *matchProse(re: RegExp): Generator<{ block: ProseBlock; match: RegExpMatchArray; sentence: string }> {
    for (const block of this.proseMatching(re)) {
      for (const match of matchesIn(block.text, re)) {
        yield { block, match, sentence: sentenceAt(block.text, match.index!) };
      }
    }
  }
}

/** "retention_years: 3 → 6", or "“parenting contract” → “attendance contract”". */
export function describeFix(fix: Fix, current: unknown): string {
  if ('replace' in fix) return `“${fix.replace.from}” → “${fix.replace.to}”`;
  const key = fix.pointer.split('/').pop() ?? '';
  const show = (v: unknown) => (typeof v === 'string' ? `“${v}”` : String(v));
  return `${key}: ${current === undefined ? '(not set)' : show(current)} → ${show(fix.value)}`;
}

/** Parsed sections shared across policies in one run (a trust base's sections are parsed once). */
export interface SectionCache {
  get(key: string): ParsedSection | undefined;
  set(key: string, section: ParsedSection): unknown;
}

const maskedChunks = new TextCache<string, string>(TEXTS_REMEMBERED);

/** A lookahead or lookbehind group. */
const LOOKAROUND = /\(\?<?[=!]/;

/** A ^ or $ outside a character class: such a pattern means something else over joined text. */
const ANCHORED = /(^|[^\\[])[$^]/;
const anchored = new WeakMap<RegExp, boolean>();

/** Whether `re` is anchored (worked out once per pattern, not at every policy). */
function isAnchored(re: RegExp): boolean {
  let a = anchored.get(re);
  if (a === undefined) anchored.set(re, (a = ANCHORED.test(re.source)));
  return a;
}

/** Blank out `{{data references}}` (same length, so offsets stay the same). */
export function maskDataRefs(text: string): string {
  return text.includes('{{') ? text.replace(DATA_REF, (m) => ' '.repeat(m.length)) : text;
}

/**
 * Parse every section's Markdown once per policy; positions map back to the YAML file. With a cache,
 * sections from a file the policy extends are kept for the next policy that extends it (and, with
 * `ownSections`, the policy's own sections too).
 */
export function parseSections(loaded: LoadedPolicy, cache?: SectionCache, ownSections = false): ParsedSection[] {
  const out: ParsedSection[] = [];
  (loaded.data.sections ?? []).forEach((s, index) => {
    if (!s || typeof s.body !== 'string') return;
    const body = s.body;
    const origin = loaded.origins.get(`/sections/${index}/body`);
    const key = origin ? `${origin.file}:${origin.line}:${origin.column}:${s.id}:${s.title}` : undefined;
    const cached = key ? cache?.get(key) : undefined;
    if (cached && cached.body === body) {
      out.push({ ...cached, index });
      return;
    }
    const source = origin ? loaded.sources.get(origin.file) : undefined;
    const at = (offset: number, length = 0): Position =>
      origin ? positionInScalar(source, origin, body, offset, length) : { file: loaded.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const read = readMarkdown(body);
    const parsed: ParsedSection = {
      index,
      id: s.id,
      title: s.title,
      body,
      tree: read.tree,
      blocks: markdownBlocks(body, s.id, at, read),
      at,
    };
    if (key && (ownSections || origin?.file !== loaded.file)) cache?.set(key, parsed);
    out.push(parsed);
  });
  return out;
}
