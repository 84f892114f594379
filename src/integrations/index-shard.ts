/**
 * One shard of the search index, in a process of its own (see src/lib/search/index-shards.ts):
 *
 *   node src/integrations/index-shard.ts JOB.json OUT_DIR
 *
 * JOB.json is `{ language, records: [{ url, units, title, filters }] }`. Each record becomes
 * one Pagefind custom record of character-pair tokens (src/lib/search/tokens.ts); the
 * bundle is written to OUT_DIR/bundle, OUT_DIR/ids.json maps each Pagefind id to its URL, and
 * OUT_DIR/pairs.json lists, for each character, the characters that follow it in the shard
 * (as code36 digits; `zzzz` for a paragraph's end): what a one-character search must load.
 * Exits non-zero, naming the step, when Pagefind reports an error.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { SEPARATOR, unitTokens } from '../lib/search/tokens.ts';

export interface ShardJob {
  language: string;
  records: { url: string; units: string[]; title: string; filters: Record<string, string[]> }[];
}

/** Pagefind's own UI files, which the archive does not use. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

async function indexShard(job: ShardJob, out: string): Promise<void> {
  const bundle = join(out, 'bundle');
  await rm(bundle, { recursive: true, force: true });
  const pairs: Record<string, Set<string>> = {};
  try {
    const created = await pagefind.createIndex({});
    failOn('createIndex', created.errors);
    const index = created.index!;
    for (const r of job.records) {
      const tokens = unitTokens(r.units);
      for (const t of tokens) if (t !== SEPARATOR) (pairs[t.slice(0, 4)] ??= new Set()).add(t.slice(4));
      const added = await index.addCustomRecord({
        url: r.url,
        content: tokens.join(' '),
        language: job.language,
        meta: { title: r.title },
        filters: r.filters,
      });
      failOn(`addCustomRecord (${r.url})`, added.errors);
    }
    failOn('writeFiles', (await index.writeFiles({ outputPath: bundle })).errors);
  } finally {
    await pagefind.close();
  }
  for (const name of await readdir(bundle)) if (UNUSED.test(name)) await rm(join(bundle, name));
  const ids: Record<string, string> = {};
  const fragments = join(bundle, 'fragment');
  for (const name of (await readdir(fragments)).sort()) {
    const raw = gunzipSync(await readFile(join(fragments, name))).toString('utf8');
    ids[name.replace(/\.pf_fragment$/, '')] = (JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string }).url;
  }
  await writeFile(join(out, 'pairs.json'), JSON.stringify(Object.fromEntries(Object.entries(pairs).map(([first, next]) => [first, [...next].sort()]))));
  await writeFile(join(out, 'ids.json'), JSON.stringify(ids));
}

const [jobFile, out] = process.argv.slice(2);
if (!jobFile || !out) {
  console.error('usage: node src/integrations/index-shard.ts JOB.json OUT_DIR');
  process.exit(2);
}
await indexShard(JSON.parse(await readFile(jobFile, 'utf8')) as ShardJob, out);
