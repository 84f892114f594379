/** `dist/concepts.json`: one entry per glossary concept, with how often the archive uses it. */
import { loadArchive } from '../lib/annotate/archive.ts';
import { paths } from '../lib/site/paths.ts';
import { byPinyin } from '../lib/pages/pinyin-order.ts';

export async function GET() {
  const { concepts, stats } = await loadArchive();
  const list = byPinyin(concepts, (c) => c.data.term).map((c) => ({
    slug: c.slug,
    url: paths.concept(c.slug),
    term: c.data.term,
    variants: c.data.variants,
    category: c.data.category,
    occurrences: stats.get(c.slug)!.occurrences,
    speeches: stats.get(c.slug)!.passages.length,
  }));
  return new Response(JSON.stringify(list, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
