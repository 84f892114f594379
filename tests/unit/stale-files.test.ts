import { describe, expect, it } from 'vitest';
import { staleFiles } from '../../src/lib/site/stale-files.ts';

describe('staleFiles', () => {
  const started = 1_700_000_000_000;
  it('keeps what this build wrote and the pages it kept, and names the rest', () => {
    const files = [
      { path: 'index.html', mtimeMs: started + 5 },
      // A speech page left as the last build wrote it: listed among this build's pages.
      { path: 'speeches/2019-11-12-dang-ke/index.html', mtimeMs: started - 60_000 },
      // A speech removed since: not listed, not written.
      { path: 'speeches/2016-07-01-removed/index.html', mtimeMs: started - 60_000 },
      { path: '_astro/site.OLD123.js', mtimeMs: started - 60_000 },
      { path: '_astro/site.NEW456.js', mtimeMs: started + 100 },
      { path: 'concepts/si-feng/17/index.html', mtimeMs: started - 1 },
    ];
    const pages = ['index.html', 'speeches/2019-11-12-dang-ke/index.html'];
    expect(staleFiles(files, started, pages)).toEqual(['_astro/site.OLD123.js', 'concepts/si-feng/17/index.html', 'speeches/2016-07-01-removed/index.html']);
  });
  it('keeps a file written at the very moment the build started', () => {
    expect(staleFiles([{ path: 'a.json', mtimeMs: started }], started, [])).toEqual([]);
  });
});
