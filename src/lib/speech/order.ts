/** The archive's one order of speeches, used by every list and by the search index. */
import type { SpeechEntry } from './schema.ts';

/**
 * Newest first; undated speeches last; ties by title, then by source file name, so the
 * order never depends on the order the content store hands the speeches over (which a
 * rebuild that re-ingests one file may change).
 */
export function newestFirst<T extends Pick<SpeechEntry, 'date' | 'year' | 'title' | 'source'>>(list: readonly T[]): T[] {
  const key = (s: T) => s.date ?? (s.year ? `${s.year}-00-00` : '');
  const bySource = (a: T, b: T) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
  return [...list].sort((a, b) => (key(a) === key(b) ? a.title.localeCompare(b.title, 'zh') || bySource(a, b) : key(a) < key(b) ? 1 : -1));
}
