/**
 * The set phrases page's groups (phrase-groups.ts) as a process of the build mined them
 * ahead, from the speech data the content layer stored (src/integrations/search-beside-process.ts),
 * while Vite bundles and the first pages render: at 10,000 speeches mining takes some 4.5 s
 * of Astro's one thread otherwise. The integration hands the promise of its result over here;
 * the page takes it when it was mined from the very speech data the page has, else mines
 * itself (the dev server, a failed process, other data), so the page is the same either way.
 *
 * The integrations and the pages' code (bundled by Vite) are other module instances in the
 * same process: the promise is kept on globalThis, under a symbol both find (as page-caches.ts).
 */
import { createHash } from 'node:crypto';
import type { SpeechEntry } from '../speech/schema.ts';
import { phraseGroups, type PhraseGroup } from './phrase-groups.ts';

/** What the process mined ahead. */
export interface PhrasesAhead {
  /** speechDataDigest of the speeches it mined, newest first (null: a speech without data key; the page mines again). */
  speechDigest: string | null;
  groups: PhraseGroup[];
  /** How long it took, ms (reading the speech data included). */
  ms: number;
}

const KEY = Symbol.for('speech-archive:phrases-handed-over');
type Slot = { [KEY]?: Promise<PhrasesAhead | null> };

/** Hands the phrases mined ahead over to the page (null: none are coming; the page mines them itself). */
export function handOverPhrases(ahead: Promise<PhrasesAhead | null> | null): void {
  const slot = globalThis as Slot;
  if (ahead) slot[KEY] = ahead;
  else delete slot[KEY];
}

/**
 * What fixes the speech data phrases are mined from: each speech's data key (the loader's
 * stamp, `entryDataKey`), in the order they are mined in. Null when a speech has none:
 * then nothing proves two lists the same.
 */
export function speechDataDigest(keys: readonly (string | null | undefined)[]): string | null {
  if (keys.some((k) => typeof k !== 'string')) return null;
  return createHash('sha256').update(JSON.stringify(keys)).digest('hex');
}

/**
 * The page's groups of phrases of `speeches` (newest first): the ones mined ahead when they
 * were mined from the same speech data (the data keys `dataKey` gives, in this order), else
 * mined here. A mismatch is logged: it means the ahead process read other data than the pages.
 */
export async function phrasesOfArchive(
  speeches: readonly SpeechEntry[],
  dataKey: ReadonlyMap<string, string>,
  log: Pick<Console, 'log' | 'warn'> = console,
): Promise<PhraseGroup[]> {
  const ahead = await (globalThis as Slot)[KEY];
  if (!ahead) return phraseGroups(speeches);
  const digest = speechDataDigest(speeches.map((s) => dataKey.get(s.slug)));
  if (digest === null || digest !== ahead.speechDigest) {
    log.warn(
      `[set-phrases] the phrases mined ahead are of other speech data than the pages' (${speeches.length} speeches here): mined again in the page`,
    );
    return phraseGroups(speeches);
  }
  log.log(`[set-phrases] ${speeches.length} speeches: the phrases mined ahead in ${ahead.ms} ms`);
  return ahead.groups;
}
