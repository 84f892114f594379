/** `dist/speeches.json`: the public catalog, one entry per speech, newest first. */
import { catalogEntry } from '../lib/pages/catalog.ts';
import { loadArchive } from '../lib/annotate/archive.ts';
import { paths } from '../lib/site/paths.ts';

export async function GET() {
  const { speeches } = await loadArchive();
  return new Response(
    JSON.stringify(
      speeches.map((s) => catalogEntry(s, paths.base)),
      null,
      2,
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
}
