/**
 * What full-text search is built from, taken from the speech data (never from rendered
 * pages): per speech, in the index's id order (newest first, as the catalog lists them),
 * its searchText (shared/text.ts), the blocks with their anchors on the speech page, what
 * a result shows (title, date, speaker, campaign, URL) and its filter values (campaign,
 * year, speaker, the glossary concepts it uses). Pure.
 */
import type { Matcher } from '../../concepts/matcher.ts';
import { blockAnchors } from '../../speech/anchors.ts';
import { newestFirst } from '../../speech/order.ts';
import { displayDate } from '../../pages/format.ts';
import type { SpeechEntry } from '../../speech/schema.ts';
import type { SpeechFilters } from '../shared/filter-columns.ts';
import { searchText } from '../shared/text.ts';
import type { SpeechMeta } from '../shared/text-chunks.ts';

export interface SearchSpeech {
  meta: SpeechMeta;
  blocks: { anchor: string; text: string }[];
  /** The blocks joined by '\n': what the index holds and its positions count in. */
  text: string;
  filters: SpeechFilters;
}

/** The glossary concepts (slugs) a speech's blocks use, each once, in the order of their first match. */
export function conceptSlugs(blocks: readonly { text: string }[], matcher: Matcher): string[] {
  const slugs = new Set<string>();
  for (const b of blocks) for (const m of matcher.find(b.text)) slugs.add(m.slug);
  return [...slugs];
}

/**
 * The speeches in id order. `concepts` finds the glossary's wordings (longest first), or
 * gives a speech's `conceptSlugs` (as kept from the last build); `termOf` names a concept
 * by its slug; `base` is the site's base path (`/`, `/archive/`).
 */
export function searchSpeeches(
  speeches: readonly SpeechEntry[],
  concepts: Matcher | ((speech: SpeechEntry) => readonly string[]),
  termOf: (slug: string) => string,
  base: string,
): SearchSpeech[] {
  const slugsOf = typeof concepts === 'function' ? concepts : (s: SpeechEntry) => conceptSlugs(s.blocks, concepts);
  return newestFirst(speeches).map((s) => {
    const anchors = blockAnchors(s);
    const blocks = s.blocks.map((b, i) => ({ anchor: anchors[i]!, text: b.text }));
    const terms = new Set(slugsOf(s).map(termOf));
    return {
      meta: {
        url: `${base}speeches/${s.slug}/`,
        title: s.title,
        date: s.date || s.year ? displayDate(s) : '',
        iso: s.date ?? (s.year ? `${s.year}-00-00` : ''),
        speaker: s.speaker ?? '',
        campaign: s.campaign ?? '',
      },
      blocks,
      text: searchText(s.blocks),
      filters: { campaign: s.campaign ?? '', year: s.year ? String(s.year) : '', speaker: s.speaker ?? '', concepts: [...terms] },
    };
  });
}
