import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { SETTINGS, type SettingDef } from '../compare/settings.js';
import { stageSettings } from '../compare/stage-settings.js';
import type { Subject } from '../compare/subjects.js';
import { displayPath } from '../core/files.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { sentenceCase } from '../render/format.js';
import { leaves, type Leaf } from './leaves.js';
import { wordDiff, type WordPart } from './prose-diff.js';
import { topicFor, topicForSettingGroup, topicOrder } from './topics.js';
import { formatValue } from './value-format.js';
import { settingTitles } from '../lint/setting-name.js';

export interface PolicyChange {
  topic: string;
  kind: 'changed' | 'added' | 'removed';
  /** What changed, e.g. "Morning register closes" or "Section ‘Leave of absence’". */
  label: string;
  /** Values as the policy writes them ("£80", "9:00am"); null when there was none. */
  old: string | null;
  new: string | null;
  /** The change in one plain-English sentence. */
  text: string;
  /** The trust base file the change comes from, when it is not the policy's own file. */
  fromBase: string | null;
  /** For changed text: a word-by-word comparison. */
  words?: WordPart[];
}

export interface PolicyDiff {
  /** What was compared, e.g. "policies/schools/oakfield-primary.yaml at v3" and "… as it is now". */
  oldLabel: string;
  newLabel: string;
  topics: Array<{ topic: string; changes: PolicyChange[] }>;
  count: number;
}

/** The settings compared across a trust that also read well as changes (not the yes/no or count rows). */
const DIFF_SKIPS = new Set(['champion-named', 'stage-count']);

function subjectsOf(loaded: LoadedPolicy): Subject[] {
  const schools = loaded.data.schools ?? [];
  if (!schools.length) return [{ id: '', label: '', loaded, school: undefined, schoolIndex: -1 }];
  return schools.map((school, schoolIndex) => ({ id: school.id, label: school.short_name ?? school.name, loaded, school, schoolIndex }));
}

/** Where a value came from, when that is a file this policy builds on rather than its own. */
function baseFileOf(loaded: LoadedPolicy, pointers: string[]): string | null {
  for (const p of pointers) {
    const origin = loaded.origins.get(p);
    if (origin) return path.resolve(origin.file) !== path.resolve(loaded.file) ? displayPath(origin.file) : null;
  }
  return null;
}

function sentence(
  label: string,
  kind: PolicyChange['kind'],
  oldValue: string | null,
  newValue: string | null,
  fromBase: string | null,
): string {
  const base = fromBase ? ' (from the trust base)' : '';
  if (kind === 'added') return `${label}: ${newValue} (new)${base}`;
  if (kind === 'removed') return `${label}: no longer set (was ${oldValue})${base}`;
  return `${label}: now ${newValue} (was ${oldValue})${base}`;
}

function change(topic: string, label: string, oldValue: string | null, newValue: string | null, fromBase: string | null): PolicyChange {
  const kind = oldValue === null ? 'added' : newValue === null ? 'removed' : 'changed';
  return { topic, kind, label, old: oldValue, new: newValue, text: sentence(label, kind, oldValue, newValue, fromBase), fromBase };
}

/** The key settings, read as the trust comparison reads them; returns the pointers they cover. */
function settingChanges(
  before: LoadedPolicy,
  after: LoadedPolicy,
  manySchools: boolean,
  out: PolicyChange[],
): { old: string[]; new: string[] } {
  const oldSubjects = subjectsOf(before);
  const newSubjects = subjectsOf(after);
  const defs: SettingDef[] = [...SETTINGS, ...stageSettings([...oldSubjects, ...newSubjects])].filter((d) => !DIFF_SKIPS.has(d.id));
  const covered = { old: [] as string[], new: [] as string[] };
  for (const subject of newSubjects) {
    const previous = oldSubjects.find((s) => s.id === subject.id);
    if (!previous) continue;
    for (const def of defs) {
      const a = def.read(previous);
      const b = def.read(subject);
      // A stage row covers only its triggers: its name and text are compared as they are.
      const cover = (r: typeof a) =>
        def.id.startsWith('stage-')
          ? r.pointers.slice(0, 1)
          : def.id === 'school-day'
            ? [...r.pointers, ...r.pointers.map((p) => p.replace(/starts$/, 'ends'))]
            : r.pointers;
      covered.old.push(...cover(a));
      covered.new.push(...cover(b));
      if (a.value === b.value) continue;
      const label =
        manySchools && subject.label ? `${subject.label}: ${def.label.charAt(0).toLowerCase()}${def.label.slice(1)}` : def.label;
      out.push(
        change(
          topicForSettingGroup(def.group),
          label,
          a.value,
          b.value,
          baseFileOf(b.value === null ? before : after, b.value === null ? a.pointers : b.pointers),
        ),
      );
    }
  }
  return covered;
}

/** A title inside a label goes on in lower case ("‘Stage 1’: who acts"); "DfE number", "URN" keep their capitals. */
const inSentence = (t: string) => (/^[A-Z][^A-Z\s]*(?:\s|$)/.test(t) ? `${t.charAt(0).toLowerCase()}${t.slice(1)}` : t);

const isCovered = (pointer: string, covered: string[]) => covered.some((c) => pointer === c || pointer.startsWith(`${c}/`));

