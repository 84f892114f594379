/**
 * Astro integration: a build writes into the last build's output instead of emptying it
 * first (`vite.build.emptyOutDir: false` in astro.config.mjs), so a speech page whose
 * `cacheKey` is unchanged is neither deleted nor copied back, it simply stays. At 10,000
 * speeches, emptying dist/ and copying 9,999 pages back cost a one-file rebuild about
 * 20 s of file writes. What the last build wrote and this one did not (a removed speech,
 * a page number a listing no longer has, an old script bundle) is deleted here, once
 * Astro is done, so dist/ holds exactly what a build into an empty folder would.
 *
 * This integration must come before any that writes into dist/ at `astro:build:done`;
 * the folders such an integration rebuilds itself are left to it (`managed`).
 */
import type { AstroIntegration } from 'astro';
import { lstat, readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleFiles, type OutputFile } from '../lib/site/stale-files.ts';

export default function staleOutputIntegration(managed: readonly string[]): AstroIntegration {
  let started = 0;
  return {
    name: 'archive-stale-output',
    hooks: {
      'astro:build:start': () => {
        // A second early: file times come from the kernel's coarse clock, which may lag
        // behind. The last build ended before this process started, seconds before now.
        started = Date.now() - 1000;
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        const pages = new Set([...assets.values()].flat().map((url) => relative(site, fileURLToPath(url)).split(sep).join('/')));
        // A `.git` folder (a host deploying dist/ from a repository) is left alone, as Astro's own emptying did.
        const files = await listFiles(site, '', new Set([...managed, '.git']), pages);
        const stale = staleFiles(files, started, pages);
        for (const file of stale) {
          await rm(join(site, file));
          await removeEmptyParents(site, file);
        }
        if (stale.length) logger.info(`removed ${stale.length} file(s) the last build wrote and this one did not`);
      },
    },
  };
}

/**
 * Every file under `dir` (paths relative to the site, with `/`), leaving out the `skip`
 * folders at the top; the `pages` are kept whatever their time, so they are not looked at.
 */
async function listFiles(site: string, dir: string, skip: ReadonlySet<string>, pages: ReadonlySet<string>): Promise<OutputFile[]> {
  const entries = await readdir(join(site, dir), { withFileTypes: true });
  const lists = await Promise.all(
    entries.map(async (e): Promise<OutputFile[]> => {
      const path = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) return dir === '' && skip.has(e.name) ? [] : listFiles(site, path, skip, pages);
      return pages.has(path) ? [] : [{ path, mtimeMs: (await lstat(join(site, path))).mtimeMs }];
    }),
  );
  return lists.flat();
}

/** Removes the folders above `file` that its removal left empty. */
async function removeEmptyParents(site: string, file: string): Promise<void> {
  for (let dir = dirname(file); dir !== '.'; dir = dirname(dir)) {
    if ((await readdir(join(site, dir))).length) return;
    await rmdir(join(site, dir));
  }
}
