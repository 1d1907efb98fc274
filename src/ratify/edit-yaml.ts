import { isMap, parseDocument, type Document } from 'yaml';

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

/**
 * Write the approval into the policy's own YAML, keeping every comment and the layout of
 * everything else: the edit goes through yaml's Document model, which keeps comments attached to
 * their nodes. A file without a `document` section gets one after `extends` (or at the top).
 * Returns null when the text is not a YAML mapping the edit can be made in.
 */
export function withApproval(text: string, fields: ApprovalFields): string | null {
  const doc: Document = parseDocument(text, { version: '1.2', keepSourceTokens: false });
  if (doc.errors.length || !isMap(doc.contents)) return null;
  const root = doc.contents;
  if (!root.has('document')) {
    const at = root.items.findIndex((pair) => (pair.key as { value?: unknown } | null)?.value === 'extends');
    const pair = doc.createPair('document', {});
    root.items.splice(at + 1, 0, pair);
  }
  const section = root.get('document', true);
  if (!isMap(section)) return null;
  for (const [key, value] of Object.entries(fields)) section.set(key, value);
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}
