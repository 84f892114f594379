/**
 * Exact phrase search in the browser, on Pagefind's index of character-pair tokens
 * (see tokens.ts). For each phrase, Pagefind is asked for the few tokens that fix it;
 * every result comes with the positions of its token, so the phrase's occurrences in
 * every speech are counted exactly without loading any speech. Only the results a
 * reader sees then load their title, metadata and the paragraphs that hold the phrase
 * (search-data.ts).
 */
import { phraseProbes, phraseStarts, type PhraseProbe } from './tokens.ts';
import { chunkAt, unitIn, type SpeechMeta, type TextChunk } from './search-data.ts';
import { countOccurrences } from './exact.ts';

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
}

/** What exact search runs on, loaded once per page (src/scripts/search-engine.ts). */
export interface ExactIndex {
  pagefind: Pagefind;
  /** Each speech's result id and its place in date order, newest first (search-data/index.json). */
  order: ReadonlyMap<string, number>;
  /** Every token of the index that starts with the character coded `code` (search-data/pairs/). */
  pairsStarting(code: string): Promise<string[]>;
}

/** A speech that holds every phrase, before anything about it is loaded. */
export interface Match {
  id: string;
  /** Occurrences of all phrases together. */
  count: number;
  /** Token positions where an occurrence starts, ascending. */
  starts: number[];
  /** Place in date order, newest first (0 = newest). */
  dateRank: number;
  /** The speech's folder of text chunks: its place in date order, oldest first (search-data.ts). */
  folder: number;
}

/** A paragraph (or heading, or the title) of a speech that holds at least one phrase. */
export interface Passage {
  /** Paragraph id on the speech page (`p12`, `s1`); '' for the title. */
  anchor: string;
  text: string;
  count: number;
}

export interface Hit {
  url: string;
  title: string;
  meta: { date: string; iso: string; speaker: string; campaign: string };
  count: number;
  passages: Passage[];
}

/** Has Pagefind load the index chunks that searching `probe` needs. */
async function loadChunks(index: ExactIndex, probe: PhraseProbe): Promise<void> {
  if (probe.term.length === 4) {
    // A one-character phrase is a prefix of its pairs. Pagefind answers a prefix from the
    // index chunks it has loaded, and loads only the one where the prefix itself sorts;
    // a common character's pairs span several chunks, so all of them are named first.
    const pairs = await index.pairsStarting(probe.term);
    if (pairs.length) await index.pagefind.preload(pairs.join(' '));
  } else await index.pagefind.preload(probe.term);
}

async function positionsOf(index: ExactIndex, probe: PhraseProbe, filters: Record<string, string>): Promise<Map<string, number[]>> {
  if (probe.term.length === 4) await loadChunks(index, probe);
  const found = await index.pagefind.search(probe.term, { filters });
  return new Map((found?.results ?? []).map((r) => [r.id, r.words]));
}

/**
 * Loads, without searching, the index chunks of the character pairs of `phrases`, so that
 * a query typed into the box is quick once submitted. One-character phrases are left
 * out: their pairs can take a megabyte, and a typist passes through them on the way.
 */
export async function preloadPhrases(index: ExactIndex, phrases: readonly string[]): Promise<void> {
  await Promise.all(phrases.flatMap((p) => phraseProbes(p)).filter((p) => p.term.length > 4).map((p) => loadChunks(index, p)));
}

/** Every speech in the catalog that contains all `phrases`, with exact counts; no speech data is loaded. */
export async function findMatches(index: ExactIndex, phrases: readonly string[], filters: Record<string, string> = {}): Promise<Match[]> {
  if (phrases.length === 0) return [];
  const probes = phrases.map((p) => phraseProbes(p));
  const lists = await Promise.all(probes.flat().map((p) => positionsOf(index, p, filters)));
  let matches: Map<string, { count: number; starts: number[] }> | null = null;
  let at = 0;
  for (const phraseProbesList of probes) {
    const mine = lists.slice(at, at + phraseProbesList.length) as Map<string, number[]>[];
    at += phraseProbesList.length;
    const found = new Map<string, { count: number; starts: number[] }>();
    for (const [id, first] of mine[0]!) {
      if (matches && !matches.has(id)) continue;
      const positions = mine.map((l, i) => (i === 0 ? first : l.get(id)));
      if (positions.some((p) => !p)) continue;
      const starts = phraseStarts(phraseProbesList, positions as number[][]);
      if (starts.length === 0) continue;
      const before = matches?.get(id);
      found.set(id, { count: (before?.count ?? 0) + starts.length, starts: [...(before?.starts ?? []), ...starts].sort((a, b) => a - b) });
    }
    matches = found;
  }
  // A result not in the catalog is the stale copy of a speech that changed since its shard was indexed.
  return [...matches!].flatMap(([id, m]) => {
    const dateRank = index.order.get(id);
    return dateRank === undefined ? [] : [{ id, ...m, dateRank, folder: index.order.size - 1 - dateRank }];
  });
}

/** Most occurrences first, ties newest first; or newest first. */
export function rank(matches: readonly Match[], byDate = false): Match[] {
  return [...matches].sort(byDate ? (a, b) => a.dateRank - b.dateRank : (a, b) => b.count - a.count || a.dateRank - b.dateRank);
}

/** Loads what a reader sees of some matches: metadata and the passages (all, or the first few). */
export class SearchData {
  private chunks = new Map<string, Promise<TextChunk>>();
  private readonly base: string;

  constructor(base: string) {
    this.base = base;
  }

  private chunk(folder: number, k: number): Promise<TextChunk> {
    const path = `search-data/text/${folder}/${k}.json`;
    if (!this.chunks.has(path))
      this.chunks.set(
        path,
        fetch(`${this.base}${path}`).then((r) => {
          if (!r.ok) throw new Error(`${path}: ${r.status}; the search data is out of date or incomplete: rebuild the site.`);
          return r.json() as Promise<TextChunk>;
        }),
      );
    return this.chunks.get(path)!;
  }

  /** The passages holding the first `passages` distinct units among the match's occurrences. */
  async hit(match: Match, phrases: readonly string[], passages = Infinity): Promise<Hit> {
    const { folder } = match;
    // The chunks of the first occurrences load at once; most results need no more.
    for (const s of match.starts.slice(0, passages)) this.chunk(folder, chunkAt(s)).catch(() => undefined);
    const found = new Map<number, Passage>();
    let meta: SpeechMeta | undefined;
    for (const s of match.starts) {
      if (found.size >= passages) break;
      let chunk = await this.chunk(folder, chunkAt(s));
      meta ??= chunk.meta;
      let i = unitIn(chunk, s);
      if (i < 0) {
        chunk = await this.chunk(folder, chunk.carry!);
        i = chunk.starts.length - 1;
      }
      const text = chunk.text[i] ?? '';
      if (!found.has(chunk.first + i)) found.set(chunk.first + i, { anchor: chunk.anchors[i] ?? '', text, count: phrases.reduce((n, p) => n + countOccurrences(text, p), 0) });
    }
    meta ??= (await this.chunk(folder, 0)).meta;
    const { url, title, date, iso, speaker, campaign } = meta;
    return { url, title, meta: { date, iso, speaker, campaign }, count: match.count, passages: [...found.values()] };
  }
}
