import { UserError } from '../core/diagnostics.js';

/**
 * The most text a legacy document may hold, in characters. A 40-page policy is about 120,000;
 * this allows some 40 times that, and keeps an audit to seconds (its work grows in step with the text).
 */
export const MAX_TEXT_CHARS = 5_000_000;

export function checkTextLength(file: string, text: string, limit = MAX_TEXT_CHARS): void {
  if (text.length > limit) {
    throw new UserError(
      `${file} holds ${text.length.toLocaleString('en-GB')} characters of text; policywright reads documents of at most ${limit.toLocaleString('en-GB')} (a 40-page policy is about 120,000). Check that this is the policy, and remove anything pasted into it that is not.`,
    );
  }
}
