import { sentenceReadability } from '../../text/readability.js';
import { DATA_REF, resolveDataRef } from '../../core/data-refs.js';
import { sentences } from '../../prose/blocks.js';
import type { ParsedSection, RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';
import { syllables } from '../../text/words.js';
import { SECTIONS_REMEMBERED, TextCache } from '../../text/text-cache.js';

/**
 * Reading age the parent-facing text is measured against. GOV.UK writes for a reading age of 9;
 * a policy has to use some legal terms, so 14 (the end of Key Stage 3) is the plain-English bar here.
 */
const TARGET_AGE = 14;
/** A section is reported when it reads above this US grade (Flesch–Kincaid; grade + 5 is the reading age). */
const MAX_GRADE = TARGET_AGE - 5;
/** Sections shorter than this are too small to score fairly. */
const MIN_WORDS = 60;
/** Shorter sentences are not scored one by one: a single long word skews every formula. */
const MIN_SENTENCE_WORDS = 8;
/**
 * How many of a section's hardest sentences (by their own grade) are given to retext-readability,
 * whose seven formulas cost about 1.5 ms a sentence: only those that will be quoted.
 */
const CANDIDATES = 3;

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
/** Sections shared through a trust base are linted once per school file: score each text once. */
const scored = new TextCache<string, Score>(SECTIONS_REMEMBERED);

interface Sentence {
  text: string;
  words: number;
  syllables: number;
  grade: number;
}

function fleschKincaid(words: number, sentenceCount: number, syllableCount: number): number {
  return words && sentenceCount ? 0.39 * (words / sentenceCount) + 11.8 * (syllableCount / words) - 15.59 : 0;
}

const measured = new TextCache<string, Sentence>(2000);

/** Words, syllables and grade of one sentence, once per distinct sentence (schools share most of theirs). */
function measure(text: string): Sentence {
  let s = measured.get(text);
  if (!s) {
    const words = text.match(WORD) ?? [];
    const syl = words.reduce((n, w) => n + syllables(w), 0);
    s = { text, words: words.length, syllables: syl, grade: fleschKincaid(words.length, 1, syl) };
    measured.set(text, s);
  }
  return s;
}

/**
 * How many of the seven readability formulas find each sentence hard, keyed by the sentence
 * with its spaces made single. Each candidate is its own paragraph and is scored on its own, so a
 * sentence's votes are the same whichever section it is in: each is worked out once.
 */
const sentenceVotes = new TextCache<string, number>(2000);

function votesFor(texts: string[], flat: (t: string) => string): Map<string, number> {
  // Votes are read into `known` as they are found, so the table forgetting old entries meanwhile changes nothing.
  const known = new Map<string, number>();
  const missing = new Map<string, string>();
  for (const t of texts) {
    const key = flat(t);
    const v = sentenceVotes.get(key);
    if (v !== undefined) known.set(key, v);
    else if (!missing.has(key)) missing.set(key, t);
  }
  if (missing.size) {
    const found = new Map<string, number>();
    const text = [...missing.values()].join('\n\n');
    for (const s of sentenceReadability(text, { age: TARGET_AGE, minWords: MIN_SENTENCE_WORDS }))
      if (s.votes > 0) found.set(flat(s.text), s.votes);
    for (const key of missing.keys()) {
      const v = found.get(key) ?? 0;
      sentenceVotes.set(key, v);
      known.set(key, v);
    }
  }
  return new Map(texts.map((t) => [flat(t), known.get(flat(t)) ?? 0]));
}

export interface Score {
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade of the whole text. */
  grade: number;
  /** The hardest sentences, hardest first, with how many of retext-readability's seven formulas found them hard. */
  hardest: Array<{ text: string; votes: number }>;
}

/** Sentence counts and the Flesch–Kincaid grade, counted cheaply. */
export function gradeParagraphs(paragraphs: string[]): { words: number; sentences: Sentence[]; grade: number } {
  const all = paragraphs.flatMap((p) => sentences(p).map((s) => measure(s.text))).filter((s) => s.words > 0);
  const words = all.reduce((n, s) => n + s.words, 0);
  return {
    words,
    sentences: all,
    grade: fleschKincaid(
      words,
      all.length,
      all.reduce((n, s) => n + s.syllables, 0),
    ),
  };
}

/**
 * Score prose given as paragraphs: its grade, and its hardest sentences ranked by retext-readability
 * (only the few candidates that can be quoted are given to it, since its formulas are the slow part).
 */
export function scoreParagraphs(paragraphs: string[]): Score {
  const key = paragraphs.join('\n\n');
  const cached = scored.get(key);
  if (cached) return cached;
  const { words, sentences: all, grade } = gradeParagraphs(paragraphs);
  const candidates = all
    .filter((s) => s.words >= MIN_SENTENCE_WORDS)
    .sort((a, b) => b.grade - a.grade)
    .slice(0, CANDIDATES);
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
  const votes = votesFor(
    candidates.map((c) => c.text),
    flat,
  );
  const hardest = candidates
    .map((c) => ({ text: flat(c.text), votes: votes.get(flat(c.text)) ?? 0, grade: c.grade }))
    .sort((a, b) => b.votes - a.votes || b.grade - a.grade)
    .map(({ text, votes: v }) => ({ text, votes: v }));
  const score: Score = { words, sentences: all.length, grade, hardest };
  scored.set(key, score);
  return score;
}

const quickGrades = new TextCache<string, { words: number; grade: number }>(SECTIONS_REMEMBERED);

/** The cheap grade of a section, once per distinct text (a trust's sections repeat in every school). */
function quickGrade(paragraphs: string[]): { words: number; grade: number } {
  const key = paragraphs.join('\n\n');
  let g = quickGrades.get(key);
  if (!g) {
    const { words, grade } = gradeParagraphs(paragraphs);
    g = { words, grade };
    quickGrades.set(key, g);
  }
  return g;
}

/** The prose parents read: data references shown as their values, addresses and tables left out. */
function sectionParagraphs(ctx: RuleContext, section: ParsedSection): string[] {
  return section.blocks
    .filter((b) => b.kind !== 'heading' && !/^\s*\|/.test(b.text)) // pipe tables (not parsed) are not prose
    .map((b) =>
      withoutLinks(
        b.text.includes('{{')
          ? b.text.replace(DATA_REF, (_, path: string) => {
              const v = resolveDataRef(ctx.policy, path);
              return typeof v === 'string' || typeof v === 'number' ? String(v) : 'this';
            })
          : b.text,
      ),
    );
}

export const rule = defineRule({
  meta: {
    id: 'prose-readability',
    level: 'info',
    severity: 'info',
    where: 'prose',
    settings: [],
    title: 'Parent-facing sections are written in plain English',
    explanation:
      'Parents need to understand what the school expects of them and what will happen if their child misses school. Long sentences and long words make that harder, especially for parents who speak English as an additional language or have difficulty reading. This check scores each section written for parents (or for everyone) and lists the hardest sentences, so they can be shortened or split.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024)',
        paragraph: 'chapter 2: an attendance policy that pupils and parents understand',
      },
      {
        source: 'GOV.UK, Content design: writing for GOV.UK',
        paragraph: 'plain English and reading age',
        url: 'https://www.gov.uk/guidance/content-design/writing-for-gov-uk',
      },
      {
        source: 'Web Content Accessibility Guidelines (WCAG) 2.2',
        paragraph: '3.1.5 Reading level',
        url: 'https://www.w3.org/TR/WCAG22/#reading-level',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    confidenceNote: 'Readability formulas estimate difficulty from sentence and word length; they cannot tell whether the text is clear.',
    fixable: false,
    governorQuestion: 'Have parents, including those who find reading hard, told us they can understand our attendance policy?',
    messages: {
      hardToRead:
        'The section “{{section}}” reads at about US school grade {{grade}} (reading age about {{age}}); plain English for parents is a reading age of {{target}} or below.',
      hardToReadWithSentences:
        'The section “{{section}}” reads at about US school grade {{grade}} (reading age about {{age}}); plain English for parents is a reading age of {{target}} or below. The hardest sentences: {{sentences}}',
    },
    hints: {
      hardToRead: 'Split long sentences, use everyday words, and put the action for parents first.',
      hardToReadWithSentences: 'Split long sentences, use everyday words, and put the action for parents first.',
    },
  },
  check(ctx) {
    for (const section of ctx.sections) {
      const audience = ctx.policy.sections?.[section.index]?.audience;
      if (audience && audience !== 'parents' && audience !== 'all') continue;
      const paragraphs = sectionParagraphs(ctx, section);
      const quick = quickGrade(paragraphs);
      if (quick.words < MIN_WORDS || quick.grade <= MAX_GRADE) continue;
      const score = scoreParagraphs(paragraphs);
      const quotes = score.hardest.map((h) => `“${h.text.length > 200 ? `${h.text.slice(0, 197)}...` : h.text}”`);
      const data = {
        section: section.title,
        grade: score.grade.toFixed(1),
        age: Math.max(TARGET_AGE + 1, Math.round(score.grade + 5)),
        target: TARGET_AGE,
      };
      ctx.report({
        pointer: `/sections/${section.index}`,
        ...(quotes.length
          ? { messageId: 'hardToReadWithSentences', data: { ...data, sentences: quotes.join(' ') } }
          : { messageId: 'hardToRead', data }),
      });
    }
  },
});

/** Web and e-mail addresses read as "the link"; most paragraphs have none, so they are not split into words. */
function withoutLinks(text: string): string {
  if (!text.includes('@') && !text.includes('http://') && !text.includes('https://') && !text.includes('www.')) return text;
  return text.replace(/\S+/g, (word) => (isLinkOrEmail(word) ? 'the link' : word));
}

/** A web address or e-mail address, tested one word at a time so a long unbroken word is read once. */
function isLinkOrEmail(word: string): boolean {
  return /(?:^|\W)(?:https?:\/\/|www\.)/.test(word) || /[^@]@[^@]*\.\w/.test(word);
}
