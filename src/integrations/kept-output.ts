/**
 * What a build may keep of an output folder (src/integrations/build-beside.ts): the pages
 * Astro may skip (its manifest lists them) and the folders given as kept, with a digest
 * of that part: the record that the cache's state files describe this output
 * (output-state.ts).
 */
import { keptPart, treeDigest, type TreeEntry } from '../lib/site/mirror-plan.ts';
import { readTree } from './output-tree.ts';

/** Whether `path` of the output is among the `pages` or under one of the `folders`. */
export const keptBy = (pages: ReadonlySet<string>, folders: readonly string[]) => (path: string) =>
  pages.has(path) || folders.some((f) => path === f || path.startsWith(`${f}/`));

/** The top-level name of every path `kept` may accept: the folders and the pages' first parts. */
const topsOf = (pages: ReadonlySet<string>, folders: readonly string[]) => {
  const tops = new Set([...folders, ...[...pages].map((p) => p.split('/', 1)[0]!)]);
  return (name: string) => tops.has(name);
};

/** The part of the output in `dir` a build may keep, and its digest. */
export function keptOutput(
  dir: string,
  pages: ReadonlySet<string>,
  folders: readonly string[],
): { tree: Map<string, TreeEntry>; digest: string } {
  const tree = keptPart(readTree(dir, topsOf(pages, folders)), keptBy(pages, folders));
  return { tree, digest: treeDigest(tree) };
}
