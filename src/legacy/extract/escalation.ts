import { slug } from '../../core/slug.js';
import { NUMBER_WORDS } from '../../text/numbers.js';
import type { LegacyBlock } from '../prose-blocks.js';
import { factAt, type Extraction, type Fact, type Note, type Sentence } from './fact.js';
import { triggersIn, type TriggerReading } from './triggers.js';

/** Words that make a numbered stage one of attendance support, not a key stage or a stage of a project. */
const ESCALATION_WORDS =
  /\b(attendance|absence|concern|support|letter|meeting|intervention|legal|penalty|referr\w*|warning|monitor\w*|contract|prosecution|notice|early\s+help|improvement)\b/i;
/** A heading over a list of stages. */
const STAGES_HEADING = /\b(escalat\w*|intervention|stages?|graduated|procedures?|thresholds?|support\s+(?:system|process|plan)|levels?\s+of\s+(?:concern|support))\b/i;
const STAGE_LABEL = /^stage\s+(\d{1,2}|one|two|three|four|five|six)\b\s*[:.\-–—)]?\s*/i;
/** What the school does at a stage. */
const ACTION = /\b(letter|meeting|referr\w*|interview|invited|contact\w*|call|visit|warning|notice|penalty|prosecution|plan|contract|monitor\w*|support|review|report\w*|panel|fine)\b/i;
const SEPARATOR = /\s*(?:=|:|–|—|->|→|\s-\s)\s*/;

interface Stage {
  /** Where the stage is named (the label, or the action it names). */
  name: { block: LegacyBlock; offset: number; text: string };
  action?: { block: LegacyBlock; offset: number; text: string };
  block: LegacyBlock;
  reading: TriggerReading;
  /** Offset of the words the triggers were read from, in `block.text`. */
  triggersAt: number;
}

/**
 * Escalation stages: numbered stages ("Stage 2: Formal support", each with what triggers it when
 * the same paragraph says), and lists of bands under an intervention heading ("95% and under = a
 * reminder letter"). A stage's triggers are read only from its own words: a level stated
 * elsewhere is not tied to a stage by guesswork. A band no trigger can hold becomes a TODO.
 */
export function extractEscalation(blocks: LegacyBlock[]): Extraction {
  const stages = labelledStages(blocks);
  if (!stages.length) stages.push(...bandLists(blocks));
  const facts: Fact[] = [];
  const notes: Note[] = [];
  const ids = new Set<string>();
  stages.forEach((st, i) => {
    const base = `/escalation/stages/${i}`;
    const at = (p: string, value: Fact['value'], where: { block: LegacyBlock; offset: number }, length: number) =>
      facts.push(factAt(sentence(where.block), `${base}/${p}`, value, where.offset, length));
    let id = slug(st.name.text).slice(0, 40).replace(/-+$/, '') || `stage-${i + 1}`;
    for (let n = 2; ids.has(id); n++) id = `${slug(st.name.text).slice(0, 36)}-${n}`;
    ids.add(id);
    at('id', id, st.name, st.name.text.length);
    at('name', st.name.text, st.name, st.name.text.length);
    if (st.action) at('actions/0', st.action.text, st.action, st.action.text.length);
    st.reading.triggers.forEach((t, j) => {
      const where = { block: st.block, offset: st.triggersAt + t.index };
      const put = (p: string, v: Fact['value']) => at(`triggers/${j}/${p}`, v, where, t.text.length);
      put('metric', t.metric);
      put('comparison', t.comparison);
      put('value', t.value);
      if (t.window) {
        put('window/type', t.window.type);
        if (t.window.length !== undefined) put('window/length', t.window.length);
      }
      put('text', t.text);
    });
    for (const u of st.reading.unreadable)
      notes.push({
        pointer: `${base}/name`,
        note: `this stage applies to a band (“${u.text}”) that a trigger cannot hold; write its triggers by hand (line ${st.block.at(st.triggersAt + u.index).line})`,
      });
  });
  return { facts, notes };
}

function sentence(block: LegacyBlock): Sentence {
  return { block, text: block.text, offset: 0 };
}

/** "Stage 1" headings or paragraphs, first of each number, with a name from the rest of the line or the line after. */
function labelledStages(blocks: LegacyBlock[]): Stage[] {
  const out: Stage[] = [];
  const seen = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.kind === 'tableCell' && b.table?.cell !== 0) return;
    const m = STAGE_LABEL.exec(b.text);
    if (!m) return;
    const n = NUMBER_WORDS.get(m[1]!.toLowerCase()) ?? Number(m[1]);
    if (seen.has(n)) return;
    const rest = b.text.slice(m[0].length);
    const next = blocks[i + 1];
    const title = rest ? firstClause(rest) : next && shortTitle(next.text) ? next.text : '';
    const context = `${b.text} ${title} ${b.headings.join(' ')}`;
    if (!ESCALATION_WORDS.test(context)) return;
    seen.add(n);
    const label = m[0].replace(/[\s:.\-–—)]+$/, '');
    const name = title ? `${label}: ${title}` : label;
    const reading = rest ? triggersIn(rest) : { triggers: [], unreadable: [] };
    out.push({ name: { block: b, offset: 0, text: name }, block: b, reading, triggersAt: m[0].length });
  });
  // Stages 1 and 2 at least: a lone "Stage 3" is not a procedure read whole; leave it to the prose.
  return seen.has(1) && seen.has(2) ? out : [];
}

/** Consecutive lines of "condition = action" under a heading about intervention or stages. */
function bandLists(blocks: LegacyBlock[]): Stage[] {
  const runs: Stage[][] = [];
  let run: Stage[] = [];
  for (const b of blocks) {
    const band = b.kind === 'paragraph' || b.kind === 'listItem' ? bandLine(b) : undefined;
    if (band) run.push(band);
    else if (b.kind !== 'heading' || run.length) {
      if (run.length) runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  // The first list of two or more bands: a single line may be anything.
  return runs.find((r) => r.length >= 2) ?? [];
}

function bandLine(b: LegacyBlock): Stage | undefined {
  if (b.text.length > 300 || !b.headings.some((h) => STAGES_HEADING.test(h))) return undefined;
  const sep = SEPARATOR.exec(b.text);
  if (!sep || sep.index === 0) return undefined;
  const condition = b.text.slice(0, sep.index);
  const actionAt = sep.index + sep[0].length;
  const action = b.text.slice(actionAt).replace(/[.;]+$/, '').trim();
  if (!action || !ACTION.test(action)) return undefined;
  const reading = triggersIn(condition);
  if (!reading.triggers.length && !reading.unreadable.length) return undefined;
  const name = capitalise(action.replace(/^(an?|the)\s+/i, ''));
  const shortName = name.length > 80 ? `${name.slice(0, 77).trimEnd()}...` : name;
  return {
    name: { block: b, offset: actionAt, text: shortName },
    action: { block: b, offset: actionAt, text: capitalise(action) },
    block: b,
    reading,
    triggersAt: 0,
  };
}

function firstClause(text: string): string {
  const t = /^[^.;]*/.exec(text)![0].trim();
  return t.length > 80 ? `${t.slice(0, 77).trimEnd()}...` : t;
}

function shortTitle(text: string): boolean {
  return /^[A-Z]/.test(text) && text.split(/\s+/).length <= 8 && !/[.:;,]$/.test(text);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
