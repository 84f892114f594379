/** Ordering and grouping of speeches for listing pages and the public catalog. */
import type { SpeechEntry } from '../speech/schema.ts';
import { asciiSlug } from '../speech/slugs.ts';
import { newestFirst } from '../speech/order.ts';

export interface Group {
  /** Display name: a campaign, a year, a speaker. */
  name: string;
  /** URL segment for the group's page. */
  slug: string;
  speeches: SpeechEntry[];
}

/** The group of speeches that have no value for a key (no year, no speaker): listed last, so every speech is reachable. */
export interface UnknownGroup {
  name: string;
  slug: string;
}
export const UNKNOWN_YEAR: UnknownGroup = { name: '年份不详', slug: 'unknown' };
export const UNKNOWN_SPEAKER: UnknownGroup = { name: '讲话人不详', slug: 'unknown' };

/**
 * Groups speeches by a key, sorted by `order`. Speeches without a key are left out,
 * or, given `unknown`, put in that group after all the others.
 */
export function groupBy(
  list: readonly SpeechEntry[],
  key: (s: SpeechEntry) => string | null,
  order: (a: Group, b: Group) => number = (a, b) => b.speeches.length - a.speeches.length || a.name.localeCompare(b.name, 'zh'),
  unknown?: UnknownGroup,
): Group[] {
  const groups = new Map<string, Group>();
  const rest: Group | null = unknown ? { ...unknown, speeches: [] } : null;
  for (const s of newestFirst(list)) {
    const name = key(s);
    if (!name) {
      rest?.speeches.push(s);
      continue;
    }
    const g = groups.get(name) ?? { name, slug: asciiSlug(name), speeches: [] };
    g.speeches.push(s);
    groups.set(name, g);
  }
  const sorted = [...groups.values()].sort(order);
  return rest?.speeches.length ? [...sorted, rest] : sorted;
}

export const byCampaign = (list: readonly SpeechEntry[]) => groupBy(list, (s) => s.campaign);
/** Speakers, most speeches first; speeches without a speaker last, as 讲话人不详. */
export const bySpeaker = (list: readonly SpeechEntry[]) => groupBy(list, (s) => s.speaker, undefined, UNKNOWN_SPEAKER);
/** Years, newest first; undated speeches last, as 年份不详 (slug `unknown`). */
export const byYear = (list: readonly SpeechEntry[]) =>
  groupBy(
    list,
    (s) => (s.year ? String(s.year) : null),
    (a, b) => Number(b.name) - Number(a.name),
    UNKNOWN_YEAR,
  );

/** How a year group is named on pages: `2019年`, or 年份不详. */
export const yearLabel = (g: Pick<Group, 'name' | 'slug'>) => (g.slug === UNKNOWN_YEAR.slug ? g.name : `${g.name}年`);

/** Fields whose value was inferred rather than read (or set by the editor). */
export const inferredFields = (s: SpeechEntry) =>
  s.notes.filter((n) => n.how === 'inferred' && !(n.field === 'title' && s.untitled)).map((n) => n.field);

/** The shape of an entry of `dist/speeches.json`. */
export type CatalogEntry = ReturnType<typeof catalogEntry>;

/** One entry of `dist/speeches.json`, the public catalog. */
export function catalogEntry(s: SpeechEntry, base: string) {
  return {
    slug: s.slug,
    url: `${base}speeches/${s.slug}/`,
    title: s.title,
    /** True when the text has no title and gives none itself: `title` is the file name standing in (not inferred). */
    untitled: s.untitled === true,
    speaker: s.speaker,
    date: s.date,
    year: s.year,
    /** When the year is not known: the earliest it can be (a meeting the speech refers to), or null. */
    yearAfter: s.yearAfter ?? null,
    campaign: s.campaign,
    occasion: s.occasion,
    source: s.source,
    /** Where the copy was published: publisher, original URL, publication date (each null when the page does not say). */
    origin: s.origin ? { publisher: s.origin.publisher, url: s.origin.url, published: s.origin.published } : null,
    chars: s.chars,
    inferred: inferredFields(s),
  };
}

/** A speech's neighbour in a listing, as its page links it. */
export interface Neighbour {
  slug: string;
  title: string;
  date: string | null;
  year: number | null;
}

export interface Neighbours {
  /** The previous (older) and next (newer) speech of the whole archive, in date order. */
  older: Neighbour | null;
  newer: Neighbour | null;
  /** The same within the speech's campaign (null without a campaign). */
  olderInCampaign: Neighbour | null;
  newerInCampaign: Neighbour | null;
}

const neighbour = (s: SpeechEntry | undefined): Neighbour | null =>
  s ? { slug: s.slug, title: s.title, date: s.date, year: s.year } : null;

/**
 * Each speech's older and newer neighbour, in the archive and in its campaign, from a
 * newest-first list (undated speeches last, so they follow the oldest dated one).
 */
export function neighbours(newestFirstList: readonly SpeechEntry[]): Map<string, Neighbours> {
  const out = new Map<string, Neighbours>();
  /** The last speech of each campaign met so far: the next one of the campaign is older. */
  const lastIn = new Map<string, Neighbours & { self: Neighbour }>();
  newestFirstList.forEach((s, i) => {
    const self = neighbour(s)!;
    const mine = {
      self,
      newer: neighbour(newestFirstList[i - 1]),
      older: neighbour(newestFirstList[i + 1]),
      newerInCampaign: null as Neighbour | null,
      olderInCampaign: null as Neighbour | null,
    };
    const newer = s.campaign ? lastIn.get(s.campaign) : undefined;
    if (newer) {
      mine.newerInCampaign = newer.self;
      newer.olderInCampaign = self;
    }
    if (s.campaign) lastIn.set(s.campaign, mine);
    out.set(s.slug, mine);
  });
  for (const [slug, n] of out)
    out.set(slug, { newer: n.newer, older: n.older, newerInCampaign: n.newerInCampaign, olderInCampaign: n.olderInCampaign });
  return out;
}
