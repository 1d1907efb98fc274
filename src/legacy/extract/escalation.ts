import { slug } from '../../core/slug.js';
import { NUMBER_WORDS } from '../../text/numbers.js';
import type { LegacyBlock } from '../prose-blocks.js';
import { factAt, type Extraction, type Fact, type Note, type Sentence } from './fact.js';
import { triggersIn, type TriggerReading } from './triggers.js';

/** Words that make a numbered stage one of attendance support, not a key stage or a stage of a project. */
const ESCALATION_WORDS =
  /\b(attendance|absence|concern|support|letter|meeting|intervention|legal|penalty|referr\w*|warning|monitor\w*|contract|prosecution|notice|early\s+help|improvement)\b/i;
/** A heading over a list of stages. */
const STAGES_HEADING =
  /\b(escalat\w*|intervention|stages?|graduated|procedures?|thresholds?|support\s+(?:system|process|plan)|levels?\s+of\s+(?:concern|support))\b/i;
const STAGE_LABEL = /^stage\s+(\d{1,2}|one|two|three|four|five|six)\b\s*[:.\-–—)]?\s*/i;
/** What the school does at a stage. */
const ACTION =
  /\b(letter|meeting|referr\w*|interview|invited|contact\w*|call|visit|warning|notice|penalty|prosecution|plan|contract|monitor\w*|support|review|report\w*|panel|fine)\b/i;
const SEPARATOR = /=|:|–|—|->|→| - /;

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
    const base0 = shortId(slug(st.name.text)) || `stage-${i + 1}`;
    let id = base0;
    for (let n = 2; ids.has(id); n++) id = `${base0}-${n}`;
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

/** An id of whole words, at most 40 characters: "stage-4-legal-action-where-there-is-no". */
function shortId(id: string): string {
  if (id.length <= 40) return id;
  const cut = id.slice(0, 41);
  return cut.slice(0, cut.lastIndexOf('-')) || id.slice(0, 40);
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
    // "Stage 2: attendance below 90% – a meeting": the stage is named by what the school does.
    const split = rest ? conditionAndAction(rest) : undefined;
    const title = split ? shortName(split.action) : rest ? firstClause(rest) : next && shortTitle(next.text) ? next.text : '';
    const context = `${b.text} ${title} ${b.headings.join(' ')}`;
    if (!ESCALATION_WORDS.test(context)) return;
    seen.add(n);
    const label = trimEnd(m[0], ':.-–—)');
    const name = title ? `${label}: ${title}` : label;
    const reading = split ? triggersIn(split.condition) : rest ? triggersIn(rest) : { triggers: [], unreadable: [] };
    const action = split ? { block: b, offset: m[0].length + split.actionAt, text: capitalise(split.action) } : undefined;
    out.push({ name: { block: b, offset: 0, text: name }, ...(action ? { action } : {}), block: b, reading, triggersAt: m[0].length });
  });
  // Stages 1 and 2 at least: a lone "Stage 3" is not a procedure read whole; leave it to the prose.
  return seen.has(1) && seen.has(2) ? out : [];
}

/** Consecutive lines of "condition = action" under a heading (or after a line) about intervention or stages. */
function bandLists(blocks: LegacyBlock[]): Stage[] {
  const runs: Stage[][] = [];
  let run: Stage[] = [];
  let intro: LegacyBlock | undefined;
  for (const b of blocks) {
    const about = b.headings.some((h) => STAGES_HEADING.test(h)) || (intro !== undefined && STAGES_HEADING.test(intro.text));
    const band = about && (b.kind === 'paragraph' || b.kind === 'listItem') ? bandLine(b) : undefined;
    if (band) run.push(band);
    else {
      if (run.length) runs.push(run);
      run = [];
      intro = b.text.length <= 200 ? b : undefined;
    }
  }
  if (run.length) runs.push(run);
  // The first list of two or more bands: a single line may be anything.
  return runs.find((r) => r.length >= 2) ?? [];
}

function bandLine(b: LegacyBlock): Stage | undefined {
  if (b.text.length > 300) return undefined;
  const split = conditionAndAction(b.text);
  if (!split) return undefined;
  const reading = triggersIn(split.condition);
  if (!reading.triggers.length && !reading.unreadable.length) return undefined;
  return {
    name: { block: b, offset: split.actionAt, text: shortName(split.action) },
    action: { block: b, offset: split.actionAt, text: capitalise(split.action) },
    block: b,
    reading,
    triggersAt: 0,
  };
}

/** "96% and below = a letter home": the condition, and what the school does (which must read as an action). */
function conditionAndAction(text: string): { condition: string; action: string; actionAt: number } | undefined {
  const sep = SEPARATOR.exec(text);
  if (!sep || !text.slice(0, sep.index).trim()) return undefined;
  let actionAt = sep.index + sep[0].length;
  while (text[actionAt] === ' ') actionAt++;
  const action = trimEnd(text.slice(actionAt), '.;');
  if (!action || !ACTION.test(action)) return undefined;
  return { condition: text.slice(0, sep.index), action, actionAt };
}

/** A stage's name from its action: "a letter home" → "Letter home", cut to 80 characters. */
function shortName(action: string): string {
  const name = capitalise(action.replace(/^(an?|the)\s+/i, ''));
  return name.length > 80 ? `${name.slice(0, 77).trimEnd()}...` : name;
}

function firstClause(text: string): string {
  const t = /^[^.;]*/.exec(text)![0].trim();
  return t.length > 80 ? `${t.slice(0, 77).trimEnd()}...` : t;
}

function shortTitle(text: string): boolean {
  return /^[A-Z]/.test(text) && text.split(/\s+/).length <= 8 && !/[.:;,]$/.test(text);
}

/** `s` without white space or any of `chars` at its end (a loop: a trailing character class backtracks on long runs). */
function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && (chars.includes(s[end - 1]!) || s[end - 1]!.trim() === '')) end--;
  return s.slice(0, end);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
