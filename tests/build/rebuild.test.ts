/**
 * Rebuilds on a warm cache, as a host adds and edits speeches: only what changed is
 * rendered again and only its text folder written again; the search index is made afresh
 * from the speech data (it takes seconds), and search still answers exactly. Twelve
 * speeches: the five seeds and seven made of their sentences.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite, ROOT, TMP, type SiteBuild } from '../helpers/build-site.ts';
import { fingerprint, read, readCatalog, readTextChunk } from '../helpers/dist-pages.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { rawSpeech } from '../../scripts/lib/bench/corpus.ts';
import { submitAndWait } from '../../scripts/lib/bench/search.ts';
import { filtersFilled } from '../helpers/page-waits.ts';
import { shownResults } from '../helpers/query-set.ts';
import { useBrowser } from '../helpers/site-in-browser.ts';

const dir = join(TMP, 'rebuild');
const raw = join(dir, 'raw');
const concepts = join(dir, 'concepts');
const env = { ARCHIVE_RAW: raw, ARCHIVE_CONCEPTS: concepts };
const STEMS = '甲乙丙丁戊己庚';
/** A sentence only speech `stem` has; the second one is what the edit replaces. */
const own = (stem: string, n: string) => `这是测试讲话${stem}独有的第${n}句话。`;
const EDITED = '改写之后才出现的新提法。';

/** Sentences of the seeds, for speeches made of real text. */
function seedSentences(): string[] {
  const text = readdirSync(join(ROOT, 'content/raw'))
    .map((f) => readFileSync(join(ROOT, 'content/raw', f), 'utf8'))
    .join('\n');
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[\u4e00-\u9fff][^a-zA-Z<>]{40,200}。$/.test(l));
}

/** The loader's warnings of the same speech twice, as the build printed them. */
const duplicateWarnings = (build: SiteBuild) =>
  build.output
    .split('\n')
    .filter((l) => /\[speech-loader\] .* are (the same|nearly the same) speech/.test(l))
    .map((l) => l.replace(/^.*\[speech-loader\] /, ''));
const speechPages = (build: SiteBuild) => build.output.split('\n').filter((l) => /\/speeches\/[^/]+\/index\.html/.test(l));
const restored = (build: SiteBuild) => speechPages(build).filter((l) => /\((restored|cached)\)/.test(l)).length;
/** Listing pages of `route` (concepts, years, speakers, campaigns) Astro kept from the last build, and all it made. */
const listings = (build: SiteBuild, route: string) => {
  const lines = build.output.split('\n').filter((l) => new RegExp(`├─ /${route}/[^ ]+/index\\.html`).test(l));
  return { kept: lines.filter((l) => /\((restored|cached)\)/.test(l)).length, all: lines.length };
};
/** Astro's record of the pages it rendered (route → its code's hash, and each page's cacheKey), as the last build left it. */
const manifest = () =>
  JSON.parse(readFileSync(join(dir, 'cache', 'incremental-build.json'), 'utf8')) as {
    configHash: string;
    lockfileHash: string;
    routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string; contentHashes?: Record<string, string> }> }>;
  };
/** Why Astro rendered `route`'s pages again, for a failure's message: what of its record changed between two builds. */
function recordChanges(before: ReturnType<typeof manifest>, after: ReturnType<typeof manifest>, route: string): string {
  const [a, b] = [before.routes[route], after.routes[route]];
  if (!a || !b) return `route ${route} ${a ? 'missing after' : 'missing before'}`;
  const paths = Object.keys(b.paths);
  const keyChanged = paths.filter((p) => a.paths[p]?.cacheKey !== b.paths[p]?.cacheKey);
  const contentChanged = paths.filter((p) => JSON.stringify(a.paths[p]?.contentHashes) !== JSON.stringify(b.paths[p]?.contentHashes));
  return [
    `config ${before.configHash === after.configHash ? 'same' : 'changed'}, lockfile ${before.lockfileHash === after.lockfileHash ? 'same' : 'changed'}`,
    `code hash ${a.dependencyHash === b.dependencyHash ? 'same' : `changed ${a.dependencyHash.slice(0, 12)} → ${b.dependencyHash.slice(0, 12)}`}`,
    `cacheKey changed on ${keyChanged.length} of ${paths.length} (${keyChanged.slice(0, 3).join(' ')})`,
    `content hashes changed on ${contentChanged.length}`,
  ].join('; ');
}
/** What the search step wrote of the speeches' text folders (src/integrations/search-index.ts logs it). */
const textFolders = (build: SiteBuild) => /text folders (\d+ written, \d+ moved)/.exec(build.output)?.[1];

