/**
 * The shape ingest produces. Pure data: no Astro, no file system.
 * Everything the site shows about a speech comes from a `Speech`.
 */

/** Fields an editor can set in front matter and ingest can read or infer. */
export type MetaField = 'title' | 'speaker' | 'date' | 'year' | 'occasion' | 'campaign';

/** How a field got its value. */
export type Provenance =
  /** written in the raw text (title line, speaker line, dateline …) */
  | 'read'
  /** guessed from other text; `evidence` holds that text */
  | 'inferred'
  /** set by the editor in the YAML front matter */
  | 'override';

export interface FieldNote {
  field: MetaField;
  how: Provenance;
  /** The raw text the value was read or inferred from (a line, a sentence). */
  evidence: string;
  /** 1-based line in the raw file where the evidence starts, when known. */
  line: number | null;
  /** Why the evidence gives this value, for inferred fields (e.g. `1921 + 95 years`). */
  reason?: string;
}

/** One outline entry: a part (第一，… / 一、…) or a point (一是… / 一要… / 1、…). */
export interface OutlineItem {
  /** Stable anchor id: parts `s1`, `s2` …; points `s1-1`, `s1-2` … (points before any part: `s0-1`). */
  id: string;
  level: 'part' | 'point';
  /** The marker as written: `第一`, `一、`, `一是`, `一要`, `1、` … */
  marker: string;
  /** Short label: the heading text, or a point's first clause (up to the first 。；！？ or 40 chars). */
  label: string;
  /** Index into `Speech.blocks` of the block this item starts in. */
  block: number;
  /** For points: char offset in that block's text where the point starts (parts: 0). */
  offset: number;
}

/** A block of cleaned text: a heading line (a part) or a paragraph. */
export interface Block {
  kind: 'heading' | 'paragraph';
  /** Cleaned text, exactly as it will be shown. */
  text: string;
  /** 1-based line in the raw file where this block starts. */
  line: number;
}

/**
 * A line above the speech proper (title, speaker's name, dateline). It becomes
 * metadata, not a block, so it is not shown twice; it is kept here so that no
 * text of the raw file goes unaccounted for.
 */
export interface HeaderLine {
  role: 'title' | 'speaker' | 'dateline';
  /** Cleaned text (a title joined from two lines, a name with its spaces collapsed). */
  text: string;
  /** 1-based raw line where it starts. */
  line: number;
}

/** Something the cleaner removed, and why. Never published, always reported. */
export interface Removal {
  /** Machine-readable reason: 'copyright-footer', 'char-count', 'source-notice', 'ad', 'bookmark', 'page-number', 'duplicate-title', 'control-char', … */
  reason: string;
  /** Exactly the text removed. */
  text: string;
  line: number;
}

/** A repair the cleaner made: a join across a cut, a split of glued paragraphs, a normalisation. */
export interface Repair {
  /** 'join-page-chunk', 'join-title', 'split-paragraphs', 'fullwidth-punctuation', 'speaker-spaces', … */
  kind: string;
  /** Short human-readable description with the text before → after. */
  detail: string;
  line: number;
}

export interface Speech {
  /** Raw file name, e.g. `000_eabcec9b51e7eda6.txt`. */
  source: string;
  title: string;
  speaker: string | null;
  /** `YYYY-MM-DD` when the full date is known, else null. */
  date: string | null;
  /** Year, from the date or inferred from datable references; null when unsafe to guess. */
  year: number | null;
  /** Kind of meeting: 推进会, 汇报会, 督办会, 整改会议 … (null when unknown). */
  occasion: string | null;
  /** Canonical campaign name from the campaign table, or null. */
  campaign: string | null;
  /** How each metadata field was obtained; fields with no note are unknown (null). */
  notes: FieldNote[];
  blocks: Block[];
  outline: OutlineItem[];
  removed: Removal[];
  repairs: Repair[];
  /** Count of characters of the cleaned text (all blocks, no separators). */
  chars: number;
  /** Title, speaker and dateline lines taken out of the text into metadata. */
  header?: HeaderLine[];
}

/** A problem that stops a file from becoming a page. */
export class IngestError extends Error {
  // Plain fields rather than constructor parameter properties, so this file
  // also loads under Node's type stripping (`node file.ts`), which rejects them.
  readonly source: string;
  readonly line: number | null;
  readonly problem: string;
  readonly hint: string;
  constructor(source: string, line: number | null, problem: string, hint: string) {
    super(`${source}${line ? `:${line}` : ''}: ${problem}. ${hint}`);
    this.name = 'IngestError';
    this.source = source;
    this.line = line;
    this.problem = problem;
    this.hint = hint;
  }
}
