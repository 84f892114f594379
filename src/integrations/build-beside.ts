/**
 * Astro integration: a build never writes into the output a host serves. It builds in a
 * staging folder beside it (`dist/` → `.dist-staging/`, Astro's outDir for the build)
 * and swaps the two by renaming once everything is written, as the last step of
 * `astro:build:done`. A build that fails or is killed at any point leaves `dist/` as the
 * last good build left it.
 *
 * Between builds the staging folder holds the output before last. A build first makes it
 * hold what it may keep of the last output, copying from `dist/` only the files that
 * differ (src/integrations/output-tree.ts): the speech pages Astro may skip (those its
 * manifest lists) and the folders given as `keep` (and a host's `.git`). Everything else
 * of the output a build writes afresh, so it is removed from the staging folder rather
 * than copied. The cache folder's record of what the output holds is put back as it was
 * at the last swap (output-state.ts). So, at the end, the staging folder holds only what
 * this build wrote or kept; of the pages it was given, those this build did not make (a
 * removed speech) are deleted before the swap, and the output equals a build into an
 * empty folder.
 *
 * The swap is three renames: `dist/` → `.dist-previous/`, `.dist-staging/` → `dist/`,
 * `.dist-previous/` → `.dist-staging/`. Only between the first two, for the time of one
 * rename, is there no `dist/`; a build killed right there is undone by the next one,
 * which puts the last output back before anything else.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keptPart, treeDigest } from '../lib/site/mirror-plan.ts';
import { pagesAstroMayKeep, saveOutputState, takeOutputState } from './output-state.ts';
import { mirrorTree, readTree } from './output-tree.ts';

/** The folders beside the output `target`: where a build writes, and where the last output waits during the swap. */
export function besideFolders(target: string): { target: string; staging: string; previous: string } {
  const path = resolve(target);
  const name = basename(path);
  return { target: path, staging: join(dirname(path), `.${name}-staging`), previous: join(dirname(path), `.${name}-previous`) };
}

type Folders = ReturnType<typeof besideFolders>;

/** Finishes or undoes a swap that a kill interrupted (see the header). */
export async function recoverSwap({ target, staging, previous }: Folders): Promise<string | null> {
  if (!existsSync(previous)) return null;
  if (!existsSync(target)) {
    await rename(previous, target);
    return `put the last output back into ${target} (a build was killed while swapping it)`;
  }
  if (!existsSync(staging)) await rename(previous, staging);
  else await rm(previous, { recursive: true, force: true });
  return null;
}

/** Swaps the finished `staging` in as `target`; the last output becomes the next build's staging folder. */
export async function swapIn({ target, staging, previous }: Folders): Promise<void> {
  const had = existsSync(target);
  if (had) await rename(target, previous);
  await rename(staging, target);
  if (had) await rename(previous, staging);
}

/** Removes `file` of `site` and the folders above it that this left empty. */
async function removeWithEmptyParents(site: string, file: string): Promise<void> {
  await rm(join(site, file), { force: true });
  for (let dir = dirname(file); dir !== '.'; dir = dirname(dir)) {
    if ((await readdir(join(site, dir))).length) return;
    await rmdir(join(site, dir));
  }
}

/** What the two halves share during one build. */
interface Build {
  folders: Folders;
  cacheDir: string;
  /** The pages given to this build from the last output. */
  givenPages: string[];
}

/** Whether `path` of the output is among the `pages` or under one of the `folders`. */
const keptBy = (pages: ReadonlySet<string>, folders: readonly string[]) => (path: string) =>
  pages.has(path) || folders.some((f) => path === f || path.startsWith(`${f}/`));

/** The top-level name of every path `kept` may accept: the folders and the pages' first parts. */
const topsOf = (pages: ReadonlySet<string>, folders: readonly string[]) => {
  const tops = new Set([...folders, ...[...pages].map((p) => p.split('/', 1)[0]!)]);
  return (name: string) => tops.has(name);
};

/**
 * What a build may keep of the output in `dir` (pages by a manifest, and folders), with
 * its digest: the record that state files describe this output (output-state.ts).
 */