/** Runs `use` on /search/ of the site in `dist`, served, once its filters are filled. */
async function onSearchPage<T>(browser: Browser, dist: string, use: (page: Page) => Promise<T>): Promise<T> {
  const served = await serveStatic(dist);
  const page = await browser.newPage();
  try {
    await page.goto(`${served.url}search/`);
    await filtersFilled(page);
    return await use(page);
  } finally {
    await page.close();
    await served.close();
  }
}

/** The year filter's options on /search/, as a reader sees them (`2025（7）`). */
const yearOptions = (browser: Browser, dist: string) =>
  onSearchPage(browser, dist, (page) => page.$$eval('#f-year option', (options) => options.map((o) => o.textContent ?? '')));

/** What /search/ lists for `q`: each speech's URL and occurrence count, and the status line's total. */
const search = (browser: Browser, dist: string, q: string) =>
  onSearchPage(browser, dist, async (page) => {
    const { results } = await page.evaluate(submitAndWait, q);
    return { results, counts: Object.fromEntries((await shownResults(page)).map((r) => [r.url, r.count])) };
  });

/** What the header's quick box (real Pagefind) answers for `q` typed on the home page of the site in `dist`: each answer's URL and text. */
async function quickAnswers(browser: Browser, dist: string, q: string): Promise<string[]> {
  const served = await serveStatic(dist);
  const page = await browser.newPage();
  try {
    await page.goto(served.url);
    await page.type('#quick-q', q, { delay: 20 });
    await page.waitForSelector('#quick-results[aria-busy="false"] [data-full]');
    return await page.$$eval('#quick-results [data-quick-result] a', (as) =>
      as.map((a) => `${new URL((a as HTMLAnchorElement).href).pathname} ${a.textContent ?? ''}`),
    );
  } finally {
    await page.close();
    await served.close();
  }
}

/**
 * Phrases whose answers a rebuild must give as a build into an empty folder does: each
 * `phrase` whole, its first two characters and first character (the index keeps 1–2-character
 * grams apart), and a piece with its punctuation dropped when it has any (matched ignoring
 * punctuation).
 */
function probes(phrases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of phrases) {
    const text = p.replace(/。$/, '');
    out.add(text);
    out.add(text.slice(0, 2));
    out.add(text.slice(0, 1));
    const punctuated = /[\u4e00-\u9fff]+[，、；：][\u4e00-\u9fff]+/u.exec(text)?.[0];
    if (punctuated) out.add(punctuated.replace(/[，、；：]/gu, ''));
  }
  return [...out];
}

/**
 * A build of the same raw folder into an empty folder (no cache), then every probe searched
 * on both: the rebuilt site, whose index may be the last build's plus a delta segment
 * (docs/SEARCH-INDEX.md, "Delta"), must answer as the fresh one does.
 */
async function expectSameSearch(
  browser: Browser,
  rebuilt: SiteBuild,
  phrases: readonly string[],
  quick: readonly string[] = [],
): Promise<void> {
  rmSync(join(TMP, 'rebuild-oracle'), { recursive: true, force: true });
  const fresh = buildSite('rebuild-oracle', env);
  expect(fresh.status, fresh.output).toBe(0);
  for (const q of probes(phrases)) {
    const [got, want] = [await search(browser, rebuilt.outDir, q), await search(browser, fresh.outDir, q)];
    expect(got, `search for ${q}`).toEqual(want);
  }
  // The quick box answers as a fresh build's: the same records, in the same order.
  for (const q of quick) {
    const [got, want] = [await quickAnswers(browser, rebuilt.outDir, q), await quickAnswers(browser, fresh.outDir, q)];
    expect(got.length, `quick box: ${q}`).toBeGreaterThan(0);
    expect(got, `quick box: ${q}`).toEqual(want);
  }
}

