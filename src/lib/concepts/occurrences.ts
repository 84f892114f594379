/**
 * Where each concept occurs across the archive: key-word-in-context lines linked to
 * their paragraph, counts per year and per campaign, and the concepts that share
 * its paragraphs. Pure: speeches and a matcher in, numbers out.
 */
import type { Speech } from '../ingest/types.ts';
import { blockAnchors } from '../speech/anchors.ts';
import type { Match, Matcher } from './matcher.ts';

export interface SpeechRef extends Pick<Speech, 'blocks' | 'outline' | 'title' | 'date' | 'year' | 'campaign' | 'speaker'> {
  slug: string;
}

export interface KwicLine {
  /** Anchor of the paragraph (or heading) in the speech page. */
  anchor: string;
  before: string;
  text: string;
  after: string;
}

export interface SpeechPassages {
  speech: Omit<SpeechRef, 'blocks' | 'outline'>;
  lines: KwicLine[];
}

/** The earliest speech in this archive that uses the concept. */
export interface FirstUse {
  speech: Omit<SpeechRef, 'blocks' | 'outline'>;
  /** Anchor of the first paragraph (or heading) in that speech that uses it. */
  anchor: string;
}

/** How many of a year's speeches use the concept. */
export interface YearShare {
  year: number | null;
  /** Speeches of that year that use it. */
  speeches: number;
  /** All speeches of that year in the archive. */
  of: number;
  /** speeches / of, 0…1. */
  share: number;
}

export interface ConceptStats {
  occurrences: number;
  /** Earliest by date (then by year); a speech of unknown date only when no dated one uses it. */
  firstUse: FirstUse | undefined;
  /** Per year (unknown year last), the share of that year's speeches that use it. */
  shareByYear: YearShare[];
  /** Per speech, in the order the speeches were given (newest first). */
  passages: SpeechPassages[];
  byYear: Map<number | null, number>;
  byCampaign: Map<string | null, number>;
  /** Other concepts by the number of paragraphs they share with this one, most first. */
  cooccurring: { slug: string; paragraphs: number }[];
}

const WIDTH = 30;

function emptyStats(): ConceptStats {
  return { occurrences: 0, firstUse: undefined, shareByYear: [], passages: [], byYear: new Map(), byCampaign: new Map(), cooccurring: [] };
}

/** Sort key of a speech's time: full date, else the year's start; unknown last. */
const timeKey = (s: Pick<SpeechRef, 'date' | 'year'>): string => s.date ?? (s.year != null ? `${s.year}-00-00` : '9999');

const bump = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** The matches of the glossary in each block of a speech, in its context (year, campaign). */
export const findInSpeech =
  (matcher: Matcher) =>
  (speech: SpeechRef): Match[][] =>
    speech.blocks.map((block) => matcher.find(block.text, { year: speech.year, campaign: speech.campaign }));

/**
 * Statistics for every slug in `slugs` (concepts that never occur get zeros). `matchesIn`
 * gives a speech's matches block by block: `findInSpeech(matcher)`, or those kept from the
 * last build (kept-matches.ts).
 */
export function conceptOccurrences<S extends SpeechRef>(
  speeches: readonly S[],
  matcher: Matcher,
  slugs: readonly string[],
  matchesIn: (speech: S) => readonly (readonly Match[])[] = findInSpeech(matcher),
): Map<string, ConceptStats> {
  const stats = new Map(slugs.map((s) => [s, emptyStats()]));
  const together = new Map(slugs.map((s) => [s, new Map<string, number>()]));
  const speechesInYear = new Map<number | null, number>();
  const usingInYear = new Map(slugs.map((s) => [s, new Map<number | null, number>()]));
  for (const speech of speeches) {
    bump(speechesInYear, speech.year);
    const { blocks, outline, ...ref } = speech;
    const anchors = blockAnchors({ blocks, outline });
    const lines = new Map<string, KwicLine[]>();
    const found = matchesIn(speech);
    blocks.forEach((block, i) => {
      const matches = found[i]!;
      for (const m of matches) {
        const line: KwicLine = {
          anchor: anchors[i] ?? '',
          before: block.text.slice(Math.max(0, m.index - WIDTH), m.index),
          text: m.text,
          after: block.text.slice(m.index + m.text.length, m.index + m.text.length + WIDTH),
        };
        const found = lines.get(m.slug);
        if (found) found.push(line);
        else lines.set(m.slug, [line]);
      }
      const here = [...new Set(matches.map((m) => m.slug))];
      for (const a of here) for (const b of here) if (a !== b) bump(together.get(a)!, b);
    });
    for (const [slug, found] of lines) {
      const s = stats.get(slug);
      if (!s) continue;
      s.occurrences += found.length;
      s.passages.push({ speech: ref, lines: found });
      bump(usingInYear.get(slug)!, speech.year);
      if (!s.firstUse || timeKey(ref) < timeKey(s.firstUse.speech)) s.firstUse = { speech: ref, anchor: found[0]!.anchor };
      bump(s.byYear, speech.year, found.length);
      bump(s.byCampaign, speech.campaign, found.length);
    }
  }
  for (const [slug, s] of stats) {
    s.shareByYear = [...usingInYear.get(slug)!]
      .map(([year, n]) => ({ year, speeches: n, of: speechesInYear.get(year)!, share: n / speechesInYear.get(year)! }))
      .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
    s.cooccurring = [...together.get(slug)!]
      .map(([other, paragraphs]) => ({ slug: other, paragraphs }))
      .sort((a, b) => b.paragraphs - a.paragraphs || (a.slug < b.slug ? -1 : 1));
  }
  return stats;
}
