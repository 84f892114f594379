/**
 * Full-text search on the archive's own index (shared/engine.ts), as /search/ and
 * /concordance/ run it: every phrase of a query must occur; a speech's count is the sum
 * of its phrases' counts, by the index's one rule (non-overlapping occurrences, leftmost
 * first, in the speech's body: shared/text.ts). Each phrase is matched as written or, when
 * that finds nothing, ignoring punctuation. Then only the results a reader sees load the
 * text chunks that hold their passages (shared/text-chunks.ts). No DOM: runs in Node too.
 */
import type { FindResult, Occurrences, PunctuationMode } from '../shared/engine.ts';
import { blockIn, chunkAt, type Excerpt, type SpeechMeta, type TextChunk } from '../shared/text-chunks.ts';
import { findInText } from '../shared/text.ts';

/** What a query runs on: the index (or anything that finds a phrase) and the number of speeches. */
export interface PhraseFinder {
  readonly speeches: number;
  find(phrase: string, opts?: { punctuation?: 'auto' | PunctuationMode }): Promise<FindResult>;
}

/** A speech that holds every phrase, before any of its text is loaded. */
export interface Match {
  /** Speech id: place in date order, newest first. */
  id: number;
  count: number;
  /** Per phrase of the query, its occurrences here. */
  occurrences: Occurrences[];
}

export interface QueryResult {
  phrases: string[];
  /** Per phrase, how it matched. */
  modes: PunctuationMode[];
  /** Ascending id (newest first). */
  matches: Match[];
}

/** Every speech holding all `phrases`, with counts; `keep` filters speech ids (filters, date range). */
export async function runQuery(
  index: PhraseFinder,
  phrases: readonly string[],
  keep: (id: number) => boolean = () => true,
): Promise<QueryResult> {
  if (phrases.length === 0) return { phrases: [], modes: [], matches: [] };
  const found = await Promise.all(phrases.map((p) => index.find(p)));
  let matches: Match[] | null = null;
  for (const result of found) {
    const byId = new Map(result.hits.map((h) => [h.speech, h]));
    const next: Match[] = [];
    if (matches === null) {
      for (const h of result.hits) if (keep(h.speech)) next.push({ id: h.speech, count: h.count, occurrences: [h] });
    } else {
      for (const m of matches) {
        const h = byId.get(m.id);
        if (h) next.push({ id: m.id, count: m.count + h.count, occurrences: [...m.occurrences, h] });
      }
    }
    matches = next;
  }
  return { phrases: [...phrases], modes: found.map((f) => f.mode), matches: matches ?? [] };
}

/** Most occurrences first, ties newest first; or newest first. */
export function rank(matches: readonly Match[], byDate = false): Match[] {
  return [...matches].sort(byDate ? (a, b) => a.id - b.id : (a, b) => b.count - a.count || a.id - b.id);
}

/** A stretch of a passage to mark: [start, end) in UTF-16 units of the passage's text. */
export type Span = [number, number];

/** A block (paragraph or heading) of a speech holding at least one phrase. */
export interface Passage {
  /** Paragraph id on the speech page (`p12`, `s1`). */
  anchor: string;
  text: string;
  /** Every occurrence of every phrase in it, in order, not overlapping. */
  spans: Span[];
}

export interface Hit {
  id: number;
  meta: SpeechMeta;
  count: number;
  passages: Passage[];
}

/** The occurrences of the phrases in one block's text, as the index counts them, in order. */
export function spansIn(text: string, phrases: readonly string[], modes: readonly PunctuationMode[]): Span[] {
  const spans = phrases.flatMap((p, i) =>
    findInText(text, p, modes[i] ?? 'exact').map(({ start, length }): Span => [start, start + length]),
  );
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept: Span[] = [];
  for (const s of spans) if (!kept.length || s[0] >= kept[kept.length - 1]![1]) kept.push(s);
  return kept;
}

/** Loads a speech's text chunk `k`; `folder` is its place in date order, oldest first. */
export type ChunkLoader = (folder: number, k: number) => Promise<TextChunk>;

/**
 * What a reader sees of a match: its metadata and the passages holding the first
 * `passages` blocks with an occurrence (all of them when Infinity), from at most `chunks`
 * text chunks (the result list takes what the first occurrence's chunk holds; the
 * concordance takes every occurrence). Only the chunks those occurrences fall in are
 * loaded; a phrase of 1–2 characters, which the index counts without positions, is looked
 * for chunk by chunk from the start.
 */
export async function loadHit(
  match: Match,
  query: QueryResult,
  speeches: number,
  chunk: ChunkLoader,
  passages = Infinity,
  chunks = Infinity,
): Promise<Hit> {
  const folder = speeches - 1 - match.id;
  const located = match.occurrences.every((o) => o.positions === null)
    ? null
    : match.occurrences.flatMap((o) => [...(o.positions ?? [])]).sort((a, b) => a - b);
  const found = new Map<number, Passage>();
  let meta: SpeechMeta | undefined;
  const take = (c: TextChunk, i: number) => {
    const block = c.first + i;
    if (found.has(block) || found.size >= passages) return;
    const text = c.text[i]!;
    const spans = spansIn(text, query.phrases, query.modes);
    if (spans.length) found.set(block, { anchor: c.anchors[i] ?? '', text, spans });
  };
  /** The passage of an occurrence at `position` from an excerpt of a long block; false when the excerpt does not hold it. */
  const takeExcerpt = (e: Excerpt, position: number): boolean => {
    if (found.has(e.block) || found.size >= passages) return true;
    const spans = spansIn(e.text, query.phrases, query.modes);
    if (!spans.some(([a]) => a === position - e.start)) return false;
    // Marked as a part of its paragraph; the marks stay on the text as written.
    const shift = e.cutBefore ? 1 : 0;
    found.set(e.block, {
      anchor: e.anchor,
      text: `${e.cutBefore ? '…' : ''}${e.text}${e.cutAfter ? '…' : ''}`,
      spans: spans.map(([a, b]): Span => [a + shift, b + shift]),
    });
    return true;
  };
  if (located) {
    // The chunks of the first occurrences load at once; most results need no more.
    const wanted = [...new Set(located.map(chunkAt))].slice(0, chunks);
    for (const k of wanted.slice(0, passages)) void chunk(folder, k).catch(() => undefined);
    for (const position of located) {
      if (found.size >= passages) break;
      if (!wanted.includes(chunkAt(position))) break;
      let c = await chunk(folder, chunkAt(position));
      meta ??= c.meta;
      let i = blockIn(c, position);
      if (i < 0) {
        // A block longer than CARRY_MAX that began in an earlier chunk: the result list takes
        // its passage from this chunk's excerpt when that holds the occurrence; the
        // concordance (every passage) and an occurrence past the excerpt take the whole block.
        if (passages !== Infinity && c.excerpt && takeExcerpt(c.excerpt, position)) continue;
        c = await chunk(folder, c.carry!);
        i = c.starts.length - 1;
      }
      take(c, i);
    }
  } else {
    for (let k = 0, total = 1, read = 0; k < total && found.size < passages && (read < chunks || found.size === 0); k++, read++) {
      const c = await chunk(folder, k);
      meta ??= c.meta;
      total = c.chunks;
      // A block carried in from the chunk before was looked at there.
      c.text.forEach((_, i) => {
        take(c, i);
      });
    }
  }
  meta ??= (await chunk(folder, 0)).meta;
  const ordered = [...found.entries()].sort(([a], [b]) => a - b).map(([, p]) => p);
  return { id: match.id, meta, count: match.count, passages: ordered };
}
