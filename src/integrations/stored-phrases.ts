/**
 * The set phrases page's groups (src/lib/annotate/phrase-groups.ts) mined from the speech
 * data the content layer stored in `<cacheDir>/data-store.json`, in the pages' order
 * (newest first), with the digest of the speeches' data keys that lets the page check it
 * was mined from the data it has (src/lib/annotate/phrases-handed-over.ts). The build mines
 * them in the process that reads the store at `astro:build:start` (search-beside-process.ts).
 */
import { phraseGroups } from '../lib/annotate/phrase-groups.ts';
import { speechDataDigest, type PhrasesAhead } from '../lib/annotate/phrases-handed-over.ts';
import { newestFirst } from '../lib/speech/order.ts';
import type { StoredContent } from './content-store.ts';

/** The groups of the speech data as read (`stored`); `started`: when reading began (performance.now()), for the time it reports. */
export function phrasesOfStored(stored: StoredContent, started = performance.now()): PhrasesAhead {
  const { speeches, speechKeys } = stored;
  const keyOf = new Map(speeches.map((s, i) => [s, speechKeys[i]]));
  const ordered = newestFirst(speeches);
  const groups = phraseGroups(ordered);
  return { speechDigest: speechDataDigest(ordered.map((s) => keyOf.get(s))), groups, ms: Math.round(performance.now() - started) };
}
