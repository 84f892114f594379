/**
 * The set phrases page's groups (src/lib/annotate/phrase-groups.ts) mined from the speech
 * data the content layer stored in `<cacheDir>/data-store.json`, in the pages' order
 * (newest first), with the digest of the speeches' data keys that lets the page check it
 * was mined from the data it has (src/lib/annotate/phrases-handed-over.ts).
 */
import { phraseGroups } from '../lib/annotate/phrase-groups.ts';
import { speechDataDigest, type PhrasesAhead } from '../lib/annotate/phrases-handed-over.ts';
import { newestFirst } from '../lib/speech/order.ts';
import { readContentStore } from './content-store.ts';

export async function phrasesOfStore(cacheDir: string): Promise<PhrasesAhead> {
  const started = performance.now();
  const { speeches, speechKeys } = await readContentStore(cacheDir);
  const keyOf = new Map(speeches.map((s, i) => [s, speechKeys[i]]));
  const ordered = newestFirst(speeches);
  const groups = phraseGroups(ordered);
  return { speechDigest: speechDataDigest(ordered.map((s) => keyOf.get(s))), groups, ms: Math.round(performance.now() - started) };
}
