/**
 * A role or body the policy names ("Full governing board", "Headteacher"), as it reads inside a
 * sentence: "ratified by the full governing board". A proper name ("Oak Trust board", "Mrs Patel")
 * keeps its capitals and takes no "the".
 */
export function roleInSentence(name: string): string {
  const trimmed = name.trim();
  const words = trimmed.split(/\s+/);
  if (words.slice(1).some((w) => /^[A-Z]/.test(w))) return trimmed;
  const lower = /^[A-Z][a-z]/.test(trimmed) ? `${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}` : trimmed;
  return /^the\s/i.test(lower) ? lower : `the ${lower}`;
}
