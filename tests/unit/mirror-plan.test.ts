import { describe, expect, it } from 'vitest';
import { keptPart, planMirror, treeDigest, type TreeEntry } from '../../src/lib/site/mirror-plan.ts';

const file = (size: number, mtimeMs: number): TreeEntry => ({ kind: 'file', size, mtimeMs });
const dir: TreeEntry = { kind: 'dir', size: 4096, mtimeMs: 5 };
const tree = (entries: [string, TreeEntry][]) => new Map(entries);

describe('planMirror', () => {
  it('copies what differs in size or time, keeps what is the same, removes what the source lacks', () => {
    const source = tree([
      ['a', dir],
      ['a/same.html', file(10, 1000)],
      ['a/newer.html', file(10, 2000)],
      ['a/longer.html', file(12, 1000)],
      ['a/new.html', file(3, 2000)],
      ['b', dir],
      ['b/c', dir],
      ['b/c/d.json', file(1, 1)],
    ]);
    const target = tree([
      ['a', { ...dir, mtimeMs: 99 }],
      ['a/same.html', file(10, 1000.0004)],
      ['a/newer.html', file(10, 1000)],
      ['a/longer.html', file(10, 1000)],
      ['a/gone.html', file(1, 1)],
      ['old', dir],
      ['old/x', file(1, 1)],
      ['old/y', dir],
      ['old/y/z', file(1, 1)],
    ]);
    expect(planMirror(source, target)).toEqual({
      remove: ['a/gone.html', 'old'],
      mkdir: ['b', 'b/c'],
      copy: ['a/longer.html', 'a/new.html', 'a/newer.html', 'b/c/d.json'],
      kept: 1,
    });
  });

  it('replaces a file by a folder and a folder by a file', () => {
    const source = tree([
      ['x', dir],
      ['x/i.html', file(1, 1)],
      ['y', file(2, 2)],
    ]);
    const target = tree([
      ['x', file(1, 1)],
      ['y', dir],
      ['y/old', file(1, 1)],
    ]);
    expect(planMirror(source, target)).toEqual({ remove: ['x', 'y'], mkdir: ['x'], copy: ['x/i.html', 'y'], kept: 0 });
  });

  it('makes nothing to do of two equal trees', () => {
    const t = tree([
      ['a', dir],
      ['a/b', file(1, 1)],
    ]);
    expect(planMirror(t, t)).toEqual({ remove: [], mkdir: [], copy: [], kept: 1 });
  });
});

describe('keptPart', () => {
  it('keeps the accepted paths and the folders above them', () => {
    const t = tree([
      ['s', dir],
      ['s/p', dir],
      ['s/p/index.html', file(1, 1)],
      ['s/q', dir],
      ['s/q/index.html', file(1, 1)],
      ['other.html', file(1, 1)],
    ]);
    expect([...keptPart(t, (p) => p === 's/p/index.html').keys()].sort()).toEqual(['s', 's/p', 's/p/index.html']);
  });
});

describe('treeDigest', () => {
  it('changes with a path, a size or a time, not with a folder time or the order read', () => {
    const base = tree([
      ['a', dir],
      ['a/b', file(1, 1)],
      ['c', file(2, 2)],
    ]);
    const digest = treeDigest(base);
    expect(
      treeDigest(
        tree([
          ['c', file(2, 2)],
          ['a/b', file(1, 1)],
          ['a', { ...dir, mtimeMs: 77 }],
        ]),
      ),
    ).toBe(digest);
    expect(
      treeDigest(
        tree([
          ['a', dir],
          ['a/b', file(1, 1)],
          ['c', file(3, 2)],
        ]),
      ),
    ).not.toBe(digest);
    expect(
      treeDigest(
        tree([
          ['a', dir],
          ['a/b', file(1, 1)],
          ['c', file(2, 3)],
        ]),
      ),
    ).not.toBe(digest);
    expect(
      treeDigest(
        tree([
          ['a', dir],
          ['a/b2', file(1, 1)],
          ['c', file(2, 2)],
        ]),
      ),
    ).not.toBe(digest);
  });
});
