/** `/search/t2s.json`: traditional → simplified characters for query folding, limited to the archive's characters. */
import * as OpenCC from 'opencc-js';
import { loadArchive } from '../../lib/site/archive.ts';
import { buildFoldTable } from '../../lib/search/fold.ts';

export async function GET() {
  const { speeches } = await loadArchive();
  const charset = new Set<string>();
  for (const s of speeches) {
    for (const ch of s.title) charset.add(ch);
    for (const b of s.blocks) for (const ch of b.text) charset.add(ch);
  }
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  return new Response(JSON.stringify(buildFoldTable(charset, toSimplified)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
