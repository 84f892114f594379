/**
 * Exact phrase search on top of Pagefind, in the browser.
 *
 * Pagefind's plain query proposes candidate speeches (it finds every true one, but
 * also speeches that merely contain the query's words apart). Each candidate's text
 * — its title and every paragraph and heading, which Pagefind keeps as anchors — is
 * then searched for the phrases themselves, so only speeches that contain every
 * phrase are kept, with exact counts and the passages that hold them.
 * Candidates are checked in batches in Pagefind's order, and each batch is reported,
 * so the first results show before the last candidate is loaded.
 */
import { countOccurrences } from './exact.ts';

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
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
  meta: Record<string, string | undefined>;
  /** Occurrences of all phrases together. */
  count: number;
  passages: Passage[];
}

/** Anchors that are speech text: paragraphs `p12`, headings `s1` / `h3`. */
const TEXT_ANCHOR = /^(p\d+|s\d+|h\d+)$/;
/** Pagefind separates segmented words with zero-width spaces in its stored text. */
const strip = (s: string) => s.replace(/\u200b/g, '');

/** The units of a speech's text, as Pagefind stored them. */
export function speechUnits(data: PagefindData): { anchor: string; text: string }[] {
  const units = [{ anchor: '', text: strip(data.meta.title ?? '') }];
  for (const a of data.anchors) {
    if (TEXT_ANCHOR.test(a.id) && a.text) units.push({ anchor: a.id, text: strip(a.text) });
  }
  return units;
}

/** The hit for one candidate, or null when it lacks a phrase. */
export function checkCandidate(data: PagefindData, phrases: readonly string[]): Hit | null {
  const units = speechUnits(data);
  const perPhrase = phrases.map(() => 0);
  const passages: Passage[] = [];
  for (const unit of units) {
    const counts = phrases.map((p) => countOccurrences(unit.text, p));
    counts.forEach((c, i) => (perPhrase[i]! += c));
    const count = counts.reduce((a, b) => a + b, 0);
    if (count > 0) passages.push({ ...unit, count });
  }
  if (perPhrase.some((c) => c === 0)) return null;
  return {
    url: data.url,
    title: strip(data.meta.title ?? data.url),
    meta: data.meta,
    count: perPhrase.reduce((a, b) => a + b, 0),
    passages,
  };
}

/** Most occurrences first, then newest first (`meta.iso`). */
export const byCount = (a: Hit, b: Hit) => b.count - a.count || (b.meta.iso ?? '').localeCompare(a.meta.iso ?? '');
export const byDate = (a: Hit, b: Hit) => (b.meta.iso ?? '').localeCompare(a.meta.iso ?? '') || b.count - a.count;

export interface SearchOptions {
  filters?: Record<string, string>;
  /** Candidates loaded at once. */
  batch?: number;
  /** Called after each batch with every hit so far. */
  onProgress?: (hits: Hit[], checked: number, candidates: number) => void;
}

export async function exactSearch(pagefind: Pagefind, phrases: readonly string[], options: SearchOptions = {}): Promise<Hit[]> {
  const { filters = {}, batch = 12, onProgress } = options;
  if (phrases.length === 0) return [];
  const found = await pagefind.search(phrases.join(' '), { filters });
  const candidates = found?.results ?? [];
  const hits: Hit[] = [];
  for (let i = 0; i < candidates.length; i += batch) {
    const datas = await Promise.all(candidates.slice(i, i + batch).map((r) => r.data()));
    for (const data of datas) {
      const hit = checkCandidate(data, phrases);
      if (hit) hits.push(hit);
    }
    onProgress?.(hits, Math.min(i + batch, candidates.length), candidates.length);
  }
  return hits;
}
