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
 */
import { readFile } from 'node:fs/promises';
import { replaceFile } from '../site/replace-file.ts';
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

/** What one build keeps for the next. */
export interface KeptMatches {
  /** The glossary and code they were found with. */
  key: string;
  slugs: string[];
  /** Data key → the speech's matches (`encodeMatches`). */
  speeches: Map<string, readonly number[]>;
}

/**
 * Matches by speech: those in `kept` when it was found under `key` and holds the speech's
 * data key, else `find`'s; `next()` is what to keep for the next build (this build's
 * speeches only), `matched()` how many speeches were matched.
 */
export function matchesWithKept<S extends { blocks: readonly { text: string }[] }>(
  kept: KeptMatches | null,
  key: string,
  keyOf: (speech: S) => string | null,
  find: (speech: S) => Match[][],
): { matchesIn: (speech: S) => readonly (readonly Match[])[]; next: () => KeptMatches; matched: () => number } {
  const usable = kept?.key === key ? kept : null;
  const slugs = [...(usable?.slugs ?? [])];
  const place = new Map(slugs.map((s, k) => [s, k]));
  const slugAt = (slug: string) => {
    let k = place.get(slug);
    if (k === undefined) {
      k = slugs.push(slug) - 1;
      place.set(slug, k);
    }
    return k;
  };
  const now = new Map<string, readonly number[]>();
  let matched = 0;
  const matchesIn = (speech: S): readonly (readonly Match[])[] => {
    const dataKey = keyOf(speech);
    const flat = dataKey === null ? undefined : usable?.speeches.get(dataKey);
    if (flat) {
      now.set(dataKey!, flat);
      return decodeMatches(flat, slugs, speech.blocks);
    }
    matched++;
    const found = find(speech);
    if (dataKey !== null) now.set(dataKey, encodeMatches(found, slugAt));
    return found;
  };
  return { matchesIn, next: () => ({ key, slugs, speeches: now }), matched: () => matched };
}

/** The matches a build kept in `file`, or null (none, or unreadable). */
export async function readKeptMatches(file: string): Promise<KeptMatches | null> {
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as { key: string; slugs: string[]; speeches: Record<string, number[]> };
    return { key: saved.key, slugs: saved.slugs, speeches: new Map(Object.entries(saved.speeches)) };
  } catch {
    return null;
  }
}

/** Keeps `kept` in `file` (written whole, then renamed into place). */
export async function saveKeptMatches(file: string, kept: KeptMatches): Promise<void> {
  await replaceFile(file, JSON.stringify({ key: kept.key, slugs: kept.slugs, speeches: Object.fromEntries(kept.speeches) }));
}
