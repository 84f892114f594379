/**
 * What it takes to make one folder tree a copy of another (src/integrations/build-beside.ts
 * brings the staging folder up to date with the last output this way): the files that
 * differ are copied, those the source lacks are removed, the rest is left alone. Pure.
 *
 * A file counts as unchanged when its size and modification time are the same in both
 * trees; copies keep the source's modification time, and whatever writes a file gives it
 * the time of writing, so a file written in one tree after the last copy always differs
 * (rsync's quick check).
 */
import { createHash } from 'node:crypto';

export interface TreeEntry {
  kind: 'file' | 'dir' | 'link';
  size: number;
  mtimeMs: number;
}

/** Every entry of a tree by its path relative to the tree, `/`-separated. */
export type Tree = ReadonlyMap<string, TreeEntry>;

export interface MirrorPlan {
  /** Entries of the target to delete first (a folder with everything in it), shallowest first. */
  remove: string[];
  /** Folders to make, parents before children. */
  mkdir: string[];
  /** Files (and symbolic links) to copy from the source, with their modification time. */
  copy: string[];
  /** Files already the same in both trees. */
  kept: number;
}

/**
 * Copies keep the modification time only to within a microsecond (Node passes seconds as
 * a double to utimes), while two writes of a file by two builds are seconds apart.
 */
const SAME_TIME_MS = 1;

const same = (a: TreeEntry, b: TreeEntry) =>
  a.kind === b.kind && (a.kind === 'dir' || (a.size === b.size && Math.abs(a.mtimeMs - b.mtimeMs) < SAME_TIME_MS));

const parentOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/** The steps that turn `target` into a copy of `source`. */
export function planMirror(source: Tree, target: Tree): MirrorPlan {
  const remove: string[] = [];
  const removedSet = new Set<string>();
  /** Whether `path` or a folder above it is removed. */
  const removed = (path: string) => {
    if (!removedSet.size) return false;
    for (let p = path; p; p = parentOf(p)) if (removedSet.has(p)) return true;
    return false;
  };
  for (const path of [...target.keys()].sort()) {
    if (removed(path)) continue;
    const wanted = source.get(path);
    const have = target.get(path)!;
    // A file where a folder is wanted (or the other way round) goes, and so does anything the source lacks.
    if (!wanted || wanted.kind !== have.kind || (have.kind === 'link' && !same(wanted, have))) {
      remove.push(path);
      removedSet.add(path);
    }
  }
  const mkdir: string[] = [];
  const copy: string[] = [];
  let kept = 0;
  for (const path of [...source.keys()].sort()) {
    const wanted = source.get(path)!;
    const have = removed(path) ? undefined : target.get(path);
    if (wanted.kind === 'dir') {
      if (!have) mkdir.push(path);
    } else if (have && same(wanted, have)) {
      kept++;
    } else {
      copy.push(path);
    }
  }
  return { remove, mkdir, copy, kept };
}

/**
 * A digest of a tree's paths, kinds, sizes and modification times: equal digests mean
 * the same files, as written by the same build (or copied with their times, `cp -a`).
 */
export function treeDigest(tree: Tree): string {
  const hash = createHash('sha256');
  // The same lines as one update each, handed over some thousand at a time (at 10,000
  // speeches an output has 205,000 entries: one call each cost more than the hashing).
  let lines = '';
  for (const path of [...tree.keys()].sort()) {
    const e = tree.get(path)!;
    lines += `${path}\0${e.kind}\0${e.kind === 'dir' ? 0 : e.size}\0${e.kind === 'dir' ? 0 : e.mtimeMs}\n`;
    if (lines.length > 65_536) {
      hash.update(lines);
      lines = '';
    }
  }
  return hash.update(lines).digest('hex');
}

/** The part of `tree` that `kept` accepts (files, links, folders), with the folders above it. */
export function keptPart(tree: Tree, kept: (path: string) => boolean): Map<string, TreeEntry> {
  const part = new Map<string, TreeEntry>();
  for (const [path, entry] of tree) {
    if (!kept(path)) continue;
    part.set(path, entry);
    for (let p = parentOf(path); p && !part.has(p); p = parentOf(p)) part.set(p, tree.get(p) ?? { kind: 'dir', size: 0, mtimeMs: 0 });
  }
  return part;
}
