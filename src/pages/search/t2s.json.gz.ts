/**
 * `/search/t2s.json.gz`: traditional → simplified characters for query folding, limited to
 * the archive's characters; JSON stored gzipped like the other search files
 * (src/lib/search/shared/packed.ts).
 */
import * as OpenCC from 'opencc-js';
import { pack } from '../../lib/search/build/pack.ts';
import { loadArchive } from '../../lib/annotate/archive.ts';
import { buildFoldTable, charactersOf } from '../../lib/text/fold.ts';

export async function GET() {
  const { speeches } = await loadArchive();
  const charset = charactersOf(speeches.flatMap((s) => [s.title, ...s.blocks.map((b) => b.text)]));
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  return new Response(pack(JSON.stringify(buildFoldTable(charset, toSimplified))) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/gzip' },
  });
}
