/**
 * Types and paths of the hand-labelled ingest evaluation set
 * (tests/fixtures/ingest-eval/); loading and checking are in labels.ts,
 * assembling template pages in assemble.ts.
 */
import { join } from 'node:path';

export const REPO_DIR = join(import.meta.dirname, '../../..');
export const EVAL_DIR = join(REPO_DIR, 'tests/fixtures/ingest-eval');
export const CORPUS_DIR = join(REPO_DIR, '../shared/corpus');

/** Where a piece of real speech text comes from: lines `from`..`to` (inclusive, 1-based) of a file, less the `skip` lines (noise in the source). */
export type TextRef = ({ corpus: string } | { seed: string }) & {
  lines: [number, number];
  skip?: number[];
  /**
   * For a text written on one line (paragraphs marked only by indents): the
   * part from the first marker (inclusive) to the second (exclusive, or the
   * end), cut into paragraphs at each run of two U+3000 / U+2003 indents.
   */
  between?: [string, string?];
};

export type ItemSource = { corpus: string } | { seed: string } | { template: string; speech: TextRef[] };

/** A line range, inclusive; a single number is one line. Blank lines inside are ignored. */
export type LineRange = number | [number, number];

export interface ItemLabel {
  /** Why this item is in the set / what it tests. */
  note?: string;
  source: ItemSource;
  /**
   * The speech's title as the text gives it (main title), or the title an editor would give from
   * the text; null when the text gives no basis for one (then the cleaner is right only when it
   * says it found none: `Speech.untitled`).
   */
  title: string | null;
  /** Its subtitle, when it has one: the title counts right with or without it. */
  subtitle?: string;
  /** Other spellings that count as right (documented per item in `note`). */
  titleAlt?: string[];
  speaker: string | null;
  /** YYYY-MM-DD when the text gives the full date. */
  date: string | null;
  /** The year when the text fixes only the year (or the year of `date`); null when unknown (masked 20**年). */
  year: number | null;
  /**
   * The page's publication date (YYYY-MM-DD), only where the text gives no
   * speech date or year and nothing else bounds it: the issue allows that date
   * as weak evidence, so a cleaner that falls back on it (its year) is right.
   */
  publication?: string;
  /** Canonical name from CAMPAIGNS, or null. */
  campaign: string | null;
  /** First and last line of the speech body (after title, byline, dateline). */
  body: { first: number; last: number };
  /** Lines that are not the speaker's words nor the header: site chrome, captions, metadata. */
  noise: LineRange[];
  /**
   * Lines where chrome and speech share one line. `header` is the part of the
   * line that is title / byline / dateline (neither noise nor speech). Either
   * `speech` gives the speech part exactly as written (the rest of the line,
   * less the header, is noise), or `noise` lists the noise pieces and the
   * speech part is the line less its header and those pieces. Corpus items use
   * the second form, so that no speech text of the corpus is copied here.
   */
  mixed?: { line: number; speech?: string; header?: string; noise?: string[] }[];
}

/** A labelled line holding chrome and speech: `speech` is its speech part, `noise` the rest. */
export interface MixedLine {
  line: number;
  speech: string;
  noise: string[];
}

/** An item ready to run: its raw text and labels in raw-file lines. */
export interface EvalItem {
  id: string;
  kind: 'corpus' | 'seed' | 'assembled';
  label: ItemLabel;
  raw: string;
  lines: string[];
  /** 1-based raw lines labelled noise (non-blank only). */
  noiseLines: number[];
  /** Pieces of noise inside speech lines (inserted junk, glued credits), by raw line. */
  mixed: MixedLine[];
  body: { first: number; last: number };
  /** The speech text as paragraphs (before any wrapping), for the lost-characters count. */
  speech: string[];
}

export type Loaded = { item: EvalItem } | { skipped: string; id: string };

export const splitLines = (text: string): string[] => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

export function refPath(ref: { corpus: string } | { seed: string }, corpusDir = CORPUS_DIR): { path: string; needsCorpus: boolean } {
  return 'corpus' in ref
    ? { path: join(corpusDir, ref.corpus), needsCorpus: true }
    : { path: join(REPO_DIR, ref.seed), needsCorpus: false };
}

export function expandRanges(ranges: LineRange[]): number[] {
  const out: number[] = [];
  for (const r of ranges) {
    const [a, b] = typeof r === 'number' ? [r, r] : r;
    for (let i = a; i <= b; i++) out.push(i);
  }
  return out;
}
