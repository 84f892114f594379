/** ARCHIVE_RAW and ARCHIVE_KEEP_GOING: building from another folder, and what a bad file does to a build. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../helpers/build-site.ts';

function rawFolder(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(TMP, name, 'raw');
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}
const seed = (file: string) => readFileSync(join(ROOT, 'content/raw', file));

describe('ARCHIVE_RAW', () => {
  it('builds the speeches of another folder instead of the bundled ones', () => {
    const dir = rawFolder('other-raw', { 'a.txt': seed('002_511e2be2b8386667.txt') });
    copyFileSync(join(ROOT, 'content/raw/000_eabcec9b51e7eda6.txt'), join(dir, 'b.txt'));
    const build = buildSite('other-raw', { ARCHIVE_RAW: dir });
    expect(build.status, build.output).toBe(0);
    const catalog = JSON.parse(readFileSync(join(build.outDir, 'speeches.json'), 'utf8'));
    expect(catalog.map((s: { source: string }) => s.source).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('fails naming every bad file and what to do, and ARCHIVE_KEEP_GOING=1 builds the rest', () => {
    const dir = rawFolder('bad-raw', {
      'good.txt': seed('001_96dd786780a8f525.txt'),
      'latin1.txt': Buffer.from([0x47, 0x42, 0x4b, 0xff, 0xfe, 0xa0, 0x0a]),
      'empty.txt': '  \n\n',
    });
    const failed = buildSite('bad-raw', { ARCHIVE_RAW: dir });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('latin1.txt');
    expect(failed.output).toContain('empty.txt');
    expect(failed.output).toContain('ARCHIVE_KEEP_GOING=1');

    const kept = buildSite('bad-raw', { ARCHIVE_RAW: dir, ARCHIVE_KEEP_GOING: '1' });
    expect(kept.status, kept.output).toBe(0);
    expect(kept.output).toContain('latin1.txt');
    const catalog = JSON.parse(readFileSync(join(kept.outDir, 'speeches.json'), 'utf8'));
    expect(catalog.map((s: { source: string }) => s.source)).toEqual(['good.txt']);
  });
});
