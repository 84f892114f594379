/**
 * The outline as a tree: which marked blocks are items, at what depth, with
 * what anchor id.
 *
 * Lists. A list starts with item 1 of a family and goes on with 2, 3 … of the
 * same family (n-1 → n). Open lists form a stack: an item that continues an
 * outer list closes the lists inside it. An item that neither starts nor
 * continues a list is text (`二是不算` with no 一是 before it).
 *
 * Levels are learned per speech, not fixed. When a list of family F starts
 * while a list L is open, F nests under L's current item when
 *   - the speech already showed F below L; or
 *   - L goes on after F's list (L's next number comes later, before L restarts:
 *     `一、` … `（一）` `（二）` … `二、`); or
 *   - L's items are headings and F's first item is not (a part's points);
 * and a heading never nests under a paragraph item unless the speech showed so.
 * Otherwise L is finished: it is closed and F is tried against the list around
 * it, so two lists one after the other (`一是…四是`, later `一要…四要`) are
 * siblings rather than the second one hanging under the last item of the first.
 * The first nesting of F under L is remembered (F below L, and below what L is
 * below) for the rest of the speech. A restart (`一要…四要`, then `一要` again)
 * is a new list at the same depth under the nearest open item above it, unless
 * the old list goes on after it (`一要` `二要` [`一要看…` `二要看…`] `三要`): then
 * it nests. A list's first item may end the block before its second one, after
 * a lead-in (`在内容上，一要看氛围。` then `二要看档案资料。`).
 *
 * A numbering may run on across parts (`一、` … `（六）`, `二、` `（七）` …, as
 * official documents number): an item that continues the last closed list of its
 * family, whose parent's list has gone on, nests under the parent's successor.
 * Series words (`三是` under a later part) never run on: they restart.
 *
 * A list of one item is no list (a lone `一直…`, `第一，` whose `第二` is later in
 * the same paragraph) unless the speech has a list of two or more of its family
 * (a last part cut short after its `一要`) or the item is a heading line with a
 * numbering marker (`一、充分认识…` in an excerpt that stops before `二、`): its
 * item is text, and the tree is built again without it.
 *
 * Ids: `s` + the item's position among its siblings, joined by `-` down the
 * tree (`s2`, `s2-1`, `s2-1-3`). Top-level items before the first top-level
 * heading are numbered under `s0` (`s0-1`), so a speech's parts stay `s1`, `s2` …
 */
import type { Marker } from './outline-markers.ts';

export interface Candidate {
  block: number;
  marker: Marker;
  /** The block is short and has no sentence-final mark. */
  heading: boolean;
  /** First items of a list found inside the previous block (see outline-markers.ts firstItemInside). */
  leadIn?: (family: string) => Marker | null;
}

export interface TreeItem {
  id: string;
  depth: number;
  block: number;
  marker: Marker;
  heading: boolean;
}

interface Node {
  cand: Candidate;
  marker: Marker;
  parent: Node | null;
  depth: number;
  /** Items of this node's list so far (shared by the list's items). */
  list: Node[];
}

interface OpenList {
  family: string;
  last: number;
  heading: boolean;
  /** The list's current (last) item. */
  node: Node;
}

const key = (block: number, m: Marker) => `${block}:${m.offset}`;

/** True when `open` gets its next number after block `from`, before it restarts. */
function goesOn(open: OpenList, from: number, family: string, cands: readonly Candidate[], dropped: ReadonlySet<string>): boolean {
  let inner = 1; // items of a same-family list that would nest inside `open`
  for (const c of cands) {
    if (c.block <= from || c.marker.family !== open.family || dropped.has(key(c.block, c.marker))) continue;
    const n = c.marker.n;
    if (family === open.family && n === inner + 1) {
      inner++;
      continue;
    }
    if (n === open.last + 1) return true;
    if (n === 1) return false;
  }
  return false;
}