function keptOutput(dir: string, pages: ReadonlySet<string>, folders: readonly string[]) {
  const tree = keptPart(readTree(dir, topsOf(pages, folders)), keptBy(pages, folders));
  return { tree, digest: treeDigest(tree) };
}

/** Before the build: the staging folder made to hold what the build may keep of the last output. */
async function prepare(outDir: URL, cacheDirUrl: URL, folders: readonly string[], logger: AstroIntegrationLogger): Promise<Build> {
  const started = Date.now();
  const beside = besideFolders(fileURLToPath(outDir));
  const cacheDir = fileURLToPath(cacheDirUrl);
  const recovered = await recoverSwap(beside);
  if (recovered) logger.warn(recovered);
  // The last output as the state saved at its swap describes it.
  const savedPages = await pagesAstroMayKeep(cacheDir, true);
  const last = existsSync(beside.target) ? keptOutput(beside.target, savedPages, folders) : null;
  const state = await takeOutputState(cacheDir, last?.digest ?? null);
  const pages = await pagesAstroMayKeep(cacheDir);
  // The same pages as those `last` was taken by (the state was kept): it is that part already.
  const samePages = pages.size === savedPages.size && [...pages].every((page) => savedPages.has(page));
  const given = last && samePages ? last.tree : keptPart(last?.tree ?? new Map(), keptBy(pages, folders));
  const plan = mirrorTree(beside.target, given, beside.staging);
  logger.info(
    `building in ${beside.staging}, then swapping it in as ${beside.target}: ` +
      `of what it may keep of the last output, ${plan.copy.length} file(s) copied, ${plan.kept} the same already; ${plan.remove.length} older file(s) or folder(s) removed; in ${Date.now() - started} ms; ` +
      `the last output's state in the cache ${state === 'dropped' ? 'dropped (it did not describe that output): every page is rendered again' : state}`,
  );
  return { folders: beside, cacheDir, givenPages: [...pages].filter((page) => given.get(page)?.kind === 'file') };
}

/**
 * The build beside the output, in two integrations: `prepare` (first: makes the staging
 * folder Astro's outDir, and at `astro:build:done` removes the given pages this build did
 * not make) and `swap` (last: swaps the finished output in, after every other
 * `astro:build:done`). `keep`: top-level folders of the output that a build may keep from
 * the last one (their own code decides what stays; the rest is written afresh every build).
 */
export default function buildBeside({ keep }: { keep: readonly string[] }): { prepare: AstroIntegration; swap: AstroIntegration } {
  const folderKept = [...keep, '.git'];
  let build: Build | null = null;
  return {
    prepare: {
      name: 'archive-build-beside',
      hooks: {
        'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
          if (command !== 'build') return;
          build ??= await prepare(config.outDir, config.cacheDir, folderKept, logger);
          updateConfig({ outDir: pathToFileURL(`${build.folders.staging}/`) });
        },
        'astro:build:done': async ({ dir, assets, logger }) => {
          if (!build) return;
          const site = fileURLToPath(dir).replace(/\/$/, '');
          if (site !== build.folders.staging)
            throw new Error(`archive-build-beside: the build wrote into ${site}, not ${build.folders.staging}`);
          const made = new Set([...assets.values()].flat().map((url) => relative(site, fileURLToPath(url)).split(sep).join('/')));
          const gone = build.givenPages.filter((page) => !made.has(page));
          for (const page of gone) await removeWithEmptyParents(site, page);
          logger.info(`pages done: removed ${gone.length} page(s) of the last output that this build did not make`);
        },
      },
    },
    swap: {
      name: 'archive-build-beside-swap',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!build) return;
          const started = Date.now();
          const { digest } = keptOutput(build.folders.staging, await pagesAstroMayKeep(build.cacheDir), folderKept);
          await saveOutputState(build.cacheDir, digest);
          await swapIn(build.folders);
          logger.info(`swapped in: ${build.folders.target} is this build's output (read and swapped in ${Date.now() - started} ms)`);
        },
      },
    },
  };
}
