/**
 * The speech data of a build as the content layer stored it, read after the build by an
 * integration: Astro keeps every collection entry in `<cacheDir>/data-store.json`
 * (devalue-serialised maps, collection → id → entry). Search is built from this data, the
 * same the pages are rendered from, never from the rendered HTML. Entries come in id order.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as devalue from 'devalue';
import type { ConceptData } from '../lib/concepts/schema.ts';
import type { GlossaryEntry } from '../lib/concepts/glossary.ts';
import type { SpeechEntry } from '../lib/speech/schema.ts';
import { entryDataKey } from '../loaders/entry-stamp.ts';

export const DATA_STORE = 'data-store.json';

export interface StoredContent {
  speeches: SpeechEntry[];
  /** What fixes each speech's data (the loader's stamp, `entryDataKey`), beside `speeches`; null without a stamp. */
  speechKeys: (string | null)[];
  concepts: GlossaryEntry[];
}

interface StoredEntry {
  id: string;
  data: unknown;
  filePath?: string;
  digest?: unknown;
}

/** The speeches and glossary entries of the build whose cache folder is `cacheDir`. */
export async function readContentStore(cacheDir: string): Promise<StoredContent> {
  const file = join(cacheDir, DATA_STORE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new Error(
      `Search cannot read the content layer's data store ${file}: ${(cause as Error).message}. ` +
        'It is written by `astro build` before pages are rendered; build again, and keep `experimental.collectionStorage` unset (single file).',
    );
  }
  let collections: Map<string, Map<string, StoredEntry>>;
  try {
    collections = devalue.parse(text) as Map<string, Map<string, StoredEntry>>;
  } catch (cause) {
    throw new Error(
      `The content layer's data store ${file} could not be parsed (${(cause as Error).message}). ` +
        `Delete the cache folder ${cacheDir} (ARCHIVE_CACHE_DIR; by default node_modules/.astro) and build again: the next build reads every speech afresh.`,
    );
  }
  // In id order: the store keeps the order entries were set in, which differs between a
  // fresh build (the glob loader sets up to ten at a time, as they finish) and a rebuild
  // (a new entry comes last), and the search output would differ with it.
  const entries = (name: string) => [...(collections.get(name)?.values() ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const speeches = entries('speeches');
  return {
    speeches: speeches.map((e) => e.data as SpeechEntry),
    speechKeys: speeches.map((e) => entryDataKey(e.id, e.digest)),
    concepts: entries('concepts').map((e) => ({ slug: e.id, file: e.filePath ?? `${e.id}.mdx`, data: e.data as ConceptData })),
  };
}
