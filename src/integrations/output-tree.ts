/**
 * Reading a folder tree and making another folder a copy of part of it, copying only what
 * differs (the plan is src/lib/site/mirror-plan.ts). Copies are real copies (a
 * copy-on-write clone where the file system has them), never hard links: whatever
 * writes into the copy, in place or not, leaves the source as it was.
 *
 * Reading is synchronous: a walk with one readdir per folder and one lstat per entry is
 * several times faster than Node's recursive readdir and its promises, and nothing else
 * runs in the build meanwhile.
 */
import {
  constants,
  type Dirent,
  copyFileSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import { join } from 'node:path';
import { planMirror, type MirrorPlan, type Tree, type TreeEntry } from '../lib/site/mirror-plan.ts';

/** What a tree records of a folder: its kind only (mirror-plan.ts compares folders by kind, and digests them without size or time). */
const FOLDER: TreeEntry = { kind: 'dir', size: 0, mtimeMs: 0 };

/**
 * Every file, folder and link under `dir`, by `/`-separated path (an empty tree when `dir`
 * does not exist); only under the top-level entries `top` accepts. Folders are known from
 * their directory entry and not stat'ed (a third of an output's entries at 10,000 speeches:
 * a folder per page and per text folder); files and links are, for their size and time.
 */
export function readTree(dir: string, top: (name: string) => boolean = () => true): Map<string, TreeEntry> {
  const tree = new Map<string, TreeEntry>();
  // `rel` the folder's path in the tree, `abs` on disk (joined by hand: path.join normalises every time).
  const walk = (rel: string, abs: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      if (rel === '' && (error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (!rel && !top(name)) continue;
      const path = rel ? `${rel}/${name}` : name;
      const full = `${abs}/${name}`;
      if (entry.isDirectory()) {
        tree.set(path, FOLDER);
        walk(path, full);
        continue;
      }
      const s = lstatSync(full);
      tree.set(path, { kind: s.isSymbolicLink() ? 'link' : 'file', size: s.size, mtimeMs: s.mtimeMs });
    }
  };
  walk('', dir);
  return tree;
}

/**
 * Makes `target` hold exactly `sourceTree` (read from `source`, or part of what was
 * read); returns what it did. Top-level entries of `target` that `sourceTree` has nothing
 * under are removed without being read.
 */
export function mirrorTree(source: string, sourceTree: Tree, target: string): MirrorPlan {
  mkdirSync(target, { recursive: true });
  const tops = new Set([...sourceTree.keys()].map((path) => path.split('/', 1)[0]!));
  const others = readdirSync(target).filter((name) => !tops.has(name));
  for (const name of others) rmSync(join(target, name), { recursive: true, force: true });
  const plan = planMirror(
    sourceTree,
    readTree(target, (name) => tops.has(name)),
  );
  for (const path of plan.remove) rmSync(join(target, path), { recursive: true, force: true });
  for (const path of plan.mkdir) mkdirSync(join(target, path), { recursive: true });
  for (const path of plan.copy) {
    const entry = sourceTree.get(path)!;
    const from = join(source, path);
    const to = join(target, path);
    const seconds = entry.mtimeMs / 1000;
    if (entry.kind === 'link') {
      rmSync(to, { force: true });
      symlinkSync(readlinkSync(from), to);
      lutimesSync(to, seconds, seconds);
    } else {
      copyFileSync(from, to, constants.COPYFILE_FICLONE);
      utimesSync(to, seconds, seconds);
    }
  }
  return { ...plan, remove: [...others, ...plan.remove] };
}
