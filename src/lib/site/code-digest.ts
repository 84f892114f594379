/**
 * A digest of the site's own code (everything under `src/`) and its locked packages.
 *
 * Part of every speech page's cache key: Astro's incremental build keeps a page whose key
 * is unchanged, but the page's scripts and styles are bundled anew each build, and a
 * change anywhere in the code (a module another page now shares, a package) can rename
 * the chunk a kept page points to. A change to the code therefore renders every speech
 * page again; a change to the speeches renders only the pages it touches.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

let cached: string | undefined;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Hex digest of `src/**` and `package-lock.json` under `root` (the project, where builds run). */
export function siteCodeDigest(root = process.cwd()): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const file of [...files(join(root, 'src')), join(root, 'package-lock.json')]) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return (cached = hash.digest('hex'));
}
