import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../core/atomic-write.js';
import { MAX_POLICY_BYTES } from '../load/source.js';
import { textHash } from './check-draft.js';
import { applyFileData } from './edit-yaml.js';
import { RequestError } from './project.js';

/** The file's text and the fingerprint the browser sends back when it saves. */
export function readForEdit(file: string): { text: string; hash: string } {
  const buf = readFileSync(file);
  if (buf.length > MAX_POLICY_BYTES)
    throw new RequestError(413, `This file is larger than ${MAX_POLICY_BYTES / 1024 / 1024} MB, too large to be a policy.`);
  const text = buf.toString('utf8');
  return { text, hash: textHash(text) };
}

export const STALE_MESSAGE =
  'This file was changed on disk after you opened it (perhaps in another window or by another person), so your changes were not saved over it. Copy anything you need, then reload the page to see the file as it is now.';

/**
 * Write the form's data into the file, keeping its comments, if the file is still exactly as it was
 * when the browser opened it (optimistic concurrency); atomically, so the file is never half written.
 */
export function saveFileData(file: string, expectedHash: unknown, data: unknown): { text: string; hash: string; changed: boolean } {
  const current = readForEdit(file);
  if (typeof expectedHash !== 'string' || expectedHash !== current.hash) throw new RequestError(409, STALE_MESSAGE);
  const next = applyFileData(current.text, data);
  if (next === current.text) return { ...current, changed: false };
  // Read once more just before writing, so an edit made while this one was prepared is not lost.
  if (readForEdit(file).hash !== current.hash) throw new RequestError(409, STALE_MESSAGE);
  writeFileAtomic(file, next);
  return { text: next, hash: textHash(next), changed: true };
}
