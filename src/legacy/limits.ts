/**
 * Size limits. A long attendance policy is about 100 KB of text and a Word file with pictures a
 * few MB, so anything above these is almost certainly the wrong file; reading it would only be slow.
 * (A module of their own, so the command line's help can quote them without loading the readers.)
 */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