describe('rebuilding after speeches change', () => {
  const chromium = useBrowser();
  let first: SiteBuild;
  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(raw, { recursive: true });
    cpSync(join(ROOT, 'content/raw'), raw, { recursive: true });
    cpSync(join(ROOT, 'content/concepts'), concepts, { recursive: true });
    const sentences = seedSentences();
    [...STEMS].forEach((stem, i) => {
      const body = [own(stem, '一'), ...sentences.slice(i * 4, i * 4 + 4), own(stem, '二')];
      writeFileSync(
        join(raw, `9${i}_made.txt`),
        rawSpeech({ title: `测试讲话${stem}在全省会议上的讲话`, date: `2025-0${i + 1}-15` }, body),
      );
    });
    first = buildSite('rebuild', env);
  });

  it('writes search for a new archive from its speech data', () => {
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/search for 12 speeches in \d+ ms/);
    expect(textFolders(first)).toBe('12 written, 0 moved');
    // A new archive's index is written whole: its stage waits for the pages (src/integrations/search-beside.ts).
    expect(first.output).toMatch(/search for 12 speeches in \d+ ms, after the pages \(the n-gram index written whole\)/);
  });

  it('after one speech is edited, renders only it and writes only its text again, and search sees only its new text', async () => {
    const file = join(raw, '90_made.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace(own('甲', '二'), EDITED));
    const before = manifest();
    const second = buildSite('rebuild', env);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(/12 speeches \(1 ingested, 11 unchanged\)/);
    // Eleven speech pages are copied from the last build; the edited one is rendered.
    expect(restored(second)).toBe(11);
    const url = readCatalog(second.outDir).find((s) => s.title.startsWith('测试讲话甲'))!.url;
    expect(speechPages(second).find((l) => l.includes(url))).not.toMatch(/restored|cached/);
    expect(read(join(second.outDir, url.slice(1), 'index.html'))).toContain(EDITED);
    expect(textFolders(second)).toBe('1 written, 0 moved');
    // Only the edited speech's text and chunks are hashed again; the others' digests are kept by data key.
    expect(second.output).toMatch(/digests in \d+ ms \(1 hashed\)/);
    // So little changed that the search stage ran beside the pages, not after them; the last
    // test checks that what it wrote is what a fresh build writes.
    expect(second.output).toMatch(/search for 12 speeches in \d+ ms, beside the pages \(1 speech\(es\) hashed, the index a delta of 1, /);
    // Listing pages that do not show the edited text are kept (each page's key is what it
    // shows); the last test checks that every page is what a fresh build makes.
    expect(
      listings(second, 'concepts').kept,
      recordChanges(before, manifest(), 'src/pages/concepts/[slug]/[...page].astro'),
    ).toBeGreaterThan(0);
    // Its title, speaker and headings are as they were: the quick box's index is kept.
    expect(second.output).toMatch(/quick index kept \(same records\)/);

    expect(await search(chromium.browser, second.outDir, '甲独有的第二句')).toEqual({ results: 0, counts: {} });
    expect(await search(chromium.browser, second.outDir, '改写之后才出现的新提法')).toEqual({ results: 1, counts: { [url]: 1 } });
    expect(await search(chromium.browser, second.outDir, '甲独有的第一句')).toEqual({ results: 1, counts: { [url]: 1 } });
    // The year filter counts speeches: the seven made in 2025.
    expect(await yearOptions(chromium.browser, second.outDir)).toContain('2025（7）');
  });

  it('after a speech is added, writes only its text folder (the newest takes a new one)', async () => {
    writeFileSync(
      join(raw, '99_added.txt'),
      rawSpeech({ title: '新增测试讲话在座谈会上的讲话', date: '2025-09-01' }, [own('新', '一'), seedSentences()[0]!, seedSentences()[5]!]),
    );
    // A new speech changes the pages that now link to it (the previous newest's 下一篇, the
    // speeches that share its sentences or list it as related): those are rendered again,
    // every other page is left as the last build wrote it.
    const pagesBefore = new Map(readCatalog(join(dir, 'dist')).map((s) => [s.url, read(join(dir, 'dist', s.url.slice(1), 'index.html'))]));
    const third = buildSite('rebuild', env);
    expect(third.status, third.output).toBe(0);
    expect(third.output).toMatch(/13 speeches \(1 ingested, 12 unchanged\)/);
    const changed = [...pagesBefore].filter(([url, html]) => read(join(third.outDir, url.slice(1), 'index.html')) !== html).length;
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(12);
    expect(restored(third)).toBe(12 - changed);
    expect(textFolders(third)).toBe('1 written, 0 moved');
    expect(third.output).toMatch(/digests in \d+ ms \(1 hashed\)/);
    // The new speech is a new record: the quick index was written ahead, beside the pages, and put in place.
    expect(third.output).toMatch(/quick index written ahead beside the pages in \d+ ms, (waited for \d+ ms, )?put in place/);
    // The index is the last build's with the changed and added texts beside it, written beside the pages.
    expect(third.output).toMatch(/a delta of 2 speech\(es\) over the last build's/);
    expect(third.output).toMatch(/beside the pages \(1 speech\(es\) hashed, the index a delta of 2, /);
    const url = readCatalog(third.outDir).find((s) => s.title.startsWith('新增测试讲话'))!.url;
    expect(await search(chromium.browser, third.outDir, '新独有的第一句')).toEqual({ results: 1, counts: { [url]: 1 } });
    // Phrases only the added text has, and ones it shares with a seed and a made speech, answered as a fresh build answers them.
    // The quick box, written ahead, names the new speech, and answers as a fresh build's does.
    const named = await quickAnswers(chromium.browser, third.outDir, '新增测试');
    expect(named.find((a) => a.startsWith(`${url} `))).toContain('新增测试讲话在座谈会上的讲话');
    await expectSameSearch(
      chromium.browser,
      third,
      [own('新', '一'), seedSentences()[0]!, seedSentences()[5]!, EDITED],
      ['新增测试', '讲话', '座谈会'],
    );
  });

  it('after a glossary definition changes, renders every speech page again with it', () => {
    const file = join(concepts, 'si-feng.mdx');
    const definition = '（测试用的新释义）反对形式主义、官僚主义、享乐主义和奢靡之风。';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^definition: .*$/m, `definition: ${definition}`));
    const fourth = buildSite('rebuild', env);
    expect(fourth.status, fourth.output).toBe(0);
    expect(restored(fourth)).toBe(0);
    // Concept pages name the glossary's terms: every one is rendered again.
    const conceptPages = listings(fourth, 'concepts');
    expect(conceptPages.all).toBeGreaterThan(0);
    expect(conceptPages.kept).toBe(0);
    const using = readCatalog(fourth.outDir).filter((s) =>
      read(join(fourth.outDir, s.url.slice(1), 'index.html')).includes('href="/concepts/si-feng/"'),
    );
    expect(using.length).toBeGreaterThan(0);
    for (const s of using) expect(read(join(fourth.outDir, s.url.slice(1), 'index.html'))).toContain(definition);
  });

  it('after a second copy of a speech is added and removed again, every text folder holds the speech at its place again', async () => {
    // The copy shares its original's date: the text folders of every later speech move up one
    // place, and back when it goes. A moved file keeps its size, and the staging folder of
    // the next build is brought up to the last output by size and modification time.
    const folders = (dist: string) =>
      readdirSync(join(dist, 'search-data', 'text'))
        .map(Number)
        .sort((a, b) => a - b)
        .map((n) => (JSON.parse(readTextChunk(dist, n, 0)) as { meta: { url: string } }).meta.url);
    const oldestFirst = (dist: string) =>
      readCatalog(dist)
        .map((s) => s.url)
        .reverse();
    const original = readCatalog(first.outDir).find((s) => s.title.startsWith('测试讲话丙'))!.url;
    writeFileSync(join(raw, '95_copy.txt'), readFileSync(join(raw, '92_made.txt')));
    const added = buildSite('rebuild', env);
    expect(added.status, added.output).toBe(0);
    expect(added.output).toMatch(/14 speeches \(1 ingested, 13 unchanged\).*, 1 duplicates/);
    // The duplicate check compares only the new file with the others (the pairs of the others are
    // the last check's): the warning is the one a check of every pair gives.
    expect(duplicateWarnings(added)).toEqual([
      '92_made.txt and 95_copy.txt are the same speech: remove one, or keep both if they differ on purpose.',
    ]);
    expect(textFolders(added), added.output).toMatch(/^1 written, [1-9]\d* moved$/);
    expect(folders(added.outDir)).toEqual(oldestFirst(added.outDir));
    // The first copy's page names the second (另见), and no longer once it is gone.
    const copy = readCatalog(added.outDir).find((s) => s.source === '95_copy.txt')!.url;
    expect(read(join(added.outDir, original.slice(1), 'index.html'))).toContain(`href="${copy}"`);
    // The copy takes an id between older and newer speeches, so the last build's ids move:
    // its text, shared with its original, and the edited speech's are found as a fresh build finds them.
    expect(added.output).toMatch(/a delta of \d+ speech\(es\) over the last build's/);
    await expectSameSearch(chromium.browser, added, [own('丙', '一'), own('新', '一'), seedSentences()[5]!]);
    rmSync(join(raw, '95_copy.txt'));
    const removed = buildSite('rebuild', env);
    expect(removed.status, removed.output).toBe(0);
    expect(removed.output).toMatch(/13 speeches \(0 ingested, 13 unchanged\).*, 0 duplicates/);
    expect(duplicateWarnings(removed)).toEqual([]);
    expect(textFolders(removed), removed.output).toMatch(/^0 written, [1-9]\d* moved$/);
    expect(folders(removed.outDir)).toEqual(oldestFirst(removed.outDir));
    expect(read(join(removed.outDir, original.slice(1), 'index.html'))).not.toContain('<dt>另见</dt>');
    // Three builds and a fresh one to compare with: twice the time of the other steps.
  }, 1_200_000);

  it('after a speech is removed, its page and its search data are gone from the output it built into', async () => {
    // Every build swaps its output in as the same folder; it holds the last one's output.
    const url = readCatalog(first.outDir).find((s) => s.title.startsWith('新增测试讲话'))!.url;
    const page = join(first.outDir, url.slice(1), 'index.html');
    expect(existsSync(page)).toBe(true);
    rmSync(join(raw, '99_added.txt'));
    // A host that deploys dist/ from a repository keeps its .git there.
    mkdirSync(join(first.outDir, '.git'), { recursive: true });
    writeFileSync(join(first.outDir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    const fifth = buildSite('rebuild', env);
    expect(fifth.status, fifth.output).toBe(0);
    expect(fifth.output).toMatch(/12 speeches \(0 ingested, 12 unchanged\)/);
    expect(existsSync(page)).toBe(false);
    expect(existsSync(join(first.outDir, url.slice(1)))).toBe(false);
    expect(readCatalog(fifth.outDir).map((s) => s.url)).not.toContain(url);
    expect(await search(chromium.browser, fifth.outDir, '新独有的第一句')).toEqual({ results: 0, counts: {} });
    expect(readFileSync(join(fifth.outDir, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
    rmSync(join(fifth.outDir, '.git'), { recursive: true });
  });

  it('re-reads a file whose bytes changed even when its size and modification time did not, and no file merely touched', () => {
    const edited = join(raw, '91_made.txt');
    const { mtime, atime } = statSync(edited);
    const before = readFileSync(edited, 'utf8');
    // One character for another of the same UTF-8 length, and the old modification time put back.
    writeFileSync(edited, before.replace(own('乙', '二'), own('乙', '三')));
    utimesSync(edited, atime, mtime);
    expect(statSync(edited).size).toBe(Buffer.byteLength(before));
    const touched = join(raw, '92_made.txt');
    utimesSync(touched, new Date(), new Date());
    const sixth = buildSite('rebuild', env);
    expect(sixth.status, sixth.output).toBe(0);
    expect(sixth.output).toMatch(/12 speeches \(1 ingested, 11 unchanged\)/);
    const url = readCatalog(sixth.outDir).find((s) => s.title.startsWith('测试讲话乙'))!.url;
    expect(read(join(sixth.outDir, url.slice(1), 'index.html'))).toContain(own('乙', '三'));
  });

  it('after a file is renamed, hashes only that speech again for search (its data key names the file)', () => {
    renameSync(join(raw, '93_made.txt'), join(raw, '93_renamed.txt'));
    const seventh = buildSite('rebuild', env);
    expect(seventh.status, seventh.output).toBe(0);
    expect(seventh.output).toMatch(/12 speeches \(1 ingested, 11 unchanged\)/);
    expect(seventh.output).toMatch(/digests in \d+ ms \(1 hashed\)/);
    // What it wrote is checked below: the output equals a fresh build's.
  });

  it('leaves, after all these rebuilds, the output a build into an empty folder makes', () => {
    const fresh = buildSite('rebuild-fresh', env);
    expect(fresh.status, fresh.output).toBe(0);
    const files = (dir: string) => [...fingerprint(dir)].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(files(first.outDir)).toEqual(files(fresh.outDir));
  });
});
