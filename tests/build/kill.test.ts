/**
 * A build that dies leaves the site it was replacing: killed (SIGKILL to its whole process
 * group) while the loader reads the raw files, while Astro writes the pages, and while
 * search is written, or failing on a bad raw file, a build leaves dist/ byte for byte as
 * the last good build left it, every link resolving and search answering the query set.
 * The build after them is right: it shows the new input, and back on the first input it
 * writes exactly what a clean build of it writes.
 *
 * It starts from the shared site of the bundled speeches (tests/global-setup.ts), copied
 * with its cache, so its last good build costs nothing; the raw folder then gets one
 * speech edited and one added, so that each killed build has pages and search to change.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/checks/linkcheck.ts';
import { rawSpeech } from '../../scripts/lib/bench/corpus.ts';
import { buildSite, ROOT, siteDir, SITES, TMP } from '../helpers/build-site.ts';
import { compareSites, describeDifference } from '../helpers/dist-compare.ts';
import { fingerprint, read, readCatalog } from '../helpers/dist-pages.ts';
import { indexAnswers } from '../helpers/index-answers.ts';
import { spawnBuild } from '../helpers/spawn-build.ts';
import { QUERY_SET, sitePages, truth } from '../helpers/query-set.ts';

const NAME = 'kill';
const dir = resolve(TMP, NAME);
const dist = join(dir, 'dist');
const raw = join(dir, 'raw');
const env = { ARCHIVE_RAW: raw };
const SEEDS = join(ROOT, 'content/raw');
const EDITED = '这是构建中断测试改写之后才有的一句话。';
const ADDED = 'zz_added.txt';

/** The seeds' raw files as they are, and with one speech edited and one added. */
function seedRaw(): void {
  rmSync(raw, { recursive: true, force: true });
  cpSync(SEEDS, raw, { recursive: true });
}
function changedRaw(): string {
  seedRaw();
  const [first] = readdirSync(raw).sort();
  const file = join(raw, first!);
  const lines = readFileSync(file, 'utf8').split('\n');
  const longest = lines.reduce((best, line, i) => (line.length > lines[best]!.length ? i : best), 0);
  lines[longest] = `${lines[longest]}${EDITED}`;
  writeFileSync(file, lines.join('\n'));
  // Made of every third line of the seeds: long enough that reading it takes the loader a while.
  const sentences = readdirSync(SEEDS)
    .flatMap((f) => read(join(SEEDS, f)).split('\n'))
    .filter((l, i) => i % 3 === 0 && /^[\u4e00-\u9fff]/.test(l.trim()));
  writeFileSync(join(raw, ADDED), rawSpeech({ title: '构建中断测试新增的讲话', date: '2025-10-01' }, sentences));
  return first!;
}

/** The output is the last good one, byte for byte, and a host can serve it: links resolve, search answers the query set. */
async function expectLastGoodSite(before: Map<string, string>): Promise<void> {
  expect(fingerprint(dist)).toEqual(before);
  expect(checkLinks(dist, '/').broken).toEqual([]);
  const pages = sitePages(dist);
  const answers = await indexAnswers(dist, QUERY_SET);
  for (const q of QUERY_SET) expect(answers.get(q), q).toEqual(truth(pages, q));
}

describe('a killed or failed build', () => {
  let before: Map<string, string>;
  let edited: string;
  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // `cp -a` keeps the files' times, by which a build recognises the output its cache describes.
    for (const part of ['dist', 'cache']) {
      const copy = spawnSync('cp', ['-a', join(TMP, SITES.root.name, part), join(dir, part)], { encoding: 'utf8' });
      if (copy.status !== 0) throw new Error(`cp -a failed: ${copy.stderr}`);
    }
    before = fingerprint(dist);
    edited = changedRaw();
  });

  it('killed while the loader reads the raw files, leaves dist/ as it was', async () => {
    const build = await spawnBuild({ name: NAME, env, killAt: /\[content\] Syncing content/ });
    expect(build.killed, build.output).toBe(true);
    // The loader writes its report when it is done: it was not.
    expect(existsSync(join(dir, 'reports', 'ingest-report.json'))).toBe(false);
    await expectLastGoodSite(before);
  });

  it('killed while Astro writes the pages, leaves dist/ as it was', async () => {
    const build = await spawnBuild({ name: NAME, env, killAt: /├─ \/speeches\// });
    expect(build.killed, build.output).toBe(true);
    expect(build.output).toContain('generating static routes');
    expect(build.output).not.toContain('archive-search-index');
    await expectLastGoodSite(before);
  });

  it('killed while search is written, leaves dist/ as it was', async () => {
    // The line that ends the pages, right before search starts writing.
    const build = await spawnBuild({ name: NAME, env, killAt: /pages done: removed/ });
    expect(build.killed, build.output).toBe(true);
    expect(build.output).not.toContain('swapped in');
    await expectLastGoodSite(before);
  });

  it('failing on a bad raw file, leaves dist/ as it was', async () => {
    writeFileSync(join(raw, 'zz_bad.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x00, 0x13, 0x37]));
    const build = buildSite(NAME, env);
    rmSync(join(raw, 'zz_bad.txt'));
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toContain('zz_bad.txt');
    await expectLastGoodSite(before);
  });

  it('is followed by a build that shows the new input', async () => {
    const build = buildSite(NAME, env);
    expect(build.status, build.output).toBe(0);
    const catalog = readCatalog(dist);
    const changed = catalog.find((s) => s.source === edited)!;
    expect(read(join(dist, changed.url, 'index.html'))).toContain(EDITED);
    expect(catalog.map((s) => s.source)).toContain(ADDED);
    expect(checkLinks(dist, '/').broken).toEqual([]);
    const pages = sitePages(dist);
    const answers = await indexAnswers(dist, [...QUERY_SET, EDITED.slice(0, 12)]);
    for (const [q, answer] of answers) expect(answer, q).toEqual(truth(pages, q));
    expect(answers.get(EDITED.slice(0, 12))).toEqual([{ url: changed.url, count: 1 }]);
  });

  it('and, on the first input again, by one that writes what a clean build writes, byte for byte', () => {
    seedRaw();
    const build = buildSite(NAME, env);
    expect(build.status, build.output).toBe(0);
    const difference = describeDifference(compareSites(siteDir('root'), dist));
    expect(difference, 'the rebuilt site and the clean build of the same input differ').toBe('');
  });
});
