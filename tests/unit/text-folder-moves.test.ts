/**
 * Text folders moved by a rebuild reach the next build's staging folder. The staging folder
 * is brought up to the last output by size and modification time (mirror-plan.ts), and a
 * rename keeps a file's time: two speeches' chunks of one size, written in the same
 * millisecond, passed for the same file there, and a folder kept the chunks of the speech
 * that used to be at its place (seen after a speech was added and removed again).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeTextFolders } from '../../src/integrations/search-text-output.ts';
import { mirrorTree, readTree } from '../../src/integrations/output-tree.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A site whose `search-data/text/<n>/0.json.gz` holds `bodies[n]`, every file with the same time. */
function siteWith(bodies: string[]): string {
  const site = mkdtempSync(join(tmpdir(), 'text-moves-'));
  dirs.push(site);
  const time = new Date('2026-01-01T00:00:00Z');
  bodies.forEach((body, n) => {
    const dir = join(site, 'search-data', 'text', String(n));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '0.json.gz'), body);
    utimesSync(join(dir, '0.json.gz'), time, time);
  });
  return site;
}

const contents = (site: string, count: number) =>
  Array.from({ length: count }, (_, n) => readFileSync(join(site, 'search-data', 'text', String(n), '0.json.gz'), 'utf8'));

describe('placeTextFolders and the staging folder', () => {
  it('gives moved files the time of the move, so mirroring the output copies them', async () => {
    // Four speeches' chunks of one size; the second is removed, the third and fourth move down.
    const output = siteWith(['AAAA', 'BBBB', 'CCCC', 'DDDD']);
    const staging = mkdtempSync(join(tmpdir(), 'text-moves-staging-'));
    dirs.push(staging);
    mirrorTree(output, readTree(output), staging);
    const moved = await placeTextFolders(output, ['a', 'b', 'c', 'd'], ['a', 'c', 'd'], () => {
      throw new Error('nothing is written: every wanted folder exists');
    });
    expect(moved).toEqual({ written: 0, moved: 2 });
    expect(contents(output, 3)).toEqual(['AAAA', 'CCCC', 'DDDD']);
    // The next build's staging folder is made to hold this output.
    mirrorTree(output, readTree(output), staging);
    expect(contents(staging, 3)).toEqual(['AAAA', 'CCCC', 'DDDD']);
  });
});
