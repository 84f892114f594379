/**
 * Caches the pages' code keeps for the whole build (the archive of
 * src/lib/annotate/archive.ts: speeches in order, glossary matches, parallel passages),
 * dropped once every page is rendered: the search stage runs after the pages while Astro's
 * process waits for it, and what that process still holds adds to the build's peak memory
 * (at 10,000 speeches the archive held 132 MB of its heap; docs/PERFORMANCE.md).
 *
 * The pages' code is bundled by Vite and runs as other module instances than the
 * integrations' (src/integrations/search-index.ts drops the caches), so the list is kept
 * on globalThis, under a symbol both find. A cache dropped is made again if asked for.
 */
type Drop = () => void;

const KEY = Symbol.for('speech-archive:page-caches');

const registry = (): Set<Drop> => {
  const global = globalThis as { [KEY]?: Set<Drop> };
  global[KEY] ??= new Set();
  return global[KEY];
};

/** Registers `drop`, which lets a cache of the pages go: called once the pages are done. */
export function dropWhenPagesAreDone(drop: Drop): void {
  registry().add(drop);
}

/** Lets every registered cache go; returns how many there were. */
export function dropPageCaches(): number {
  const drops = registry();
  const n = drops.size;
  for (const drop of drops) drop();
  drops.clear();
  return n;
}
