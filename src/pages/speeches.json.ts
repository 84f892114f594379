/** `dist/speeches.json`: the public catalog, one entry per speech, newest first. */
import { getCollection } from 'astro:content';
import { catalogEntry, newestFirst } from '../lib/site/catalog.ts';
import { paths } from '../lib/site/paths.ts';

export async function GET() {
  const speeches = newestFirst((await getCollection('speeches')).map((e) => e.data));
  return new Response(JSON.stringify(speeches.map((s) => catalogEntry(s, paths.base)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
