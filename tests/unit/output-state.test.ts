// The cache's state of the output is saved at each swap and put back (or dropped) before the next build (src/integrations/output-state.ts).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pagesAstroMayKeep, saveOutputState, takeOutputState } from '../../src/integrations/output-state.ts';

const manifest = (pages: string[]) =>
  JSON.stringify({
    version: 1,
    routes: {
      'src/pages/speeches/[slug].astro': {
        paths: Object.fromEntries(pages.map((p) => [`/${p}`, { cacheKey: p, outputFile: `${p}index.html` }])),
      },
    },
  });

describe('output state', () => {
  let cache: string;
  const file = (name: string) => join(cache, name);
  const put = (name: string, text: string) => writeFileSync(file(name), text);
  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), 'output-state-'));
    put('incremental-build.json', manifest(['speeches/a/', 'speeches/b/']));
    put('search-text.json', '{"witness":"w1","text":[]}');
    mkdirSync(join(cache, 'dist', 'speeches', 'a'), { recursive: true });
    put('dist/speeches/a/index.html', 'copy');
  });
  afterEach(() => rmSync(cache, { recursive: true, force: true }));

  it('keeps the state when the output is the one saved and no build wrote since', async () => {
    await saveOutputState(cache, 'digest-1');
    expect(await takeOutputState(cache, 'digest-1')).toBe('kept');
    expect(readFileSync(file('search-text.json'), 'utf8')).toBe('{"witness":"w1","text":[]}');
    expect([...(await pagesAstroMayKeep(cache))]).toEqual(['speeches/a/index.html', 'speeches/b/index.html']);
  });

  it("puts the saved state back when a killed build wrote newer state, and drops Astro's page copies", async () => {
    await saveOutputState(cache, 'digest-1');
    await takeOutputState(cache, 'digest-1');
    // The killed build: a new manifest and search state, no swap.
    put('incremental-build.json', manifest(['speeches/a/', 'speeches/c/']));
    rmSync(file('search-text.json'));
    expect(await takeOutputState(cache, 'digest-1')).toBe('restored');
    expect(readFileSync(file('incremental-build.json'), 'utf8')).toBe(manifest(['speeches/a/', 'speeches/b/']));
    expect(readFileSync(file('search-text.json'), 'utf8')).toBe('{"witness":"w1","text":[]}');
    expect(existsSync(file('dist'))).toBe(false);
  });

  it("drops Astro's page copies after a build that did not finish, even when it wrote no state", async () => {
    await saveOutputState(cache, 'digest-1');
    await takeOutputState(cache, 'digest-1');
    expect(existsSync(file('dist'))).toBe(true);
    expect(await takeOutputState(cache, 'digest-1')).toBe('kept');
    expect(existsSync(file('dist'))).toBe(false);
  });

  it('drops the state when the output is not the one it describes, or there is none', async () => {
    await saveOutputState(cache, 'digest-1');
    expect(await takeOutputState(cache, 'digest-2')).toBe('dropped');
    expect(existsSync(file('incremental-build.json'))).toBe(false);
    expect(existsSync(file('search-text.json'))).toBe(false);
    await saveOutputState(cache, 'digest-1');
    expect(await takeOutputState(cache, null)).toBe('dropped');
  });

  it('drops the state when nothing was saved (a cache from before, or another output)', async () => {
    expect(await takeOutputState(cache, 'digest-1')).toBe('dropped');
    expect(await pagesAstroMayKeep(cache)).toEqual(new Set());
  });
});
