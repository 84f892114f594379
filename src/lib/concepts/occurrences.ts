/**
 * Where each concept occurs across the archive: key-word-in-context lines linked to
 * their paragraph, counts per year and per campaign, and the concepts that share
 * its paragraphs. Pure: speeches and a matcher in, numbers out.
 */
import type { Speech } from '../ingest/types.ts';
import { blockAnchors } from '../render/speech-mdast.ts';
import type { Matcher } from './matcher.ts';

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

export interface ConceptStats {
  occurrences: number;
  /** Per speech, in the order the speeches were given (newest first). */
  passages: SpeechPassages[];
  byYear: Map<number | null, number>;
  byCampaign: Map<string | null, number>;
  /** Other concepts by the number of paragraphs they share with this one, most first. */
  cooccurring: { slug: string; paragraphs: number }[];
}

const WIDTH = 30;

function emptyStats(): ConceptStats {
  return { occurrences: 0, passages: [], byYear: new Map(), byCampaign: new Map(), cooccurring: [] };
}

const bump = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** Statistics for every slug in `slugs` (concepts that never occur get zeros). */
export function conceptOccurrences(speeches: readonly SpeechRef[], matcher: Matcher, slugs: readonly string[]): Map<string, ConceptStats> {
  const stats = new Map(slugs.map((s) => [s, emptyStats()]));
  const together = new Map(slugs.map((s) => [s, new Map<string, number>()]));
  for (const speech of speeches) {
    const { blocks, outline, ...ref } = speech;
    const anchors = blockAnchors({ blocks, outline });
    const lines = new Map<string, KwicLine[]>();
    blocks.forEach((block, i) => {
      const matches = matcher.find(block.text, { year: speech.year, campaign: speech.campaign });
      for (const m of matches) {
        const line: KwicLine = {
          anchor: anchors[i] ?? '',
          before: block.text.slice(Math.max(0, m.index - WIDTH), m.index),
          text: m.text,
          after: block.text.slice(m.index + m.text.length, m.index + m.text.length + WIDTH),
        };
        lines.set(m.slug, [...(lines.get(m.slug) ?? []), line]);
      }
      const here = [...new Set(matches.map((m) => m.slug))];
      for (const a of here) for (const b of here) if (a !== b) bump(together.get(a)!, b);
    });
    for (const [slug, found] of lines) {
      const s = stats.get(slug);
      if (!s) continue;
      s.occurrences += found.length;
      s.passages.push({ speech: ref, lines: found });
      bump(s.byYear, speech.year, found.length);
      bump(s.byCampaign, speech.campaign, found.length);
    }
  }
  for (const [slug, s] of stats) {
    s.cooccurring = [...together.get(slug)!]
      .map(([other, paragraphs]) => ({ slug: other, paragraphs }))
      .sort((a, b) => b.paragraphs - a.paragraphs || (a.slug < b.slug ? -1 : 1));
  }
  return stats;
}
