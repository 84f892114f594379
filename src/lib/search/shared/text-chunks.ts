/**
 * A speech's text as the result list loads it: its blocks (headings and paragraphs, each
 * with its anchor on the speech page) cut into chunks by position in its searchText
 * (shared/text.ts: the blocks joined by '\n', UTF-16 code units), so a result loads only
 * the chunk that holds an occurrence the index located. Written by the build into
 * `search-data/text/<folder>/<k>.json.zlib` (JSON deflated with a preset dictionary:
 * shared/packed.ts; folder: the
 * speech's place in date order, oldest first, so a newly added newest speech moves no
 * other folder). Pure; build and browser.
 */

/** What a result shows of a speech besides its passages. */
export interface SpeechMeta {
  url: string;
  title: string;
  /** As the site shows it (`2019年11月12日`, `2019年`, '' when unknown). */
  date: string;
  /** Sort key `YYYY-MM-DD` (`YYYY-00-00` when only the year is known, '' undated). */
  iso: string;
  speaker: string;
  campaign: string;
}

/**
 * Positions (code units of searchText) per chunk: about 500 characters. A result loads
 * one chunk, so this sets most of a query's text bytes: at 10,000 bench speeches the ten
 * chunks of a page of results came to 40.5 KB of JSON (22.7 KB gzipped) at 1,024, 24.6 KB
 * (15.0 KB) at 512, 17.2 KB (11.3 KB) at 256 with twice the files again
 * (docs/PERFORMANCE.md).
 */
export const CHUNK = 512;

/**
 * A block up to this many units that runs into the next chunks is repeated at their heads (see
 * textChunks); a longer one is pointed to. The bound keeps the stored text linear in the
 * speech: with no bound a speech of one 50,000-unit paragraph would store it in each of its
 * ~100 chunks, and a result in it would download all of it. Session 5 measured 1,024 at
 * 10,000 speeches: 5 % of chunks pointed back, and 4 of the bench's 23 later queries waited
 * for a second round of text; repeating every block stored 17.6 % more text. 4,096 leaves
 * only paragraphs of over eight chunks to a second round, and any block is stored at most
 * nine times.
 */
export const CARRY_MAX = 4096;

/**
 * Where the build writes text chunk `k` of the speech in `folder`, under the site's base:
 * its JSON deflated with the archive's text dictionary (zlib with a preset dictionary,
 * shared/packed.ts `unpackWithDictionary`).
 */
export const textChunkPath = (folder: number, k: number): string => `search-data/text/${folder}/${k}.json.zlib`;

/** The preset dictionary of every text chunk (gzipped), under the site's base: loaded once, with the first query. */
export const TEXT_DICTIONARY = 'search-data/text-dictionary.gz';

export interface TextChunk {
  /** The speech's title, date, speaker, campaign and URL (in every chunk: a result loads only the chunk it needs). */
  meta: SpeechMeta;
  /** How many chunks the speech has. */
  chunks: number;
  /** Index in the speech of this chunk's first block. */
  first: number;
  /** searchText position where each block here starts, ascending. */
  starts: number[];
  /** Paragraph id of each block here (`p12`, `s1`, `h3`). */
  anchors: string[];
  text: string[];
  /**
   * The chunk holding the block that runs into this chunk's range from before it, when that
   * block is longer than CARRY_MAX units (a shorter one is repeated here as the first block):
   * set when a position here can come before the first start.
   */
  carry?: number;
  /**
   * With `carry`: the part of that long block around this chunk's range (EXCERPT_BEFORE units
   * before it, EXCERPT_AFTER after it, within the block), so that a result whose occurrence
   * lies here shows its passage from this one file; the whole block (the concordance, an
   * occurrence running past the excerpt) is in chunk `carry`.
   */
  excerpt?: Excerpt;
}

/** A stretch of a block: the block's index in the speech and anchor, where the stretch starts in searchText, its text. */
export interface Excerpt {
  block: number;
  anchor: string;
  start: number;
  text: string;
  /** Whether the block goes on before `start` / after the excerpt's end. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * Units of a long block kept before and after a chunk's range in its excerpt: room for the
 * ±40 units a result shows around its occurrence, and for the occurrence itself (a phrase
 * starting in the range and up to EXCERPT_AFTER − 40 units long).
 */
export const EXCERPT_BEFORE = 64;
export const EXCERPT_AFTER = 256;

/** The chunk whose range holds position `position`. */
export const chunkAt = (position: number) => Math.floor(position / CHUNK);

/** A speech's blocks cut into chunks, one for every range up to its last position; at least one. */
export function textChunks(meta: SpeechMeta, blocks: readonly { anchor: string; text: string }[]): TextChunk[] {
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    starts.push(at);
    at += b.text.length + 1;
  }
  const end = Math.max(0, at - 1);
  const count = chunkAt(end) + 1;
  const chunks: TextChunk[] = Array.from({ length: count }, () => ({ meta, chunks: count, first: -1, starts: [], anchors: [], text: [] }));
  starts.forEach((start, i) => {
    const chunk = chunks[chunkAt(start)]!;
    if (chunk.first < 0) chunk.first = i;
    chunk.starts.push(start);
    chunk.anchors.push(blocks[i]!.anchor);
    chunk.text.push(blocks[i]!.text);
  });
  // A block that starts in an earlier chunk and runs into chunk k: a short one is repeated at
  // the head of chunk k, so a result whose occurrence lies in it loads one file, not two in
  // a row; a long one (over CARRY_MAX units) is pointed to by `carry`.
  let last = 0;
  let lastBlock = -1;
  chunks.forEach((chunk, k) => {
    if (k > 0 && (chunk.starts[0] ?? Infinity) > k * CHUNK && lastBlock >= 0) {
      const b = lastBlock;
      if (blocks[b]!.text.length <= CARRY_MAX) {
        chunk.first = b;
        chunk.starts.unshift(starts[b]!);
        chunk.anchors.unshift(blocks[b]!.anchor);
        chunk.text.unshift(blocks[b]!.text);
      } else {
        chunk.carry = last;
        const start = starts[b]!;
        const text = blocks[b]!.text;
        const from = Math.max(start, k * CHUNK - EXCERPT_BEFORE);
        const to = Math.min(start + text.length, (k + 1) * CHUNK + EXCERPT_AFTER);
        chunk.excerpt = {
          block: b,
          anchor: blocks[b]!.anchor,
          start: from,
          text: text.slice(from - start, to - start),
          cutBefore: from > start,
          cutAfter: to < start + text.length,
        };
      }
    }
    if (chunk.starts.length) {
      last = k;
      lastBlock = chunk.first + chunk.starts.length - 1;
    }
  });
  if (chunks[0]!.first < 0) chunks[0]!.first = 0;
  return chunks;
}

/** Index within `chunk` of the block holding `position`; -1 when it is the carried block. */
export function blockIn(chunk: TextChunk, position: number): number {
  let i = chunk.starts.length - 1;
  while (i >= 0 && chunk.starts[i]! > position) i--;
  return i;
}
