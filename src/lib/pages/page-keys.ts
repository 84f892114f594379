/**
 * Cache keys of the listing pages (Astro's incremental build keeps a page whose key, and
 * whose code, are those of the last build): a key covers everything the page shows, so it
 * changes exactly when the page would. Without one a page is rendered every build; at
 * 10,000 speeches that was ~540 listing pages (concept uses, years, speakers, campaigns),
 * about 5 s of every rebuild, where one changed speech changes a handful of them.
 *
 * Every key starts with the digest of the site's code (src/lib/site/code-digest.ts: a kept
 * page must not point to a script bundle a code change renamed). Speeches are named by
 * their data key (the loader's stamp: raw file, its bytes and the ingest code, slug and
 * copies), which fixes everything of the speech a list shows.
 */
import { createHash } from 'node:crypto';
import type { ParallelPlace } from '../annotate/parallels.ts';
import type { ConceptStats, SpeechPassages } from '../concepts/occurrences.ts';
import { siteCodeDigest } from '../site/code-digest.ts';
import type { GroupPageProps } from './group-pages.ts';

/** SHA-256 of the site's code and `parts` as JSON. */
export function pageKey(...parts: unknown[]): string {
  return createHash('sha256').update(siteCodeDigest()).update('\0').update(JSON.stringify(parts)).digest('hex');
}

/** Digest of each list of places a speech page's notes take their places from, by the list itself. */
const placeDigests = new WeakMap<readonly ParallelPlace[], string>();

/**
 * A list of places as a short digest, made once per list: annotate's `placesSource` gives
 * every note on one passage one of two lists (src/lib/annotate/parallels.ts), so each is
 * written out and hashed once per build, not once per speech that shows it. At 10,000
 * bench speeches (967,905 notes on 64,838 passages) the keys had written out 580 million
 * characters of JSON every build; digesting the notes' own lists (388,840 of them, one per
 * speech among a passage's first) halved that time, and digesting the passages' two lists
 * instead took another 1.3 s of CPU off (docs/PERFORMANCE.md, session 8).
 */
function placesDigest(places: readonly ParallelPlace[]): string {
  let digest = placeDigests.get(places);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(places)).digest('base64url');
    placeDigests.set(places, digest);
  }
  return digest;
}

/** What a speech page shows of the speeches around it and linked to it. */
export interface SpeechPageLinks {
  near: unknown;
  /** Each note with the list its places are taken from (annotate's `keyNotes`): the places it shows follow from that list and the speech. */
  parallels: readonly { paragraph: number; sentence: string; places: readonly ParallelPlace[]; count: number }[];
  related: unknown;
  copies: unknown;
}

/**
 * Key of a speech page: its speech (`dataKey`), the glossary that annotates it, its
 * neighbours, and what links it to other speeches (each parallel passage with its places
 * as a digest, related speeches, copies).
 */
export function speechPageKey(glossaryDigest: string, dataKey: string, links: SpeechPageLinks): string {
  return pageKey(
    'speech',
    glossaryDigest,
    dataKey,
    links.near,
    links.parallels.map((p) => [p.paragraph, p.sentence, p.count, placesDigest(p.places)]),
    links.related,
    links.copies,
  );
}

/** Key of one page of a year, speaker or campaign (its props), and `extra` the route adds to what it shows. */
export function groupPageKey(props: GroupPageProps, dataKey: (slug: string) => string | undefined, extra: unknown = null): string {
  const { title, url, total, page, pages, param, speeches } = props;
  return pageKey(
    'group',
    title,
    url,
    total,
    page,
    pages,
    param ?? null,
    extra,
    speeches.map((s) => [s.slug, dataKey(s.slug) ?? null]),
  );
}

/**
 * Key of one page of a concept's uses: its glossary entry (`entry`: the data and the body
 * the page renders), the glossary as a whole (terms of the concepts it names), the
 * passages on this page, the counts every page heads with and, on page 1, the statistics
 * it draws.
 */
export function conceptPageKey(
  glossaryDigest: string,
  entry: unknown,
  stats: ConceptStats,
  passages: readonly SpeechPassages[],
  page: number,
  pages: number,
): string {
  const inSpeech = new Map(stats.passages.map((p) => [p.speech.slug, p.lines.length]));
  const first =
    page === 1
      ? {
          firstUse: stats.firstUse ?? null,
          shareByYear: stats.shareByYear,
          byYear: [...stats.byYear],
          byCampaign: [...stats.byCampaign],
          cooccurring: stats.cooccurring.slice(0, 10),
        }
      : null;
  return pageKey(
    'concept',
    glossaryDigest,
    entry,
    page,
    pages,
    stats.passages.length,
    stats.occurrences,
    passages.map((p) => [p, inSpeech.get(p.speech.slug) ?? null]),
    first,
  );
}
