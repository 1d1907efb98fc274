import { toString } from 'mdast-util-to-string';
import { DATA_REF, findDataRefs, resolveDataRef } from '../core/data-refs.js';
import { schemaKindAt, formatValue } from '../diff/value-format.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { parseMarkdown, sentences, type MdNode } from '../prose/blocks.js';
import { formatDataValue } from '../render/prose.js';
import { lineText, type Block, type Line } from '../render/blocks.js';
import { buildPolicyView } from '../render/view-model.js';
import type { RuleMeta } from '../lint/rule.js';
import { declaredSettingsIn } from '../lint/rule-settings.js';
import { settingChoices, settingName } from '../lint/setting-name.js';
import { choiceWords } from '../core/choice-words.js';
import { joinWords } from '../render/format.js';

/** One sentence of the published policy, with the data values it shows by reference. */
export interface PublishedSentence {
  text: string;
  /** Dotted data paths the sentence shows (`school.` taken off). */
  refs: string[];
  section: string;
  /** The title of the table or list made from the data that holds this line; null for the school's own prose. */
  generated: string | null;
}

export interface EvidenceItem {
  /** The setting in plain words, from the schema's titles: "Local authority returns: days to report a new pupil". */
  field: string;
  value: string;
  /** The sentence of the published policy that explains it, if there is one. */
  sentence: string | null;
  /** When that sentence is a row of a table or list the policy shows from its data: the table's title. */
  table?: string;
}

export interface Evidence {
  items: EvidenceItem[];
  /** The rule read settings that parents are meant to know about, and no published sentence explains any of them. */
  dataOnly: boolean;
  /** The rule only searched the text (read no setting). */
  textOnly: boolean;
}

const MAX_SENTENCE = 220;
const MAX_ITEMS = 1;
/** Settings about the document or the school's identity: checked, but not something the text must explain. */
const META =
  /^\/(document|trust|references|sections|local_variations)(\/|$)|^\/schools\/\d+\/(id|name|short_name|type|phase|urn|dfe_number|local_authority|religious_character|website|address|headteacher)$/;
const GENERIC = new Set([
  'used',
  'use',
  'is',
  'has',
  'required',
  'requires',
  'allowed',
  'as',
  'of',
  'the',
  'a',
  'by',
  'with',
  'at',
  'in',
  'on',
  'to',
  'and',
  'or',
  'code',
  'codes',
  'value',
  'amount',
  'unit',
  'id',
  'name',
  'type',
  'enabled',
  'policy',
  'count',
  'pct',
  'schools',
  'school',
  'data',
  'stages',
  'triggers',
  'kind',
  'detail',
  'details',
]);

/** A rough stem, so "records", "recorded" and "recording" meet, and "share" meets "sharing". */
const stem = (w: string) => {
  const s = w
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/([^s])s$/, '$1');
  return s.length > 4 ? s.replace(/(ing|ed|e)$/, '') : s;
};
const wordSet = (text: string) => new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).map(stem));
/** Words a policy may use instead of the data's own word for the same thing (stems on both sides). */
const SAME_AS: Record<string, string[]> = {
  absenc: ['absent', 'off'],
  remot: ['home'],
  electronic: ['electronically', 'computer', 'online'],
  backdat: ['backdate', 'earlier', 'retrospectively'],
  consent: ['permission', 'agree'],
  ground: ['reason', 'circumstanc', 'situation'],
  authoris: ['agre', 'allow', 'grant'],
  daily: ['day'],
  dfe: ['department', 'government'],
  request: ['ask'],
  frequency: ['termly', 'annually', 'year', 'term'],
  prosecut: ['court'],
  routin: ['usually', 'normally', 'usual'],
  deletion: ['removal', 'remov', 'roll'],
  requir: ['need', 'must'],
  education: ['educat'],
};
/** The words of a text that say what it is about (not "the", "code", "used"…). */
const topicWords = (text: string) => [...wordSet(text)].filter((w) => w.length > 2 && !GENERIC.has(w));
const overlap = (words: string[], have: Set<string>) => words.filter((w) => has(have, w)).length;
// Own keys only: a word such as “constructor” in a policy must not reach the object's prototype.
const has = (have: Set<string>, w: string) => have.has(w) || (Object.hasOwn(SAME_AS, w) ? SAME_AS[w]! : []).some((a) => have.has(a));

