/**
 * A campaign's outlines side by side (src/pages/campaigns/[slug]/outlines.astro): one
 * column per speech that has parts, grouped by occasion (the most common first, so
 * the 推进会 speeches stand together) and by date within it (undated last); rows from
 * src/lib/annotate/outline-align.ts.
 */
import { alignOutlines, topLevel } from '../annotate/outline-align.ts';
import { displayDate } from './format.ts';
import type { SpeechEntry } from '../speech/schema.ts';

/** Most columns a page shows: the newest speeches; the page says how many are left out. */
export const MAX_OUTLINE_COLUMNS = 24;

type Part = SpeechEntry['outline'][number];

export interface OutlineColumn {
  slug: string;
  title: string;
  date: string;
  occasion: string | null;
  parts: Part[];
}

export interface CampaignOutlines {
  columns: OutlineColumn[];
  rows: { aligned: boolean; shared: string[]; cells: (Part | null)[] }[];
  /** Rows whose parts share wording. */
  alignedRows: number;
  /** Speeches with parts left out because the page shows at most MAX_OUTLINE_COLUMNS. */
  notShown: number;
  /** Speeches of the campaign without parts (未分层次). */
  withoutParts: SpeechEntry[];
}

/** Enough to compare: at least two speeches with parts. */
export const hasOutlinesToCompare = (speeches: readonly SpeechEntry[]) =>
  speeches.filter((s) => topLevel(s.outline).length > 0).length >= 2;

/** A sortable date: the date, the year, or the earliest year it can be (`2016年以后` sorts as after 2016); '' when unknown. */
const when = (s: SpeechEntry) => s.date ?? (s.year ? `${s.year}` : s.yearAfter ? `${s.yearAfter}~` : '');
/** Oldest first, undated last. */
const byDate = (a: SpeechEntry, b: SpeechEntry) => Number(!when(a)) - Number(!when(b)) || when(a).localeCompare(when(b));

export function campaignOutlines(speeches: readonly SpeechEntry[], max = MAX_OUTLINE_COLUMNS): CampaignOutlines {
  const withParts = speeches.filter((s) => topLevel(s.outline).length > 0);
  const shown = [...withParts].sort((a, b) => when(b).localeCompare(when(a))).slice(0, max);
  const count = new Map<string, number>();
  for (const s of shown) count.set(s.occasion ?? '', (count.get(s.occasion ?? '') ?? 0) + 1);
  const occasionRank = (s: SpeechEntry) => (s.occasion ? -(count.get(s.occasion) ?? 0) : 1);
  shown.sort((a, b) => occasionRank(a) - occasionRank(b) || (a.occasion ?? '').localeCompare(b.occasion ?? '', 'zh') || byDate(a, b));
  const columns = shown.map((s) => ({
    slug: s.slug,
    title: s.title,
    date: displayDate(s),
    occasion: s.occasion,
    parts: topLevel(s.outline),
  }));
  const rows = alignOutlines(columns.map((c) => c.parts)).map(({ aligned, shared, cells }) => ({
    aligned,
    shared,
    cells: cells.map((i, c) => (i === null ? null : columns[c]!.parts[i]!)),
  }));
  return {
    columns,
    rows,
    alignedRows: rows.filter((r) => r.aligned).length,
    notShown: withParts.length - shown.length,
    withoutParts: speeches.filter((s) => topLevel(s.outline).length === 0),
  };
}
