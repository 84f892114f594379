/** `/search/t2s.json`: traditional → simplified characters for query folding, limited to the archive's characters. */
import * as OpenCC from 'opencc-js';
import { loadArchive } from '../../lib/annotate/archive.ts';
import { buildFoldTable, charactersOf } from '../../lib/text/fold.ts';

export async function GET() {
  const { speeches } = await loadArchive();
  const charset = charactersOf(speeches.flatMap((s) => [s.title, ...s.blocks.map((b) => b.text)]));
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  return new Response(JSON.stringify(buildFoldTable(charset, toSimplified)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