function blocksOf(node: MdNode, out: string[]): void {
  if (node.type === 'heading') return;
  if (node.type === 'paragraph' || node.type === 'tableCell') {
    out.push(toString(node as Parameters<typeof toString>[0]));
    return;
  }
  for (const child of node.children ?? []) blocksOf(child, out);
}

/**
 * Every sentence of the published policy as parents read it: the school's prose with its data
 * references filled in, then each row of the tables and lists the policy shows from its data
 * (the same view the PDF, HTML and Word documents are drawn from).
 */
export function publishedSentences(loaded: LoadedPolicy): PublishedSentence[] {
  return [...proseSentences(loaded), ...generatedLines(loaded)];
}

function proseSentences(loaded: LoadedPolicy): PublishedSentence[] {
  const out: PublishedSentence[] = [];
  for (const section of loaded.data.sections ?? []) {
    if (typeof section.body !== 'string') continue;
    const blocks: string[] = [];
    blocksOf(parseMarkdown(section.body) as unknown as MdNode, blocks);
    for (const block of blocks) {
      for (const s of sentences(block.replace(/\s+/g, ' '))) {
        if ((s.text.match(/\S+/g) ?? []).length < 4) continue;
        const refs = findDataRefs(s.text).map((r) => r.path.replace(/^school\./, ''));
        // A unit typed next to a value that already carries it ("£{{amount}}") is shown once.
        const text = s.text
          .replace(DATA_REF, (whole, p: string) => formatDataValue(p, resolveDataRef(loaded.data, p)) ?? whole)
          .replace(/££/g, '£')
          .replace(/%%/g, '%');
        out.push({ text, refs, section: section.title, generated: null });
      }
    }
  }
  return out;
}

/** Each row of a generated table, item of a list or fact, as one line: "Gates open: 8:15am". */
function generatedLines(loaded: LoadedPolicy): PublishedSentence[] {
  const out: PublishedSentence[] = [];
  for (const section of buildPolicyView(loaded).sections) {
    for (const part of section.parts) {
      for (const block of part.blocks) {
        for (const line of blockLines(block)) {
          const text = line.replace(/\s+/g, ' ').trim();
          if (text) out.push({ text, refs: [], section: section.title, generated: part.title });
        }
      }
    }
  }
  return out;
}

const cellText = (lines: Line[]) => lines.map(lineText).join(' ');
const withStop = (t: string) => (/[.!?:]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return sentences(lineText(block.content)).map((s) => s.text);
    case 'list':
      return block.items.map(lineText);
    case 'facts':
      return block.items.map((item) => `${item.label}: ${item.value.map((l) => withStop(lineText(l))).join(' ')}`);
    case 'table':
      return block.rows.map((row) => {
        const [head, ...cells] = row;
        const named = cells.map((c, i) => ({ column: block.columns[i + 1] ?? '', text: cellText(c) })).filter((c) => c.text);
        // One value column needs no column name; several say whose value each is ("Brook: 8:35am").
        const values = named.length === 1 ? named[0]!.text : named.map((c) => `${c.column}: ${c.text}`).join('; ');
        return `${cellText(head ?? [])}: ${values}`;
      });
  }
}

