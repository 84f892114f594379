/**
 * Which built pages are as the last build left them, told by Astro's incremental-build
 * manifest (`<cacheDir>/incremental-build.json`, written before `astro:build:done`).
 * Astro leaves a page alone when its config, lockfile, route code and `cacheKey` are
 * those of the last build; a page's signature joins exactly these, so a signature seen
 * in the last build means the same page, and what was read from it then still holds.
 * The manifest belongs to Astro's experimental `incrementalBuild`: when its shape is not
 * the one known here, there are no signatures and every page is read again.
 */
import { createHash } from 'node:crypto';

/** Signature by output file (`speeches/<slug>/index.html`, relative to the output folder). */
export function pageSignatures(manifest: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isObject(manifest) || manifest.version !== 1 || !isObject(manifest.routes)) return out;
  const { configHash, lockfileHash } = manifest;
  if (typeof configHash !== 'string' || typeof lockfileHash !== 'string') return out;
  for (const route of Object.values(manifest.routes)) {
    if (!isObject(route) || typeof route.dependencyHash !== 'string' || !isObject(route.paths)) continue;
    for (const path of Object.values(route.paths)) {
      if (!isObject(path) || typeof path.cacheKey !== 'string' || typeof path.outputFile !== 'string') continue;
      const signature = createHash('sha256').update(`${configHash}\n${lockfileHash}\n${route.dependencyHash}\n${path.cacheKey}`).digest('hex').slice(0, 32);
      out.set(path.outputFile, signature);
    }
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
