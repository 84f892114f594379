/**
 * The folders of src/lib/, src/plugins/ and src/browser/ depend on each other one way, as the data
 * flows (raw → ingest → speech data → annotate → pages → search index → checks): no
 * two folders import each other, directly or around a loop, and no folder imports one
 * of a later step. Type-only imports count: a loop in the types is a loop a reader has
 * to hold in their head. docs/ARCHITECTURE.md draws the same steps.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const scanned = ['src/lib', 'src/plugins', 'src/browser'].map((d) => join(root, d));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : /\.(ts|mts)$/.test(e.name) ? [path] : [];
  });
}

/** The folder a file belongs to: `src/lib/<step>` (subfolders included), `src/plugins` or `src/browser`. */
function folderOf(file: string): string | null {
  const parts = relative(root, file).split(sep);
  if (parts[0] !== 'src') return null;
  if (parts[1] === 'lib' && parts.length > 3) return `src/lib/${parts[2]}`;
  if (parts[1] === 'plugins') return 'src/plugins';
  if (parts[1] === 'browser') return 'src/browser';
  return null;
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const path = resolve(dirname(from), spec);
  try {
    return statSync(path).isDirectory() ? join(path, 'index.ts') : path;
  } catch {
    return path;
  }
}

/** Folder → folder, with one import that makes each edge (for the failure message). */
function folderGraph(files: readonly string[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of files) {
    const from = folderOf(file);
    if (!from) continue;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const ref of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const target = resolveImport(file, ref.fileName);
      const to = target && folderOf(target);
      if (to && to !== from && !edges.has(to)) edges.set(to, `${relative(root, file)} imports ${ref.fileName}`);
    }
  }
  return graph;
}

/** Groups of folders that reach each other (Tarjan's strongly connected components), each of 2+ folders. */
function folderLoops(graph: ReadonlyMap<string, ReadonlyMap<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) loops.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return loops;
}

function describeLoop(loop: readonly string[], graph: ReadonlyMap<string, ReadonlyMap<string, string>>): string {
  const inLoop = new Set(loop);
  const edges = loop.flatMap((from) =>
    [...(graph.get(from) ?? new Map<string, string>())].filter(([to]) => inLoop.has(to)).map(([to, why]) => `  ${from} → ${to}: ${why}`),
  );
  return `${loop.join(' ⇄ ')}\n${edges.join('\n')}`;
}

/** Each folder's step, in the order the data flows; 0 for what every step may use. */
const STEP: Record<string, number> = {
  'src/lib/site': 0, // settings from the environment, URL paths, build state
  'src/lib/text': 0, // text rules several steps use
  'src/lib/ingest': 1,
  'src/lib/report': 1,
  'src/lib/speech': 2,
  'src/lib/concepts': 3,
  'src/lib/annotate': 3,
  'src/lib/pages': 4,
  'src/lib/render': 4,
  'src/plugins': 4,
  'src/lib/export': 4,
  'src/lib/search': 5,
  'src/browser': 5, // the pages' scripts in the browser: they call search and export
  'src/lib/checks': 6,
};

describe('folders of src/lib and src/plugins', () => {
  it('finds a loop when there is one (the check can fail)', () => {
    const g = new Map([
      ['a', new Map([['b', 'a.ts imports b']])],
      ['b', new Map([['c', 'b.ts imports c']])],
      ['c', new Map([['a', 'c.ts imports a']])],
      ['d', new Map([['a', 'd.ts imports a']])],
    ]);
    expect(folderLoops(g)).toEqual([['a', 'b', 'c']]);
    expect(
      folderLoops(
        new Map([
          ['a', new Map([['b', '']])],
          ['b', new Map()],
        ]),
      ),
    ).toEqual([]);
  });

  it('import each other one way only: no loop between folders', () => {
    const files = scanned.flatMap(sourceFiles);
    const graph = folderGraph(files);
    // The walk saw the pipeline's folders and the imports between them.
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get('src/lib/pages')?.has('src/lib/speech')).toBe(true);
    const loops = folderLoops(graph);
    expect(loops.map((l) => describeLoop(l, graph)).join('\n\n')).toBe('');
  });

  it('import only from their own step or an earlier one (a new folder needs its step named above)', () => {
    const graph = folderGraph(scanned.flatMap(sourceFiles));
    const unnamed = [...graph.keys()].filter((f) => !(f in STEP));
    expect(unnamed, 'folders with no step in STEP').toEqual([]);
    const backwards = [...graph].flatMap(([from, edges]) =>
      [...edges]
        .filter(([to]) => (STEP[to] ?? 0) > (STEP[from] ?? 0))
        .map(([to, why]) => `${from} (step ${STEP[from]}) → ${to} (step ${STEP[to]}): ${why}`),
    );
    expect(backwards.join('\n')).toBe('');
  });
});