/** A pointer as a dotted path with list items by id, without the school prefix ("school_day.registers.morning.closes"). */
function dottedPath(data: unknown, pointer: string): { dotted: string; keys: Array<string | number>; value: unknown } {
  const segs = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const named: string[] = [];
  const keys: Array<string | number> = [];
  let cur = data;
  for (const seg of segs) {
    if (Array.isArray(cur)) {
      const item = cur[Number(seg)] as { id?: unknown; code?: unknown; name?: unknown } | undefined;
      const name = [item?.id, item?.code, item?.name].find((v) => typeof v === 'string');
      // An item with nothing to call it by is left out of the label ("References: title").
      if (typeof name === 'string') named.push(name);
      keys.push(Number(seg));
      cur = item;
    } else {
      named.push(seg);
      keys.push(seg);
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  const dotted = (named[0] === 'schools' ? named.slice(2) : named).join('.');
  return { dotted, keys, value: cur };
}

/** A value as the report shows it: a choice in words ("a parent the pupil normally lives with"), not its code. */
function shownValue(pointer: string, value: unknown, formatted: string): string {
  if (!settingChoices(pointer)) return formatted;
  if (typeof value === 'string') return choiceWords(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return joinWords(value.map((v) => choiceWords(v)));
  return formatted;
}

/**
 * How well a sentence explains a value (0: not at all): it shows it by reference (best), names the
 * value itself, or names the setting in words (more words named, better).
 */
function explains(s: PublishedSentence, dotted: string, formatted: string, kind: string | null, value: unknown): number {
  if (s.refs.some((r) => r === dotted || dotted.startsWith(`${r}.`))) return 100;
  return Number(valueOrWords(s, dotted, formatted, kind, value));
}

function valueOrWords(s: PublishedSentence, dotted: string, formatted: string, kind: string | null, value: unknown): number | boolean {
  const text = s.text.toLowerCase();
  const leaf = dotted.split('.').pop() ?? '';
  // A register code ("C2") is explained only where it is named, not by a sentence about the same topic.
  if (/(?:^|_)code$/.test(leaf) && typeof value === 'string' && value.length <= 3) {
    // In the prose "code C2"; in the generated table of codes, the row of that code ("C2: Part-time timetable…").
    if (s.generated) return s.text.startsWith(`${value}: `) && 50;
    return new RegExp(`\\bcodes? ${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w])`, 'i').test(s.text) && 50;
  }
  if (typeof value === 'number') {
    const unit = /(?:^|_)(years|days|weeks|sessions|minutes|marks|months|hours)$/.exec(leaf)?.[1];
    if (kind === 'money' || kind === 'percent' || /_pct$/.test(leaf)) return text.includes(formatted.toLowerCase()) && 50;
    // "10 sessions", "4-week", "10 school weeks", "20 school days".
    if (unit) {
      const shown = new RegExp(`\\b${value}[ -](?:school )?${unit.replace(/s$/, '')}`).test(text);
      // A number of days in a generated row is the setting's own only when the row names the setting ("Improvement period: 4 weeks").
      if (!s.generated) return shown && 50;
      return (
        shown && overlap(topicWords(dotted.replace(/[._-]/g, ' ').replace(new RegExp(`\\b${unit}\\b`), '')), wordSet(s.text)) > 0 && 50
      );
    }
  } else if (typeof value === 'string' && (kind === 'time' || kind === 'date' || (value.length >= 4 && !/^[a-z0-9_]+$/.test(value)))) {
    return text.includes(formatted.toLowerCase()) && 50;
  }
  // A yes/no or a choice from a list: the sentence must name the setting (its own words, or with its parent's).
  const segs = dotted.split('.').filter((p) => !/^\d+$/.test(p));
  const wordsOf = (seg: string | undefined) =>
    (seg ?? '')
      .split(/[_-]/)
      .map(stem)
      .filter((w) => w.length > 2 && !GENERIC.has(w));
  const own = wordsOf(segs[segs.length - 1]);
  const parent =
    [...segs.slice(0, -1)]
      .reverse()
      .map(wordsOf)
      .find((w) => w.length) ?? [];
  const have = wordSet(s.text);
  const wanted = [...new Set([...parent, ...own])];
  const named = wanted.filter((w) => has(have, w)).length;
  // A setting's own name of three or more words, all there ("home education requires consent").
  if (own.length >= 3 && own.every((w) => has(have, w))) return 10 + named;
  if (!wanted.length) return false;
  // A choice ("termly", "prosecute or withdraw") named in a sentence about the same setting.
  const choice = typeof value === 'string' && /^[a-z0-9_]+$/.test(value) ? wordsOf(value) : [];
  if (choice.length && choice.every((w) => has(have, w)) && named > 0) return 20 + named;
  return (named === wanted.length || (wanted.length >= 4 && named >= wanted.length - 1)) && 10 + named;
}

const clip = (t: string, max = MAX_SENTENCE) => (t.length > max ? `${t.slice(0, max - 1).replace(/(^|\S)\s+\S*$/, '$1')}…` : t);
/** A generated row is quoted shorter: its first words name the setting, and the value follows soon after. */
const MAX_ROW = 140;

/**
 * What a rule that found nothing wrong checked, as it declares it (`meta.settings`: the values of
 * the policy at those pointers; `meta.where`: whether it reads the text), and whether the published
 * text explains it.
 */
export function evidenceFor(
  meta: Pick<RuleMeta, 'settings' | 'where'>,
  loaded: LoadedPolicy,
  published: PublishedSentence[],
  ruleTitle = '',
): Evidence {
  // A rule about the writing itself is evidenced by the text it read, not by the values it filled in.
  if (meta.where === 'prose') return { items: [], dataOnly: false, textOnly: true };
  const items: Array<EvidenceItem & { meta: boolean; rank: number[] }> = [];
  const about = wordSet(ruleTitle);
  const seen = new Set<string>();
  // A school's own value before the shared default it overrides.
  const pointers = declaredSettingsIn(loaded.data, meta.settings ?? []);
  pointers.sort((a, b) => Number(!a.startsWith('/schools/')) - Number(!b.startsWith('/schools/')));
  for (const pointer of pointers) {
    const { dotted, keys, value } = dottedPath(loaded.data, pointer);
    if (seen.has(dotted) || value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value))) continue;
    seen.add(dotted);
    const kind = schemaKindAt(keys);
    const formatted = formatValue(value, kind);
    const fieldWords = topicWords(dotted.replace(/[._-]/g, ' '));
    let sentence: PublishedSentence | undefined;
    let best = [0, 0];
    for (const s of published) {
      const score = explains(s, dotted, formatted, kind, value);
      // Of two lines showing the value, the one that names the setting ("Gates close: 8:50am", not "Gates open: … 8:50am").
      const named = score ? overlap(fieldWords, wordSet(s.text)) : 0;
      if (score > best[0]! || (score === best[0] && score > 0 && named > best[1]!)) [sentence, best] = [s, [score, named]];
    }
    // The closest match first; then the setting, and then the line, that speak most of what the rule is about; the school's own words before a generated row.
    const rank = sentence
      ? [best[0]!, overlap(fieldWords, about), overlap(topicWords(sentence.text), about), sentence.generated ? 0 : 1]
      : [];
    items.push({
      // The report is about one school: a federation's report names which school a setting belongs to.
      field: settingName(loaded.data, pointer, { schoolWhenSeveral: true, valueFollows: true }),
      value: shownValue(pointer, value, formatted),
      sentence: sentence ? clip(sentence.text, sentence.generated ? MAX_ROW : MAX_SENTENCE) : null,
      ...(sentence?.generated ? { table: sentence.generated } : {}),
      meta: META.test(pointer),
      rank,
    });
  }
  const content = items.filter((i) => !i.meta);
  const dataOnly = content.length > 0 && content.every((i) => i.sentence === null);
  // Explained settings first, best evidence first, then the rest, a few at most.
  const byRank = (a: { rank: number[] }, b: { rank: number[] }) => {
    const k = a.rank.findIndex((v, i) => v !== b.rank[i]);
    return k < 0 ? 0 : b.rank[k]! - a.rank[k]!;
  };
  const chosen = [...items.filter((i) => i.sentence).sort(byRank), ...items.filter((i) => !i.sentence)]
    .slice(0, MAX_ITEMS)
    .map(({ meta: _meta, rank: _rank, ...i }) => i);
  return { items: chosen, dataOnly, textOnly: items.length === 0 && meta.where === 'both' };
}