function build(cands: readonly Candidate[], dropped: ReadonlySet<string>): Node[] {
  const below = new Map<string, Set<string>>(); // F → the families F was seen nested under
  const isBelow = (a: string, b: string, seen = new Set<string>()): boolean => {
    if (seen.has(a)) return false;
    seen.add(a);
    for (const up of below.get(a) ?? []) if (up === b || isBelow(up, b, seen)) return true;
    return false;
  };
  const nodes: Node[] = [];
  let stack: OpenList[] = [];
  // The last closed list of each family that had a parent: its numbering may go on under the parent's next sibling.
  const closed = new Map<string, { last: number; list: Node[]; parentList: Node[]; parent: Node }>();
  const close = (L: OpenList) => {
    const parent = L.node.parent;
    if (parent) closed.set(L.family, { last: L.last, list: L.node.list, parentList: parent.list, parent });
  };
  const popTo = (k: number) => {
    for (const L of stack.slice(k)) close(L);
    stack = stack.slice(0, k);
  };

  const start = (cand: Candidate, marker: Marker, heading: boolean) => {
    const F = marker.family;
    while (stack.length > 0) {
      const L = stack.at(-1)!;
      let nest: boolean;
      if (L.family !== F && isBelow(F, L.family)) nest = true;
      else if (L.family !== F && isBelow(L.family, F)) nest = false;
      else if (L.family === F) {
        if (!goesOn(L, cand.block, F, cands, dropped)) {
          popTo(stack.length - 1);
          break;
        }
        nest = true;
      } else if (heading && !L.node.cand.heading) nest = false;
      else nest = goesOn(L, cand.block, F, cands, dropped) || (L.heading && !heading);
      if (nest) {
        if (L.family !== F) below.set(F, (below.get(F) ?? new Set<string>()).add(L.family));
        break;
      }
      popTo(stack.length - 1);
    }
    const parent = stack.at(-1)?.node ?? null;
    const node: Node = { cand, marker, parent, depth: parent ? parent.depth + 1 : 1, list: [] };
    node.list.push(node);
    nodes.push(node);
    stack.push({ family: F, last: marker.n, heading, node });
  };

  const proceed = (cand: Candidate): boolean => {
    const { marker } = cand;
    for (let k = stack.length - 1; k >= 0; k--) {
      const L = stack[k]!;
      if (L.family !== marker.family || L.last !== marker.n - 1) continue;
      popTo(k + 1);
      const node: Node = { cand, marker, parent: L.node.parent, depth: L.node.depth, list: L.node.list };
      node.list.push(node);
      nodes.push(node);
      L.last = marker.n;
      L.node = node;
      return true;
    }
    return false;
  };

  /** `（六）` under 一、 then `（七）` under 二、: a numbering that runs on across its parents. */
  const runOn = (cand: Candidate): boolean => {
    const { marker } = cand;
    const c = closed.get(marker.family);
    if (marker.series || !c || c.last !== marker.n - 1) return false; // 一是 … 三是 lists do not run on
    const k = stack.findIndex((P) => P.node.list === c.parentList && P.node !== c.parent);
    if (k < 0) return false;
    popTo(k + 1);
    const parent = stack[k]!.node;
    const node: Node = { cand, marker, parent, depth: parent.depth + 1, list: c.list };
    node.list.push(node);
    nodes.push(node);
    closed.delete(marker.family);
    stack.push({ family: marker.family, last: marker.n, heading: cand.heading, node });
    return true;
  };

  for (const cand of cands) {
    if (dropped.has(key(cand.block, cand.marker))) continue;
    if (cand.marker.n === 1) {
      start(cand, cand.marker, cand.heading);
      continue;
    }
    if (proceed(cand) || runOn(cand)) continue;
    // `在内容上，一要看氛围。` / `二要看档案资料。`: item 1 ends the block before.
    const first = cand.marker.n === 2 ? cand.leadIn?.(cand.marker.family) : null;
    if (first && !dropped.has(key(cand.block - 1, first))) {
      start({ block: cand.block - 1, marker: first, heading: false }, first, false);
      proceed(cand);
    }
  }
  return nodes;
}

function assignIds(nodes: readonly Node[]): Map<Node, string> {
  const ids = new Map<Node, string>();
  const count = new Map<Node | null | 'preamble', number>();
  const firstHeading = nodes.find((n) => n.depth === 1 && n.cand.heading);
  let preamble = firstHeading !== undefined;
  for (const n of nodes) {
    if (n === firstHeading) preamble = false;
    const scope = n.parent ?? (preamble ? 'preamble' : null);
    const k = (count.get(scope) ?? 0) + 1;
    count.set(scope, k);
    ids.set(n, scope === null ? `s${k}` : scope === 'preamble' ? `s0-${k}` : `${ids.get(scope)}-${k}`);
  }
  return ids;
}

/** The outline items of a speech, in reading order. */
export function outlineTree(cands: readonly Candidate[]): TreeItem[] {
  const dropped = new Set<string>();
  let nodes = build(cands, dropped);
  for (let round = 0; round < 20; round++) {
    const series = new Set(nodes.filter((n) => n.list.length > 1).map((n) => n.marker.family));
    const lone = nodes.filter((n) => n.list.length === 1 && !series.has(n.marker.family) && !(n.cand.heading && !n.marker.series));
    if (lone.length === 0) break;
    for (const n of lone) dropped.add(key(n.cand.block, n.marker));
    nodes = build(cands, dropped);
  }
  const ids = assignIds(nodes);
  return nodes.map((n) => ({ id: ids.get(n)!, depth: n.depth, block: n.cand.block, marker: n.marker, heading: n.cand.heading }));
}
