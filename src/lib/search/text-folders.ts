/**
 * How to turn the text-chunk folders a build finds in `search-data/text/` into the ones
 * it needs, touching as few as it can (writing thousands of small files is the slow part
 * of a rebuild). Folder `n` holds the chunks of the speech at place `n` in the catalog,
 * oldest first, so a speech added as the newest takes a new folder and moves no other.
 * Each folder is named here by a hash of its content: one that holds what it should is
 * kept; one whose content is wanted at another place is moved (renamed) there; the rest
 * are removed, and the wanted content that no folder has is written.
 */

export interface TextFolderPlan {
  /** Folders renamed: first each `from` out of the way, then to its `to`. */
  moves: { from: number; to: number }[];
  /** Folders removed (neither kept nor moved). */
  remove: number[];
  /** Folders written afresh. */
  write: number[];
}

/** `existing[n]` and `wanted[n]` are the content hashes of folder `n`, found and needed. */
export function planTextFolders(existing: readonly string[], wanted: readonly string[]): TextFolderPlan {
  const kept = (n: number) => n < wanted.length && existing[n] === wanted[n];
  // Folders whose content is free to go elsewhere, by content.
  const free = new Map<string, number[]>();
  existing.forEach((hash, n) => {
    if (!kept(n)) (free.get(hash) ?? free.set(hash, []).get(hash)!).push(n);
  });
  const plan: TextFolderPlan = { moves: [], remove: [], write: [] };
  wanted.forEach((hash, n) => {
    if (kept(n)) return;
    const from = free.get(hash)?.shift();
    if (from === undefined) plan.write.push(n);
    else plan.moves.push({ from, to: n });
  });
  for (const left of free.values()) plan.remove.push(...left);
  plan.remove.sort((a, b) => a - b);
  return plan;
}
