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

/**
 * A field a note can be about: the metadata fields, and `yearAfter` (a lower
 * bound on the year, from a meeting the speech refers to; never the year).
 */
export type NoteField = MetaField | 'yearAfter';

export interface FieldNote {
  field: NoteField;
  how: Provenance;
  /** The raw text the value was read or inferred from (a line, a sentence). */
  evidence: string;
  /** 1-based line in the raw file where the evidence starts, when known. */
  line: number | null;
  /** Why the evidence gives this value, for inferred fields (e.g. `1921 + 95 years`). */
  reason?: string;
}

/**
 * One outline entry: an item of the speech's numbered structure (第一，… / 一、… /
 * （一）… / 1、… / 一是…), as a tree flattened in reading order: an item's
 * children follow it with `depth + 1`. See src/lib/ingest/outline-tree.ts.
 */
export interface OutlineItem {
  /**
   * Stable anchor id: the item's position among its siblings down the tree,
   * `s1`, `s2` … at the top, `s1-2`, `s1-2-1` … below; top-level items before
   * the first top-level heading are `s0-1`, `s0-2` ….
   */
  id: string;
  /** 1 = top level; a child is one deeper than its parent. */
  depth: number;
  /** The item's number in its list (1 starts a list; a restarted numbering starts a new list). */
  n: number;
  /** The marker as written: `第一`, `一、`, `（一）`, `1、`, `一是`, `一要` … */
  marker: string;
  /** Short label: the heading text, or the item's first clause (up to the first 。；！？ or 40 chars). */
  label: string;
  /** Index into `Speech.blocks` of the block this item starts in. */
  block: number;
  /** Char offset in that block's text where the marker starts (0 unless the item is a list's first item after a lead-in). */
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
  role: 'title' | 'subtitle' | 'speaker' | 'dateline';
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
  /**
   * True when the text has no title line and gives none itself (no meeting named in its
   * opening, no name it gives itself): `title` is then the file name standing in for one,
   * and the speech page says so. Absent otherwise.
   */
  untitled?: true;
  speaker: string | null;
  /** `YYYY-MM-DD` when the full date is known, else null. */
  date: string | null;
  /** Year, from the date or inferred from evidence that fixes it; null when unsafe to guess. */
  year: number | null;
  /**
   * A lower bound when the year is not known: the speech is from this year or
   * later (it refers to a meeting held then, e.g. 十九届四中全会 → 2019). Shown as
   * `2019年以后`, marked inferred; never the year. Null when `year` is known or
   * nothing bounds it.
   */
  yearAfter: number | null;
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
  /**
   * Where the copy was published, as the page states it (`来源：`, `发布时间：`,
   * `原文链接：`, a news dispatch, the file's own metadata); null when nothing
   * says. Not the speech's date or speaker: a site's `作者：` is its web editor.
   */
  origin: Origin | null;
  /** Title, speaker and dateline lines taken out of the text into metadata. */
  header?: HeaderLine[];
}

/** The publication a copy came from (see `Speech.origin`). */
export interface Origin {
  /** Publisher or source as the page names it (`新华社`, `市委组织部`). */
  publisher: string | null;
  /** The original's URL, when the page states it. */
  url: string | null;
  /** Publication date `YYYY-MM-DD`, when the page states it. */
  published: string | null;
  /** The text the values were read from (page-metadata lines, or `page metadata (html)`). */
  evidence: string;
  /** 1-based raw line of the first evidence line; null when from the file's metadata. */
  line: number | null;
}

/** What the file itself says about the page, outside the speech text (HTML meta, Word/PDF properties). Weak evidence. */
export interface PageFacts {
  format: 'txt' | 'html' | 'docx' | 'pdf';
  title?: string;
  author?: string;
  /** publication date as YYYY-MM-DD when the page states one */
  published?: string;
  /** site or publisher name */
  publisher?: string;
  /** original URL (canonical / og:url) */
  url?: string;
}

/**
 * What a format reader (src/lib/ingest/formats/) did on its way from the file's
 * bytes to lines of text: page chrome an HTML extractor dropped, running headers
 * and page numbers of a PDF, paragraphs it rejoined, list numbers it made visible.
 * `ingestText` merges these into `Speech.removed` / `Speech.repairs`. Their `line`
 * is the 1-based line of the read text the removed piece stood next to (before):
 * 1 for text above the first line, the last line + 1 for text after the end.
 */
export interface FormatNotes {
  removed: Removal[];
  repairs: Repair[];
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
