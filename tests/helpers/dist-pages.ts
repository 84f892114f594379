/** Reads a built site: its HTML pages and their visible text, for truth in tests. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CatalogEntry } from '../../src/lib/pages/catalog.ts';
import { gunzipSync } from 'node:zlib';
import { presetDictionary, unpackWithDictionary } from '../../src/lib/search/shared/packed.ts';
import { TEXT_DICTIONARY, textChunkPath } from '../../src/lib/search/shared/text-chunks.ts';

/** Every file of a built site (relative path → sha256 of its bytes). */
export function fingerprint(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** URL path of a built file relative to the site root: `speeches/x/index.html` → `speeches/x/`. */
export const urlPath = (dir: string, file: string) => relative(dir, file).replace(/index\.html$/, '');

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of a speech page a reader reads: its title, then every heading and paragraph (see speechUnits). */
export const bodyText = (html: string) => speechUnits(html).join('\n');

export const read = (file: string) => readFileSync(file, 'utf8');
/** A search file as the build stores it, gzipped (src/lib/search/shared/packed.ts), read as text. */
export const readPacked = (file: string) => gunzipSync(readFileSync(file)).toString('utf8');
/** Text chunk `k` of folder `n` of the site in `dist`, as JSON text: deflated with the site's text dictionary. */
export const readTextChunk = (dist: string, n: number, k: number) =>
  Buffer.from(
    unpackWithDictionary(
      readFileSync(join(dist, textChunkPath(n, k))),
      presetDictionary(gunzipSync(readFileSync(join(dist, TEXT_DICTIONARY)))),
    ),
  ).toString('utf8');

/** `speeches.json` of the built site in `dist`: every speech, newest first. */
export const readCatalog = (dist: string): CatalogEntry[] => JSON.parse(read(join(dist, 'speeches.json'))) as CatalogEntry[];

const stripTags = (s: string) =>
  s
    .replace(/<a class="para-link"[^>]*>.*?<\/a>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);

/**
 * The text a phrase search looks in, unit by unit: the title, then every heading and
 * paragraph of the speech body. A phrase never runs from one unit into the next.
 */
export function speechUnits(html: string): string[] {
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  const blocks = [...html.matchAll(/<(p|h2) id="(?:p|s|h)\d+[^"]*"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!);
  return [title, ...blocks].map(stripTags);
}
