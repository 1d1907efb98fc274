import { toString } from 'mdast-util-to-string';
import { DATA_REF, findDataRefs, resolveDataRef } from '../core/data-refs.js';
import { schemaKindAt, formatValue, words } from '../diff/value-format.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { parseMarkdown, sentences, type MdNode } from '../prose/blocks.js';
import { formatDataValue } from '../render/prose.js';
import type { RuleProbe } from './applicability.js';

/** One sentence of the published policy, with the data values it shows by reference. */
export interface PublishedSentence {
  text: string;
  /** Dotted data paths the sentence shows (`school.` taken off). */
  refs: string[];
  section: string;
}

export interface EvidenceItem {
  /** The setting in plain words, e.g. "Registers: retention years". */
  field: string;
  value: string;
  /** The sentence of the published policy that explains it, if there is one. */
  sentence: string | null;
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
const META = /^\/(document|trust|references|sections|local_variations)(\/|$)|^\/schools\/\d+\/(id|name|short_name|type|phase|urn|dfe_number|local_authority|religious_character|website|address|headteacher)$/;
const GENERIC = new Set(['used', 'use', 'is', 'has', 'required', 'requires', 'allowed', 'as', 'of', 'the', 'a', 'by', 'with', 'at', 'in', 'on', 'to', 'and', 'or', 'code', 'codes', 'value', 'amount', 'unit', 'id', 'name', 'type', 'enabled', 'policy', 'count', 'pct', 'schools', 'school', 'data', 'stages', 'triggers', 'kind', 'detail', 'details']);

/** A rough stem, so "records", "recorded" and "recording" meet, and "share" meets "sharing". */
const stem = (w: string) => {
  const s = w.toLowerCase().replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
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
const has = (have: Set<string>, w: string) => have.has(w) || (SAME_AS[w] ?? []).some((a) => have.has(a));

function blocksOf(node: MdNode, out: string[]): void {
  if (node.type === 'heading') return;
  if (node.type === 'paragraph' || node.type === 'tableCell') {
    out.push(toString(node as Parameters<typeof toString>[0]));
    return;
  }
  for (const child of node.children ?? []) blocksOf(child, out);
}

/** Every sentence of the published text, data references filled in as parents read them. */
export function publishedSentences(loaded: LoadedPolicy): PublishedSentence[] {
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
        out.push({ text, refs, section: section.title });
      }
    }
  }
  return out;
}

/** A pointer as a dotted path with list items by id, without the school prefix ("school_day.registers.morning.closes"). */
function dottedPath(data: unknown, pointer: string): { dotted: string; keys: Array<string | number>; value: unknown } {
  const segs = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
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

function fieldLabel(dotted: string): string {
  const parts = dotted.split('.').map(words);
  const label = parts.join(': ');
  return label.charAt(0).toUpperCase() + label.slice(1);
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
  if (leaf === 'code' && typeof value === 'string' && value.length <= 3) {
    return new RegExp(`\\bcodes? ${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w])`, 'i').test(s.text) && 50;
  }
  if (typeof value === 'number') {
    const unit = /_(years|days|weeks|sessions|minutes|marks|months|hours)$/.exec(leaf)?.[1];
    if (kind === 'money' || kind === 'percent' || /_pct$/.test(leaf)) return text.includes(formatted.toLowerCase()) && 50;
    if (unit) return new RegExp(`\\b${value}[ -]${unit.replace(/s$/, '')}`).test(text) && 50;
  } else if (typeof value === 'string' && (kind === 'time' || kind === 'date' || (value.length >= 4 && !/^[a-z0-9_]+$/.test(value)))) {
    return text.includes(formatted.toLowerCase()) && 50;
  }
  // A yes/no or a choice from a list: the sentence must name the setting (its own words, or with its parent's).
  const segs = dotted.split('.').filter((p) => !/^\d+$/.test(p));
  const wordsOf = (seg: string | undefined) => (seg ?? '').split(/[_-]/).map(stem).filter((w) => w.length > 2 && !GENERIC.has(w));
  const own = wordsOf(segs[segs.length - 1]);
  const parent = [...segs.slice(0, -1)].reverse().map(wordsOf).find((w) => w.length) ?? [];
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

const clip = (t: string) => (t.length > MAX_SENTENCE ? `${t.slice(0, MAX_SENTENCE - 1).replace(/(^|\S)\s+\S*$/, '$1')}…` : t);

/** What a rule that found nothing wrong looked at, and whether the published text explains it. */
export function evidenceFor(probe: RuleProbe, loaded: LoadedPolicy, published: PublishedSentence[], textRule = false): Evidence {
  // A rule about the writing itself is evidenced by the text it read, not by the values it filled in.
  if (textRule) return { items: [], dataOnly: false, textOnly: true };
  const items: Array<EvidenceItem & { meta: boolean }> = [];
  const seen = new Set<string>();
  // A school's own value before the shared default it overrides; a list of words as one value.
  const pointers = [...new Set(probe.pointers.map((p) => (/\/\d+$/.test(p) && scalarList(loaded.data, p.replace(/\/\d+$/, '')) ? p.replace(/\/\d+$/, '') : p)))];
  pointers.sort((a, b) => Number(!a.startsWith('/schools/')) - Number(!b.startsWith('/schools/')));
  for (const pointer of pointers) {
    const { dotted, keys, value } = dottedPath(loaded.data, pointer);
    if (seen.has(dotted) || value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value))) continue;
    seen.add(dotted);
    const kind = schemaKindAt(keys);
    const formatted = formatValue(value, kind);
    let sentence: PublishedSentence | undefined;
    let best = 0;
    for (const s of published) {
      const score = explains(s, dotted, formatted, kind, value);
      if (score > best) [sentence, best] = [s, score];
    }
    items.push({ field: fieldLabel(dotted), value: formatted, sentence: sentence ? clip(sentence.text) : null, meta: META.test(pointer) });
  }
  const content = items.filter((i) => !i.meta);
  const dataOnly = content.length > 0 && content.every((i) => i.sentence === null);
  // Explained settings first, then the rest, a few at most.
  const chosen = [...items.filter((i) => i.sentence), ...items.filter((i) => !i.sentence)].slice(0, MAX_ITEMS).map(({ meta: _meta, ...i }) => i);
  return { items: chosen, dataOnly, textOnly: items.length === 0 && probe.readText };
}

function scalarList(data: unknown, pointer: string): boolean {
  const { value } = dottedPath(data, pointer);
  return Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object');
}
