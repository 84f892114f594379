/**
 * Reading an output tree (src/integrations/output-tree.ts readTree) and mirroring it: files
 * and links with their size and time, folders by kind alone; a mirrored folder holds the
 * same files, a file changed in the source is copied again, one gone is removed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mirrorTree, readTree } from '../../src/integrations/output-tree.ts';
import { treeDigest } from '../../src/lib/site/mirror-plan.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};

/** An output: two pages in their folders, a search file, a link to a page. */
function output(): string {
  const site = temp('output-tree-');
  mkdirSync(join(site, 'speeches', 'a'), { recursive: true });
  mkdirSync(join(site, 'speeches', 'b'), { recursive: true });
  mkdirSync(join(site, 'search-data'));
  writeFileSync(join(site, 'speeches', 'a', 'index.html'), '<h1>甲</h1>');
  writeFileSync(join(site, 'speeches', 'b', 'index.html'), '<h1>乙乙</h1>');
  writeFileSync(join(site, 'search-data', 'filters.json.gz'), 'x');
  symlinkSync('speeches/a/index.html', join(site, 'latest.html'));
  const time = new Date('2026-01-01T00:00:00Z');
  utimesSync(join(site, 'speeches', 'a', 'index.html'), time, time);
  return site;
}

describe('readTree', () => {
  it('lists files and links with size and time, folders by kind alone', () => {
    const tree = readTree(output());
    expect([...tree.keys()].sort()).toEqual([
      'latest.html',
      'search-data',
      'search-data/filters.json.gz',
      'speeches',
      'speeches/a',
      'speeches/a/index.html',
      'speeches/b',
      'speeches/b/index.html',
    ]);
    expect(tree.get('speeches/a/index.html')).toEqual({
      kind: 'file',
      size: Buffer.byteLength('<h1>甲</h1>'),
      mtimeMs: Date.parse('2026-01-01T00:00:00Z'),
    });
    expect(tree.get('latest.html')?.kind).toBe('link');
    expect(tree.get('speeches/a')).toEqual({ kind: 'dir', size: 0, mtimeMs: 0 });
  });

  it('reads only under the top-level entries asked for; a missing folder is an empty tree', () => {
    const site = output();
    expect([...readTree(site, (name) => name === 'speeches').keys()].every((p) => p.startsWith('speeches'))).toBe(true);
    expect(readTree(join(site, 'missing')).size).toBe(0);
  });
});

describe('mirrorTree', () => {
  it('makes a folder hold the same files, copying again what changed and removing what is gone', () => {
    const site = output();
    const copy = temp('output-tree-copy-');
    mirrorTree(site, readTree(site), copy);
    expect(treeDigest(readTree(copy))).toBe(treeDigest(readTree(site)));
    expect(readFileSync(join(copy, 'speeches', 'b', 'index.html'), 'utf8')).toBe('<h1>乙乙</h1>');

    // Another build's page of the same size: its time tells it apart.
    writeFileSync(join(site, 'speeches', 'b', 'index.html'), '<h1>丙丙</h1>');
    utimesSync(join(site, 'speeches', 'b', 'index.html'), new Date('2026-01-02T00:00:00Z'), new Date('2026-01-02T00:00:00Z'));
    rmSync(join(site, 'speeches', 'a'), { recursive: true });
    const plan = mirrorTree(site, readTree(site), copy);
    expect(plan.copy).toContain('speeches/b/index.html');
    expect(readFileSync(join(copy, 'speeches', 'b', 'index.html'), 'utf8')).toBe('<h1>丙丙</h1>');
    expect(existsSync(join(copy, 'speeches', 'a'))).toBe(false);
    expect(treeDigest(readTree(copy))).toBe(treeDigest(readTree(site)));
  });
});
