import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

/** The PDF's text, with runs of white space made single so wrapped lines can be matched. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function pdfInfo(file: string): string {
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** HTML text as a reader sees it: tags removed, the entities handlebars writes decoded. */
export function htmlText(html: string): string {
  const entities: Record<string, string> = {
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&#x27;': "'",
    '&#x3D;': '=',
    '&#x60;': '`',
  };
  return squash(html.replace(/<[^>]+>/g, ' ').replace(/&(amp|lt|gt|quot|#x27|#x3D|#x60);/g, (e) => entities[e]!));
}

/** The label of each piece of evidence in a report's HTML: the words before the value ("Local authority returns: days to report a new pupil"). */
export function evidenceLabels(html: string): string[] {
  return [...html.matchAll(/<span class="field">([^<]*): <strong>/g)].map((m) => htmlText(m[1]!));
}

/** Every `id` in a policy's data (schools, sections, stages, people…): none of them is a word for people. */
export function idsIn(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(idsIn);
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([k, v]) => (k === 'id' && typeof v === 'string' ? [v] : idsIn(v)));
}

type SchemaNode = { title?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; $defs?: Record<string, SchemaNode> };

/**
 * A data key turned into words ("la returns", "retention years", "codes in use") where the schema
 * gives the setting a title for people ("Local authority returns"): read from the schema file itself.
 */
function keyWordsNotTitles(): { keys: Set<string>; titles: Set<string> } {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/policy.schema.json'), 'utf8')) as SchemaNode;
  const keys = new Set<string>();
  const titles = new Set<string>();
  const walk = (n: SchemaNode | undefined) => {
    if (!n || typeof n !== 'object') return;
    for (const [k, v] of Object.entries(n.properties ?? {})) {
      for (const w of [k.replace(/_/g, ' '), k.replace(/_pct$/, '').replace(/_/g, ' ')]) keys.add(w);
      if (v.title) titles.add(v.title.toLowerCase());
      walk(v);
    }
    walk(n.items);
    for (const d of Object.values(n.$defs ?? {})) walk(d);
  };
  walk(schema);
  return { keys: new Set([...keys].filter((k) => !titles.has(k))), titles };
}

let keyWords: { keys: Set<string>; titles: Set<string> } | undefined;

/** What in an evidence label shows it was made from the data and not written for people; empty when it reads as words. */
export function dataKeyFaults(label: string, ids: string[]): string[] {
  keyWords ??= keyWordsNotTitles();
  const faults: string[] = [];
  if (label.includes('_')) faults.push('an underscore');
  if (/\[\d+\]|\/\d+(?:\/|$)|\.\d+\./.test(label)) faults.push('a list index');
  if (/(?:^|: )La\b/.test(label)) faults.push('"La" for local authority');
  // The value follows the label: "…cited: title: School Attendance Regulations 2024" names the key, not the thing.
  if (/: (?:title|name|code|label|type|id)$/i.test(label)) faults.push('the key its item is called by, before the value');
  // "Senior attendance champion: senior attendance champion", "Contacts: contacts".
  const steps = label.toLowerCase().split(': ');
  if (steps.some((step, i) => i > 0 && step === steps[i - 1])) faults.push('a step named twice');
  for (const id of ids.filter((i) => /[-\d]/.test(i)))
    if (new RegExp(`(?:^|[^\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\w-])`).test(label)) faults.push(`the id ${id}`);
  for (const part of label.split(': ')) {
    // A list item is named in brackets after the list ("Attendance codes used (code C2)"); some titles have brackets of their own.
    const bare = part.replace(/\s*\([^)]*\)$/, '').toLowerCase();
    if (keyWords.keys.has(bare) && !keyWords.titles.has(part.toLowerCase())) faults.push(`the data key "${bare}"`);
  }
  return faults;
}
