/**
 * The whole archive as pages need it, computed once per build: speeches newest
 * first, the checked glossary, its matcher and every concept's occurrences.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { glossaryDigest, glossaryMatcher, glossaryProblems, type ConceptInfo, type GlossaryEntry } from '../concepts/glossary.ts';
import type { Matcher } from '../concepts/matcher.ts';
import { conceptOccurrences, findInSpeech, type ConceptStats } from '../concepts/occurrences.ts';
import { matchesWithKept, readKeptMatches, saveKeptMatches } from '../concepts/kept-matches.ts';
import { openccVersion } from '../concepts/opencc-version.ts';
import { archiveCacheDir } from '../site/env.ts';
import { newestFirst } from '../speech/order.ts';
import { crossSpeech, crossSpeechLogLine, type CrossSpeech } from './cross-speech.ts';
import { paths } from '../site/paths.ts';
import { dropWhenPagesAreDone } from '../site/page-caches.ts';
import type { SpeechEntry } from '../speech/schema.ts';
import { entryDataKey } from '../../loaders/entry-stamp.ts';

/** The kept matches' file in the build's cache folder. */
const KEPT_MATCHES = 'concept-matches.json';

export interface Archive {
  speeches: SpeechEntry[];
  concepts: (GlossaryEntry & { entry: CollectionEntry<'concepts'> })[];
  conceptBySlug: Map<string, GlossaryEntry>;
  conceptByTerm: Map<string, GlossaryEntry>;
  matcher: Matcher;
  /** What the concept-link plugin shows for each slug. */
  conceptInfo: Map<string, ConceptInfo>;
  stats: Map<string, ConceptStats>;
  /** Concepts each speech (by slug) uses with their counts, most frequent first. */
  conceptsIn: Map<string, { concept: GlossaryEntry; n: number }[]>;
  /**
   * What fixes each speech's data (by slug): the loader's stamp (raw file, its bytes and the
   * ingest code, slug), else a hash of the data itself. Part of its page's cache key.
   */
  dataKey: Map<string, string>;
  /** Changes whenever any glossary entry does: part of every annotated page's cache key. */
  glossaryDigest: string;
  /** Parallel passages, related speeches and copies of the same speech. */
  cross: CrossSpeech;
}

let archive: Promise<Archive> | undefined;

export function loadArchive(): Promise<Archive> {
  if (!archive) {
    archive = build();
    // Once the pages are done nothing reads it: its memory goes before the search stage.
    dropWhenPagesAreDone(() => (archive = undefined));
  }
  return archive;
}

async function build(): Promise<Archive> {
  const entries = await getCollection('speeches');
  const speeches = newestFirst(entries.map((e) => e.data));
  const dataKey = new Map(
    entries.map((e) => [
      e.data.slug,
      entryDataKey(e.id, (e as { digest?: unknown }).digest) ?? createHash('sha256').update(JSON.stringify(e.data)).digest('hex'),
    ]),
  );
  // In id order: Astro's glob loader stores entries as they finish reading, so its order
  // varies between builds, and matching, counts and ties follow this order.
  const concepts = (await getCollection('concepts'))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => ({
      slug: entry.id,
      file: entry.filePath ?? `${entry.id}.mdx`,
      data: entry.data,
      entry,
    }));
  const problems = glossaryProblems(concepts);
  if (problems.length) {
    throw new AstroError(
      `The glossary has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`,
      'Fix the files named above and rebuild.',
    );
  }
  const matcher = glossaryMatcher(concepts);
  const conceptInfo = new Map(
    concepts.map((c) => [c.slug, { term: c.data.term, definition: c.data.definition, href: paths.concept(c.slug) }]),
  );
  const digest = glossaryDigest(concepts);
  const stats = await occurrencesWithKept(speeches, matcher, concepts, dataKey, digest);
  const conceptsIn = new Map<string, { concept: GlossaryEntry; n: number }[]>();
  for (const c of concepts) {
    for (const { speech, lines } of stats.get(c.slug)!.passages) {
      const used = conceptsIn.get(speech.slug);
      if (used) used.push({ concept: c, n: lines.length });
      else conceptsIn.set(speech.slug, [{ concept: c, n: lines.length }]);
    }
  }
  for (const list of conceptsIn.values()) list.sort((a, b) => b.n - a.n);
  const cross = crossSpeech(speeches, (slug) => (conceptsIn.get(slug) ?? []).map((c) => c.concept.data.term));
  // One line in the build log: the benchmark reports it as a share of the whole build.
  console.log(crossSpeechLogLine(speeches.length, cross));
  return {
    cross,
    speeches,
    dataKey,
    concepts,
    conceptBySlug: new Map(concepts.map((c) => [c.slug, c])),
    conceptByTerm: new Map(concepts.map((c) => [c.data.term, c])),
    matcher,
    conceptInfo,
    stats,
    conceptsIn,
    glossaryDigest: digest,
  };
}

/**
 * What the kept matches are found with besides the glossary: this module's code, named by the
 * bundled chunk it is built into (the name carries a hash of its code and of the chunks it
 * imports, the matcher's among them), and OpenCC's version. Null outside a build (the dev
 * server runs the source, whose name says nothing of its code): nothing is kept then.
 */
function matchCode(): string | null {
  const name = import.meta.url.split('/').pop() ?? '';
  return /_[\w-]{8}\.mjs$/.test(name) ? `${name} opencc-js ${openccVersion()}` : null;
}

/**
 * Every concept's occurrences; the glossary is matched only in speeches whose matches the
 * last build did not keep (src/lib/concepts/kept-matches.ts), by their data key.
 */
async function occurrencesWithKept(
  speeches: readonly SpeechEntry[],
  matcher: Matcher,
  concepts: readonly GlossaryEntry[],
  dataKey: ReadonlyMap<string, string>,
  glossaryDigest: string,
): Promise<Map<string, ConceptStats>> {
  const slugs = concepts.map((c) => c.slug);
  const code = matchCode();
  if (!code) return conceptOccurrences(speeches, matcher, slugs);
  const file = join(archiveCacheDir(), KEPT_MATCHES);
  const key = `${code} ${glossaryDigest}`;
  const kept = matchesWithKept(
    await readKeptMatches(file, key),
    key,
    (s: SpeechEntry) => dataKey.get(s.slug) ?? null,
    findInSpeech(matcher),
  );
  const stats = conceptOccurrences(speeches, matcher, slugs, kept.matchesIn);
  await saveKeptMatches(file, kept.next());
  return stats;
}
