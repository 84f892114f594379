/**
 * The files of the cache folder that describe what is in the output (not the input): a
 * build trusts them to say which files of the last output it can keep. They are true only
 * of the output that the build that wrote them swapped in; a build killed after writing
 * them but before its swap leaves them describing an output nobody can see. So at every
 * swap they are saved (`<cacheDir>/output-state/`) with a digest of the output they
 * describe, and before a build they are put back as saved, or deleted when the output is
 * not the one they describe (another build wrote it, or it was changed by hand): the
 * build then renders or writes afresh what they would have let it keep.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFile } from '../lib/site/replace-file.ts';

/** Astro's incremental-build manifest (which page was rendered from which cacheKey). */
const ASTRO_MANIFEST = 'incremental-build.json';
/**
 * Astro's copies of the pages it rendered, which it copies back into the output when a
 * page it skips is missing there: a build that did not finish may have left copies newer
 * than the manifest they are read by.
 */
const ASTRO_PAGE_COPIES = 'dist';

/** The state files: Astro's manifest, and search's record of the text folders it left (src/integrations/search-text-output.ts). */
export const OUTPUT_STATE = [ASTRO_MANIFEST, 'search-text.json'] as const;

const FOLDER = 'output-state';
const RECORD = 'record.json';
/** Present from the start of a build until its swap. */
const UNDER_WAY = 'build-under-way';

interface SavedState {
  /** treeDigest of the output these files describe. */
  output: string;
  /** sha256 of each state file as saved, null when there was none. */
  files: { [name: string]: string | null };
}

export type StateOutcome = 'kept' | 'restored' | 'dropped';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const readOrNull = (path: string) => readFile(path).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(e)));

/**
 * Before a build: makes the state files describe the output whose treeDigest is `output`
 * (null: there is none), as saved at its swap, or deletes them when nothing saved
 * describes it; and marks a build as under way.
 */
export async function takeOutputState(cacheDir: string, output: string | null): Promise<StateOutcome> {
  const folder = join(cacheDir, FOLDER);
  const unfinished = existsSync(join(folder, UNDER_WAY));
  const outcome = await putBack(cacheDir, output);
  if (unfinished || outcome !== 'kept') await rm(join(cacheDir, ASTRO_PAGE_COPIES), { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, UNDER_WAY), '');
  return outcome;
}

async function putBack(cacheDir: string, output: string | null): Promise<StateOutcome> {
  const folder = join(cacheDir, FOLDER);
  const saved = await readOrNull(join(folder, RECORD));
  const record = saved && (JSON.parse(saved.toString('utf8')) as SavedState);
  const drop = async () => {
    for (const name of OUTPUT_STATE) await rm(join(cacheDir, name), { force: true });
    return 'dropped' as const;
  };
  if (!record || output === null || record.output !== output) return drop();
  let restored = false;
  for (const name of OUTPUT_STATE) {
    const want = record.files[name] ?? null;
    const path = join(cacheDir, name);
    const have = await readOrNull(path);
    if ((have && sha(have)) === want) continue;
    restored = true;
    if (want === null) {
      await rm(path, { force: true });
      continue;
    }
    const copy = await readOrNull(join(folder, name));
    if (!copy || sha(copy) !== want) return drop();
    await replaceFile(path, copy);
  }
  return restored ? 'restored' : 'kept';
}

/** After a build, before its output is swapped in: saves the state files as describing the output whose treeDigest is `output`. */
export async function saveOutputState(cacheDir: string, output: string): Promise<void> {
  const folder = join(cacheDir, FOLDER);
  await mkdir(folder, { recursive: true });
  const files: SavedState['files'] = {};
  for (const name of OUTPUT_STATE) {
    const bytes = await readOrNull(join(cacheDir, name));
    files[name] = bytes && sha(bytes);
    if (bytes) await replaceFile(join(folder, name), bytes);
    else await rm(join(folder, name), { force: true });
  }
  const record: SavedState = { output, files };
  await replaceFile(join(folder, RECORD), JSON.stringify(record));
  await rm(join(folder, UNDER_WAY), { force: true });
}

/**
 * The output files of the pages Astro may skip (and so keep from the last output), by its
 * manifest: the one in use (`saved` false) or the one saved at the last swap; none
 * without one.
 */
export async function pagesAstroMayKeep(cacheDir: string, saved = false): Promise<Set<string>> {
  const bytes = await readOrNull(saved ? join(cacheDir, FOLDER, ASTRO_MANIFEST) : join(cacheDir, ASTRO_MANIFEST));
  const pages = new Set<string>();
  if (!bytes) return pages;
  const manifest = JSON.parse(bytes.toString('utf8')) as { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> };
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const { outputFile } of Object.values(route.paths ?? {})) if (outputFile) pages.add(decodeURI(outputFile));
  }
  return pages;
}
