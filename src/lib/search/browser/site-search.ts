/**
 * What /search/ and /concordance/ load from the site, each once per page, from the
 * site's base: the n-gram index (`search-index/`), the filters (`search-data/filters.json.gz`,
 * and `filter-concepts.json.gz` when a concept is chosen or its menu opened), the text
 * chunks of the results shown (`search-data/text/`, with their dictionary
 * `search-data/text-dictionary.gz`, loaded with the first query), the folding table
 * (`search/t2s.json.gz`) and, only to suggest another query, the glossary (`concepts.json`).
 * The search files are stored gzipped (the text chunks deflated with the dictionary) and inflated here (shared/packed.ts).
 */
import { SearchIndex, type IndexSource } from '../shared/engine.ts';
import { FilterColumns, type ConceptFile, type FilterChoice, type FilterFile } from '../shared/filter-columns.ts';
import { presetDictionary, unpackJson, unpackSync, unpackWithDictionary, type PresetDictionary } from '../shared/packed.ts';
import { TEXT_DICTIONARY, textChunkPath, type TextChunk } from '../shared/text-chunks.ts';
import { ignorableTable } from '../shared/text.ts';
import { foldQuery, type FoldTable } from '../../text/fold.ts';

const base = document.documentElement.dataset.base ?? '/';

const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
};

/** A file of the site, as stored. */
async function bytes(path: string): Promise<Uint8Array> {
  const r = await fetch(`${base}${path}`);
  if (!r.ok) throw new Error(`${path}: ${r.status}; the search files are missing or out of date: rebuild the site.`);
  return new Uint8Array(await r.arrayBuffer());
}

/** A JSON file of the site, gzipped (`.json.gz`) or not. */
async function json<T>(path: string): Promise<T> {
  return unpackJson<T>(await bytes(path));
}

const source: IndexSource = {
  async get(path) {
    const r = await fetch(`${base}search-index/${path}`);
    if (r.status === 404) return null;
    if (!r.ok) throw new Error(`search-index/${path}: ${r.status}`);
    return new Uint8Array(await r.arrayBuffer());
  },
};

/** The index, its manifest read; its lists of common grams are asked for with the manifest (SearchIndex.open). */
export const searchIndex = once(() => SearchIndex.open(source, { warm: true }));
/**
 * Loads the index's lists of common grams (SearchIndex.warm: a query then fetches a common
 * gram's file without its bucket first) and builds the table of what "ignoring punctuation"
 * skips while they load (10–15 ms of the page's CPU the first time, which the first query's
 * first trigram paid before its first request: docs/PERFORMANCE.md, session 10). The page
 * calls it when it loads, so that the first query does not wait for them.
 */
export const warmIndex = once(async (): Promise<void> => {
  const index = await searchIndex();
  const lists = index.warm();
  ignorableTable();
  await lists;
});
const filterFile = once(() => json<FilterFile>('search-data/filters.json.gz'));
/** The filters without the concept file: what the page loads. */
export const filterColumns = once(async () => new FilterColumns(await filterFile()));
/** The filters with which speeches use each concept (`filter-concepts.json.gz`, loaded on demand). */
export const conceptColumns = once(
  async () => new FilterColumns(await filterFile(), await json<ConceptFile>('search-data/filter-concepts.json.gz')),
);
/** The filters `choice` needs: with concepts when one is chosen. */
export const columnsFor = (choice: FilterChoice) => (choice.concept ? conceptColumns() : filterColumns());
const foldTable = once(() => json<FoldTable>('search/t2s.json.gz').catch((): FoldTable => ({})));

/** The glossary's wordings: each concept's term and variants. */
export const glossary = once(() => json<{ term: string; variants: string[] }[]>('concepts.json').catch(() => []));

/** Typed phrases as the index holds them: traditional characters folded to simplified. */
export async function foldPhrases(typed: readonly string[]): Promise<string[]> {
  const table = await foldTable();
  return typed.map((p) => foldQuery(p, table));
}

/** The text chunks' preset dictionary (32 KB; 14 KB as sent at 10,000 bench speeches). */
let dictionaryLoad: Promise<PresetDictionary> | undefined;
const textDictionary = (): Promise<PresetDictionary> =>
  (dictionaryLoad ??= bytes(TEXT_DICTIONARY).then(
    (b) => presetDictionary(unpackSync(b)),
    (error: unknown) => {
      // A failed request is not kept: the next query asks again.
      dictionaryLoad = undefined;
      throw error;
    },
  ));
/** Starts loading the text chunks' dictionary: the pages call it when a query starts, so it comes with the index's files, not after them. */
export const warmText = (): void => void textDictionary().catch(() => undefined);

const chunks = new Map<string, Promise<TextChunk>>();
const utf8 = new TextDecoder();

/** Text chunk `k` of the speech in `folder` (its place in date order, oldest first). */
export function textChunk(folder: number, k: number): Promise<TextChunk> {
  const path = textChunkPath(folder, k);
  if (!chunks.has(path))
    chunks.set(
      path,
      Promise.all([bytes(path), textDictionary()]).then(([b, dictionary]) => {
        try {
          return JSON.parse(utf8.decode(unpackWithDictionary(b, dictionary))) as TextChunk;
        } catch (error) {
          throw new Error(`${path}: ${(error as Error).message}`);
        }
      }),
    );
  return chunks.get(path)!;
}
