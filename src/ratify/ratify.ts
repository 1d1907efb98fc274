import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { writeFileAtomic } from '../core/atomic-write.js';
import { parseIsoDate } from '../core/dates.js';
import { UserError } from '../core/diagnostics.js';
import { displayPath } from '../core/files.js';
import { invalidPolicyMessage, loadValidPolicy } from '../validate/load-valid.js';
import { policyFingerprint } from './fingerprint.js';
import { commentsIn, withApproval, type ApprovalFields } from './edit-yaml.js';

export interface RatifyOptions {
  /** The body that approved it, e.g. "Full governing board". */
  by: string;
  /** The minute reference, e.g. "FGB 2026-09-22 item 7". */
  minute: string;
  /** The date of the decision, YYYY-MM-DD. */
  date: string;
  /** The project folder the policy is loaded in (default: its own, see projectRootOf). */
  projectRoot?: string;
}

export interface RatifyResult {
  file: string;
  fingerprint: string;
  /** The policy was already recorded as approved with this same content. */
  unchangedSinceLastApproval: boolean;
}

function checkOptions(o: RatifyOptions): void {
  if (!o.by.trim()) throw new UserError('Say who approved the policy with --by, for example --by "Full governing board".');
  if (!o.minute.trim())
    throw new UserError('Give the minute reference of the decision with --minute, for example --minute "FGB 2026-09-22 item 7".');
  if (!parseIsoDate(o.date)) {
    throw new UserError(`--date must be the date of the decision written YYYY-MM-DD, for example 2026-09-22 (got "${o.date}").`);
  }
}

/**
 * Record the board's approval in the policy file: status approved, when and by whom, the minute
 * reference, and a fingerprint of the content approved (after inheritance, so a later change in
 * the trust base shows too). Only the `document` section of this file changes; comments stay.
 * The file is replaced in one step, and not at all if it changed while this ran.
 */
export function ratifyPolicy(file: string, options: RatifyOptions): RatifyResult {
  checkOptions(options);
  const valid = loadValidPolicy(file, options.projectRoot ? { projectRoot: options.projectRoot } : {});
  if (!valid.ok)
    throw new UserError(`${invalidPolicyMessage(file, valid.diagnostics)} A policy must be valid before it can be recorded as approved.`);
  const { loaded } = valid;
  const text = loaded.sources.get(loaded.file)?.text ?? readFileSync(file, 'utf8');
  const fingerprint = policyFingerprint(loaded.data);
  const previous = loaded.data.document;
  const fields: ApprovalFields = {
    status: 'approved',
    approved_on: options.date,
    approved_by: options.by.trim(),
    approval_minute: options.minute.trim(),
    approved_fingerprint: fingerprint,
  };
  const edited = withApproval(text, fields);
  if (edited === null)
    throw new UserError(
      `${displayPath(file)}: the approval could not be written because the file is not a YAML mapping. Run \`policywright validate ${displayPath(file)}\`.`,
    );
  checkEdit(file, text, edited, fields);
  if (readFileSync(file, 'utf8') !== text)
    throw new UserError(`${displayPath(file)} changed while it was being ratified; nothing was written. Run the command again.`);
  writeFileAtomic(file, edited);
  return {
    file,
    fingerprint,
    unchangedSinceLastApproval: previous?.status === 'approved' && previous.approved_fingerprint === fingerprint,
  };
}

/** Refuse an edit that would change anything but the approval fields, or lose a comment. */
function checkEdit(file: string, before: string, after: string, fields: ApprovalFields): void {
  const was = (parse(before, { version: '1.2' }) ?? {}) as Record<string, unknown>;
  const now = parse(after, { version: '1.2' }) as Record<string, unknown>;
  const expected = { ...was, document: { ...((was.document as object | undefined) ?? {}), ...fields } };
  const lost = commentsIn(before).filter((c) => !commentsIn(after).includes(c));
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(now)), JSON.parse(JSON.stringify(expected))) || lost.length) {
    throw new UserError(
      `${displayPath(file)}: the approval could not be written without changing other parts of the file; nothing was written. Add the fields under \`document\` by hand: ${Object.entries(
        fields,
      )
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')}.`,
    );
  }
}