function leafLabel(leaf: Leaf, manySchools: boolean): { topic: string; label: string } {
  // Each setting by its title in the schema ("Days to report a new pupil"), not its key.
  const titles = settingTitles(leaf.pointer);
  let segs = leaf.path.map((s, i) => ({ ...s, title: inSentence(titles[i] ?? s.key.replace(/_/g, ' ')) }));
  let school: string | undefined;
  if (segs[0]?.key === 'schools') {
    school = segs[0].item;
    segs = segs.slice(1);
    if (!segs.length || !['school_day', 'groups', 'contacts'].includes(segs[0]!.key)) {
      return {
        topic: topicFor('schools'),
        label: sentenceCase([manySchools ? school : undefined, ...segs.map((s) => s.title)].filter(Boolean).join(': ')),
      };
    }
  }
  const topic = topicFor(segs[0]?.key ?? '');
  const parts = segs.slice(1).map((s) => (s.item ? `‘${s.item}’` : s.title));
  if (segs[0]?.item) parts.unshift(`‘${segs[0].item}’`);
  const label = sentenceCase([manySchools ? school : undefined, ...parts].filter(Boolean).join(': ')) || topic;
  return { topic, label };
}

function leafChanges(
  before: LoadedPolicy,
  after: LoadedPolicy,
  covered: { old: string[]; new: string[] },
  manySchools: boolean,
  out: PolicyChange[],
): void {
  const oldLeaves = new Map(leaves(before.data).map((l) => [l.key, l]));
  const newLeaves = new Map(leaves(after.data).map((l) => [l.key, l]));
  for (const key of new Set([...oldLeaves.keys(), ...newLeaves.keys()])) {
    const a = oldLeaves.get(key);
    const b = newLeaves.get(key);
    if (a && b && isDeepStrictEqual(a.value, b.value)) continue;
    if ((b && isCovered(b.pointer, covered.new)) || (a && isCovered(a.pointer, covered.old))) continue;
    const leaf = (b ?? a)!;
    const { topic, label } = leafLabel(leaf, manySchools);
    const oldValue = a ? formatValue(a.value, a.kind) || null : null;
    const newValue = b ? formatValue(b.value, b.kind) || null : null;
    if (oldValue === newValue) continue;
    out.push(change(topic, label, oldValue, newValue, b ? baseFileOf(after, [b.pointer]) : baseFileOf(before, [a!.pointer])));
  }
}

function sectionChanges(before: LoadedPolicy, after: LoadedPolicy, out: PolicyChange[]): void {
  const topic = topicFor('sections');
  const oldSections = before.data.sections ?? [];
  const newSections = after.data.sections ?? [];
  newSections.forEach((s, i) => {
    const fromBase = baseFileOf(after, [`/sections/${i}/body`, `/sections/${i}`]);
    const was = oldSections.find((o) => o.id === s.id);
    const label = `Section ‘${s.title}’`;
    if (!was) {
      out.push({
        topic,
        kind: 'added',
        label,
        old: null,
        new: s.title,
        text: `${label} added${fromBase ? ' (from the trust base)' : ''}`,
        fromBase,
      });
      return;
    }
    if (was.title !== s.title) {
      out.push({
        topic,
        kind: 'changed',
        label,
        old: was.title,
        new: s.title,
        text: `Section ‘${was.title}’ renamed ‘${s.title}’${fromBase ? ' (from the trust base)' : ''}`,
        fromBase,
      });
    }
    const oldBody = was.body ?? '';
    const newBody = s.body ?? '';
    if (oldBody === newBody) return;
    const { parts, rewritten } = wordDiff(oldBody, newBody);
    out.push({
      topic,
      kind: 'changed',
      label,
      old: null,
      new: null,
      text: `${label} ${rewritten ? 'rewritten' : 'changed'}${fromBase ? ' (from the trust base)' : ''}`,
      fromBase,
      words: parts,
    });
  });
  oldSections.forEach((s, i) => {
    if (newSections.some((n) => n.id === s.id)) return;
    const fromBase = baseFileOf(before, [`/sections/${i}/body`, `/sections/${i}`]);
    out.push({
      topic,
      kind: 'removed',
      label: `Section ‘${s.title}’`,
      old: s.title,
      new: null,
      text: `Section ‘${s.title}’ removed${fromBase ? ' (it came from the trust base)' : ''}`,
      fromBase,
    });
  });
}

/**
 * What changed between two versions of a policy, in plain English, grouped by topic: the key
 * settings as the policy writes them, every other value, and the text section by section (with a
 * word-level comparison). Both versions are compared after inheritance, so a change made in the
 * trust base shows, marked as coming from it.
 */
export function diffPolicies(before: LoadedPolicy, after: LoadedPolicy, labels: { old?: string; new?: string } = {}): PolicyDiff {
  const manySchools = Math.max(before.data.schools?.length ?? 0, after.data.schools?.length ?? 0) > 1;
  const out: PolicyChange[] = [];
  const covered = settingChanges(before, after, manySchools, out);
  leafChanges(before, after, covered, manySchools, out);
  sectionChanges(before, after, out);
  const topics = [...new Set(out.map((c) => c.topic))].sort((a, b) => topicOrder(a) - topicOrder(b));
  return {
    oldLabel: labels.old ?? displayPath(before.file),
    newLabel: labels.new ?? displayPath(after.file),
    topics: topics.map((topic) => ({ topic, changes: out.filter((c) => c.topic === topic) })),
    count: out.length,
  };
}
