/**
 * The outline's flat items (reading order, each with its depth) as nested
 * lists for a page: each item holds the lists of its children, and a new list
 * starts at every item numbered 1, so a restarted numbering (`一要…四要`, later
 * `一要` again) is shown as a list of its own rather than run on.
 */
import type { OutlineItem } from '../ingest/types.ts';

type Item = Pick<OutlineItem, 'depth' | 'n'>;

export interface OutlineNode<T extends Item> {
  item: T;
  /** The item's child lists, in reading order. */
  lists: OutlineNode<T>[][];
}

export function nestOutline<T extends Item>(items: readonly T[]): OutlineNode<T>[][] {
  const root: OutlineNode<T>[][] = [];
  const open: OutlineNode<T>[] = [];
  for (const item of items) {
    while (open.length > 0 && open.at(-1)!.item.depth >= item.depth) open.pop();
    const lists = open.at(-1)?.lists ?? root;
    if (item.n === 1 || lists.length === 0) lists.push([]);
    const node: OutlineNode<T> = { item, lists: [] };
    lists.at(-1)!.push(node);
    open.push(node);
  }
  return root;
}
