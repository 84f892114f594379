/**
 * The archive's own static n-gram index: the query side. Runs in the browser and in
 * Node, given a byte source (IndexSource). The format is in docs/SEARCH-INDEX.md; the
 * builder is src/lib/search/build/write-index.ts.
 *
 * Characters are UTF-16 code units throughout (positions are `String.prototype.indexOf`
 * positions in `searchText`); a character beyond the BMP (𠮷) is two units, and a query
 * matches exactly when `searchText(...).indexOf(query)` would.
 */

/** Byte source: the bytes of `<index dir>/<path>`, or null when that file does not exist (fetch in the browser, readFile in Node). */
export interface IndexSource {
  get(path: string): Promise<Uint8Array | null>;
}

/** How punctuation in the text is treated. */
export type PunctuationMode = 'exact' | 'ignoring-punctuation';

/** One speech that holds the phrase. */
export interface Occurrences {
  /** Speech id: its index in the list the index was built from (the site passes newest first). */
  speech: number;
  /** Non-overlapping occurrences, leftmost first (as String.split counts), in searchText. */
  count: number;
  /**
   * UTF-16 offset in searchText where each counted occurrence starts, ascending; null when
   * the query (after removing punctuation in 'ignoring-punctuation' mode) is 1–2 code
   * units: then only counts are indexed, and `findInText` gives positions from the text.
   */
  positions: Uint32Array | null;
  /**
   * Length in searchText of each occurrence (same order as positions). In 'exact' mode every
   * one is the query's length; ignoring punctuation, an occurrence spans the punctuation
   * inside it, so lengths vary. null when positions is null.
   */
  lengths: Uint32Array | null;
}

export interface FindResult {
  /** 'exact': the phrase as typed. 'ignoring-punctuation': punctuation and spaces were skipped in query and text. */
  mode: PunctuationMode;
  /** Speeches holding the phrase, ascending speech id. */
  hits: Occurrences[];
}

export interface FindOptions {
  /**
   * 'auto' (default): exact; when that finds nothing and the phrase without punctuation
   * is different or non-empty, ignoring punctuation. 'exact' / 'ignoring-punctuation': only that.
   */
  punctuation?: 'auto' | PunctuationMode;
}

export class SearchIndex {
  private constructor(
    private readonly src: IndexSource,
    /** How many speeches the index holds (ids 0 … speeches − 1). */
    readonly speeches: number,
  ) {}

  /** Reads the manifest (`manifest.json`) through `src`; throws naming the file when it is missing or of another version. */
  static async open(src: IndexSource): Promise<SearchIndex> {
    void src;
    throw new Error('not yet');
  }

  /** Every speech holding `phrase` (one phrase: no splitting on spaces here), with counts and positions. */
  async find(phrase: string, opts: FindOptions = {}): Promise<FindResult> {
    void phrase;
    void opts;
    throw new Error('not yet');
  }

  /** Bytes returned by `src` so far (each file is fetched once per SearchIndex and cached). */
  bytesFetched = 0;
  /** Paths fetched so far, in order (for the bench). */
  readonly pathsFetched: string[] = [];
}
