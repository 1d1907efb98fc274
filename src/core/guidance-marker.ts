/**
 * The mark that starts every piece of guidance in a starter policy; it must never be published.
 * Its own module, so that the lint rule that looks for it does not load the output checker's
 * HTML and Word readers.
 */
export const GUIDANCE_MARKER = 'GUIDANCE:';
