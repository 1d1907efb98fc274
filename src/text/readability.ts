import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import type { Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import { SKIP, visit } from 'unist-util-visit';
import { syllables as syllable } from './words.js';

/**
 * How hard a sentence is to read, by seven formulas (Automated Readability, Coleman–Liau,
 * Dale–Chall, Flesch, Gunning fog, SMOG, Spache), each giving a reading age. The counts and the
 * formulas are those of retext-readability, worked out here as numbers, with the same word lists
 * and the same English parser (parse-english, as retext-english uses).
 */

export interface ReadabilityOptions {
  /** A formula finds a sentence hard when the reading age it gives is above this. */
  age: number;
  /** Sentences with fewer words are not scored: a single long word skews every formula. */
  minWords: number;
}

export interface SentenceReadability {
  /** The sentence as the parser found it. */
  text: string;
  words: number;
  /** The reading age each formula gives, in the order above. */
  ages: number[];
  /** How many of the seven formulas give a reading age above `age`. */
  votes: number;
}

const DALE_CHALL = new Set(daleChall);
const SPACHE = new Set(spache);

/** Every sentence of `text` with at least `minWords` words, with its reading ages. */
export function sentenceReadability(text: string, options: ReadabilityOptions): SentenceReadability[] {
  const out: SentenceReadability[] = [];
  visit(new ParseEnglish().parse(text), 'SentenceNode', (sentence: Sentence) => {
    const counts = countsOf(sentence);
    if (counts.word >= options.minWords) {
      const ages = readingAges(counts);
      out.push({ text: toString(sentence), words: counts.word, ages, votes: ages.filter((a) => a > options.age).length });
    }
    return SKIP;
  });
  return out;
}

// A type, not an interface: the formula packages take counts as a record.
type Counts = {
  character: number;
  complexPolysillabicWord: number;
  difficultWord: number;
  letter: number;
  polysillabicWord: number;
  sentence: number;
  syllable: number;
  unfamiliarWord: number;
  word: number;
};

function countsOf(sentence: Sentence): Counts {
  const familiar = new Set<string>();
  const easy = new Set<string>();
  let complexPolysillabicWord = 0;
  let letters = 0;
  let polysillabicWord = 0;
  let syllables = 0;
  let words = 0;
  visit(sentence, 'WordNode', (node) => {
    const value = toString(node);
    const caseless = value.toLowerCase();
    const n = syllable(value);
    words++;
    syllables += n;
    letters += value.length;
    // Gunning fog counts words of three or more syllables that are not names (first letter lower case).
    if (n >= 3) {
      polysillabicWord++;
      if (value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysillabicWord++;
    }
    // Spache and Dale–Chall count each familiar (easy) word once.
    if (SPACHE.has(caseless)) familiar.add(caseless);
    if (DALE_CHALL.has(caseless)) easy.add(caseless);
  });
  return {
    character: letters,
    complexPolysillabicWord,
    difficultWord: words - easy.size,
    letter: letters,
    polysillabicWord,
    sentence: 1,
    syllable: syllables,
    unfamiliarWord: words - familiar.size,
    word: words,
  };
}

/** The reading age each of the seven formulas gives (a US grade + 5; Flesch and SMOG have their own scales). */
function readingAges(counts: Counts): number[] {
  return [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    20 - Math.floor(flesch(counts) / 10),
    gradeToAge(gunningFog(counts)),
    Math.ceil(Math.sqrt(smogFormula(counts)) + 2.5),
    gradeToAge(spacheFormula(counts)),
  ];
}

const gradeToAge = (grade: number) => Math.round(grade + 5);
