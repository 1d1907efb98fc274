import { isMap, isNode, isScalar, parseDocument, stringify, type Pair } from 'yaml';

export interface ApprovalFields {
  status: 'approved';
  approved_on: string;
  approved_by: string;
  approval_minute: string;
  approved_fingerprint: string;
}

/** Every comment in a YAML text, trimmed, in order (to check that an edit kept them all). */
export function commentsIn(text: string): string[] {
  const doc = parseDocument(text, { version: '1.2', keepSourceTokens: false });
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { commentBefore?: string | null; comment?: string | null; items?: unknown[]; key?: unknown; value?: unknown };
    if (n.commentBefore) out.push(n.commentBefore);
    if (n.comment) out.push(n.comment);
    if (Array.isArray(n.items)) n.items.forEach(visit);
    if ('key' in n) visit(n.key);
    if ('value' in n) visit(n.value);
  };
  if (doc.commentBefore) out.push(doc.commentBefore);
  visit(doc.contents);
  if (doc.comment) out.push(doc.comment);
  return out.flatMap((c) => c.split('\n').map((l) => l.trim())).filter(Boolean);
}

/** A value written as YAML on one line ("approved", "FGB 22/09/26 item 7", '"1: review"'). */
function scalar(value: string): string {
  return stringify(value, { version: '1.2', lineWidth: 0 }).trimEnd();
}

interface Edit {
  at: number;
  end: number;
  text: string;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Write the approval into the policy's own YAML as small text edits, so every comment and the
 * layout of everything else stay exactly as they were: values already under `document` are replaced
 * in place, new ones are added as the first lines under it (with its indentation), and a file
 * without a `document` section gets one after `extends` (or before its first setting).
 * Returns null when the file is not a YAML mapping the edit can be made in.
 */
export function withApproval(text: string, fields: ApprovalFields): string | null {
  const doc = parseDocument(text, { version: '1.2', keepSourceTokens: true });
  if (doc.errors.length || !isMap(doc.contents) || doc.contents.flow) return null;
  const root = doc.contents;
  const keyOf = (pair: Pair) => (isScalar(pair.key) ? pair.key.value : undefined);
  const entry = root.items.find((p) => keyOf(p) === 'document');
  const edits: Edit[] = [];
  if (!entry) {
    const ext = root.items.find((p) => keyOf(p) === 'extends');
    const first = root.items[0];
    const lines = Object.entries(fields)
      .map(([k, v]) => `  ${k}: ${scalar(v)}\n`)
      .join('');
    const endOfExtends = ext && isScalar(ext.value) && ext.value.range ? text.indexOf('\n', ext.value.range[1]) : -1;
    const at = ext
      ? endOfExtends < 0
        ? text.length
        : endOfExtends + 1
      : first && isNode(first.key) && first.key.range
        ? lineStart(text, first.key.range[0])
        : text.length;
    const block = `${at > 0 && text[at - 1] !== '\n' ? '\n' : ''}${ext ? '\n' : ''}document:\n${lines}${ext ? '' : '\n'}`;
    edits.push({ at, end: at, text: block });
  } else {
    const section = entry.value;
    if (!isMap(section) || section.flow || !section.items.length) return null;
    const firstKey = section.items[0]!.key;
    if (!isNode(firstKey) || !firstKey.range) return null;
    const start = lineStart(text, firstKey.range[0]);
    const indent = text.slice(start, firstKey.range[0]);
    if (!/^ +$/.test(indent)) return null;
    const added: string[] = [];
    for (const [key, value] of Object.entries(fields)) {
      const pair = section.items.find((p) => keyOf(p) === key);
      if (pair && isScalar(pair.value) && pair.value.range && pair.value.type !== 'BLOCK_FOLDED' && pair.value.type !== 'BLOCK_LITERAL') {
        edits.push({ at: pair.value.range[0], end: pair.value.range[1], text: scalar(value) });
      } else if (pair) {
        return null;
      } else {
        added.push(`${indent}${key}: ${scalar(value)}\n`);
      }
    }
    if (added.length) edits.push({ at: start, end: start, text: added.join('') });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return out;
}
