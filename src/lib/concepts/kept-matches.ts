/**
 * The glossary's matches in each speech (occurrences.ts `findInSpeech`), kept from one build
 * to the next in the build's cache folder, so that a rebuild matches only its new and changed
 * speeches (at 10,000 speeches matching every speech took about 0.9 s of CPU of the concept
 * occurrences' 1.1 s). A speech's matches follow from its text, year and campaign (all fixed
 * by its data key, the loader's stamp) and the glossary with the code that matches it: they
 * are kept by data key under a key of the glossary and that code (the caller's).
 *
 * Kept compactly: per speech a flat list of numbers, four per match (block, concept by its
 * place in a list of slugs, offset, length); the matched text is the block's text there.
 * The lookup and the file are src/lib/site/kept-by-key.ts's (the slugs its head).
 */
import { readKept, saveKept, withKept, type KeptValues } from '../site/kept-by-key.ts';
import type { Match } from './matcher.ts';

/** A speech's matches, block by block, as numbers; `slugAt` gives a slug's place in the kept list. */
export function encodeMatches(matches: readonly (readonly Match[])[], slugAt: (slug: string) => number): number[] {
  const flat: number[] = [];
  matches.forEach((block, b) => {
    for (const m of block) flat.push(b, slugAt(m.slug), m.index, m.text.length);
  });
  return flat;
}

/** The matches `encodeMatches` gave, on the speech's blocks. */
export function decodeMatches(flat: readonly number[], slugs: readonly string[], blocks: readonly { text: string }[]): Match[][] {
  const matches: Match[][] = blocks.map(() => []);
  for (let k = 0; k + 3 < flat.length; k += 4) {
    const [b, s, index, length] = [flat[k]!, flat[k + 1]!, flat[k + 2]!, flat[k + 3]!];
    matches[b]!.push({ slug: slugs[s]!, text: blocks[b]!.text.slice(index, index + length), index });
  }
  return matches;
}

/** What one build keeps for the next: data key → the speech's matches (`encodeMatches`), the slugs they point into. */
export type KeptMatches = KeptValues<readonly number[], { slugs: string[] }>;

/**
 * Matches by speech: those in `kept` when it holds the speech's data key, else `find`'s;
 * `next()` is what to keep for the next build under `key` (this build's speeches only),
 * `matched()` how many speeches were matched.
 */
export function matchesWithKept<S extends { blocks: readonly { text: string }[] }>(
  kept: KeptMatches | null,
  key: string,
  keyOf: (speech: S) => string | null,
  find: (speech: S) => Match[][],
): { matchesIn: (speech: S) => readonly (readonly Match[])[]; next: () => KeptMatches; matched: () => number } {
  const usable = kept?.key === key ? kept : null;
  const slugs = [...(usable?.head.slugs ?? [])];
  const place = new Map(slugs.map((s, k) => [s, k]));
  const slugAt = (slug: string) => {
    let k = place.get(slug);
    if (k === undefined) {
      k = slugs.push(slug) - 1;
      place.set(slug, k);
    }
    return k;
  };
  // The matches just found, handed back as found rather than decoded again.
  let found: Match[][] | null = null;
  const byKey = withKept(usable?.values ?? null, keyOf, (speech: S) => encodeMatches((found = find(speech)), slugAt));
  const matchesIn = (speech: S): readonly (readonly Match[])[] => {
    found = null;
    const flat = byKey.valueFor(speech);
    return found ?? decodeMatches(flat, slugs, speech.blocks);
  };
  return { matchesIn, next: () => ({ key, head: { slugs }, values: byKey.now }), matched: byKey.computed };
}

/** The matches a build kept in `file` under `key`, or null (none, another key, or unreadable). */
export const readKeptMatches = (file: string, key: string): Promise<KeptMatches | null> => readKept(file, key);

/** Keeps `kept` in `file` (written whole, then renamed into place). */
export const saveKeptMatches = (file: string, kept: KeptMatches): Promise<void> => saveKept(file, kept);
