/**
 * Across speeches, in a real build: a sentence said in two speeches links each page to
 * the other's paragraph, both ways, also when one copy differs by a character; an
 * unrelated speech links to neither; related speeches say why; /parallels/ lists it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../helpers/build-site.ts';
import { readCatalog } from '../helpers/dist-pages.ts';
import { ingestText } from '../../src/lib/ingest/index.ts';

const SEED = '001_96dd786780a8f525.txt';
const seedText = readFileSync(join(ROOT, 'content/raw', SEED), 'utf8');
const seed = ingestText(seedText, SEED);
const paragraphs = seed.blocks.filter((b) => b.kind === 'paragraph');
/** A long paragraph of the seed, and its paragraph number on the page. */
const shared = paragraphs.find((p) => p.text.length > 120)!;
const sharedNumber = paragraphs.indexOf(shared) + 1;
/** Its first sentence, one character changed. */
const firstSentence = /^[^。！？；]+[。！？；]/u.exec(shared.text)![0];
const changed = firstSentence.replace(/[\u4e00-\u9fff](?=[\u4e00-\u9fff]{5}[，。；])/u, '某');

let out: string;
let catalog: ReturnType<typeof readCatalog>;
const page = (source: string) => readFileSync(join(out, catalog.find((s) => s.source === source)!.url, 'index.html'), 'utf8');
const parallelLinks = (html: string) =>
  [...html.matchAll(/<aside class="parallels"[^>]*data-parallel[\s\S]*?<\/aside>/g)].flatMap((m) =>
    [...m[0].matchAll(/href="([^"]+)"/g)].map((h) => h[1]!),
  );

beforeAll(() => {
  const raw = join(TMP, 'parallels', 'raw');
  mkdirSync(raw, { recursive: true });
  writeFileSync(join(raw, 'a-seed.txt'), seedText);
  writeFileSync(
    join(raw, 'b-later.txt'),
    [
      '---',
      'title: 在全市机关党建工作会议上的讲话',
      'speaker: 李四',
      'date: 2021-03-01',
      '---',
      '同志们：',
      '今天召开全市机关党建工作会议，主要任务是总结去年工作，部署今年任务。',
      `回顾过去，我们有一条重要经验。${changed}这一点必须长期坚持。`,
      '希望大家以更加饱满的精神状态，把各项工作抓实抓好。',
    ].join('\n'),
  );
  writeFileSync(
    join(raw, 'c-unrelated.txt'),
    [
      '---',
      'title: 在全市秋冬种工作会议上的讲话',
      'speaker: 王五',
      'date: 2020-10-10',
      '---',
      '同志们：',
      '今年全市粮食生产再获丰收，总产量比上年增长百分之三点二，为稳定经济大盘作出了贡献。',
      '各地要抓好秋冬种工作，落实面积，选好良种，确保明年夏粮稳产增产。',
    ].join('\n'),
  );
  const build = buildSite('parallels', { ARCHIVE_RAW: raw });
  expect(build.status, build.output).toBe(0);
  out = build.outDir;
  catalog = readCatalog(out);
}, 600_000);

describe('parallel passages', () => {
  it('links the two speeches that share a sentence, each to the other’s paragraph, though one differs by a character', () => {
    expect(changed).not.toBe(firstSentence);
    const a = catalog.find((s) => s.source === 'a-seed.txt')!;
    const b = catalog.find((s) => s.source === 'b-later.txt')!;
    expect(parallelLinks(page('a-seed.txt'))).toContain(`${b.url}#p3`);
    expect(parallelLinks(page('b-later.txt'))).toContain(`${a.url}#p${sharedNumber}`);
    // The note follows the very paragraph that holds the sentence.
    expect(page('b-later.txt')).toMatch(/<p id="p3"[\s\S]*?<\/p><aside class="parallels"/);
  });

  it('links an unrelated speech to neither', () => {
    expect(parallelLinks(page('c-unrelated.txt'))).toEqual([]);
    const c = catalog.find((s) => s.source === 'c-unrelated.txt')!;
    for (const other of ['a-seed.txt', 'b-later.txt']) expect(parallelLinks(page(other)).some((h) => h.startsWith(c.url))).toBe(false);
  });

  it('lists the related speech with its reason, and the passage on /parallels/', () => {
    const b = catalog.find((s) => s.source === 'b-later.txt')!;
    const related = /<section class="related[^"]*" data-related[\s\S]*?<\/section>/.exec(page('a-seed.txt'))![0];
    expect(related).toContain(`href="${b.url}"`);
    expect(related).toContain('处相同语句');
    const reused = readFileSync(join(out, 'parallels/index.html'), 'utf8');
    expect(reused).toContain(firstSentence.slice(0, 10));
  });
});
