// Site noise (src/lib/ingest/noise.ts): every rule, fired on a real speech (seed 000,
// content/raw/) with the noise added where copies carry it. For each rule: the noise is
// removed and reported with the rule's reason and its raw line, and no sentence of the
// speech is lost (the cleaned speech reads exactly as the clean seed's).
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { cleanedText, loadSeed, lostSentences } from './fixtures/ingest-helpers.ts';

const seed = loadSeed('000');
const seedLines = seed.raw.split('\n');
/** Index of the first speech paragraph (after title, speaker, dateline and `同志们：`). */
const FIRST_PARAGRAPH = seedLines.findIndex((l) => l.startsWith('11月7日下午'));
const LAST = seedLines
  .map((l) => l.trim())
  .lastIndexOf(
    seedLines
      .filter((l) => l.trim())
      .at(-1)!
      .trim(),
  );

interface Noisy {
  raw: string;
  speech: Speech;
}

/** The seed with `lines` inserted before raw line index `at` (0-based). */
function insert(at: number, ...lines: string[]): Noisy {
  const raw = [...seedLines.slice(0, at), ...lines, ...seedLines.slice(at)].join('\n');
  return { raw, speech: ingestText(raw, seed.file) };
}

/** The seed with `before`/`after` glued onto raw line index `at`. */
function glue(at: number, before: string, after: string): Noisy {
  const lines = [...seedLines];
  lines[at] = before + lines[at] + after;
  const raw = lines.join('\n');
  return { raw, speech: ingestText(raw, seed.file) };
}

/** The noise removed with `reason`, the speech untouched. */
function expectRemoved(n: Noisy, reason: string, text: string): void {
  const hit = n.speech.removed.find((r) => r.text.includes(text) || text.includes(r.text));
  expect(hit, `${text} removed`).toBeDefined();
  expect(hit!.reason).toBe(reason);
  // The reported line holds the removed text as written.
  expect(n.raw.split('\n')[hit!.line - 1]).toContain(hit!.text);
  expect(cleanedText(n.speech)).not.toContain(text.replace(/\s+/g, ''));
  expectSpeechKept(n, !WEB_PAGE.has(reason));
}

const body = (s: Speech): string => s.blocks.map((b) => b.text).join('\n');
const head = (s: Speech): string => JSON.stringify([s.title, s.speaker, s.date, (s.header ?? []).map((h) => [h.role, h.text])]);

/**
 * Every sentence of the raw text is kept or reported, and the speech paragraphs are the
 * clean seed's. `header`: the title, speaker and dateline too (see the known bug below for
 * the rules that mark the file as a web page).
 */
function expectSpeechKept(n: Noisy, header = true): void {
  expect(lostSentences(n.raw, n.speech)).toEqual([]);
  expect(body(n.speech) === body(seed.speech), "the speech paragraphs are the clean seed's").toBe(true);
  if (header) expect(head(n.speech)).toBe(head(seed.speech));
}

/** Rules whose removal says "this is a web page" (noise.ts WEB_PAGE_REASONS). */
const WEB_PAGE = new Set([
  'copyright-footer',
  'address-footer',
  'icp-footer',
  'page-meta',
  'site-suffix',
  'widget',
  'navigation',
  'related-links',
]);

describe('the seed the noise is added to', () => {
  it('is clean itself: nothing removed but what it holds', () => {
    expect(FIRST_PARAGRAPH).toBeGreaterThan(0);
    expect(seed.speech.title).toBe('在全市第二批主题教育工作推进会上的讲话');
    expect(seed.speech.removed.map((r) => r.reason)).not.toContain('ad');
  });
});

describe('inline noise rules, each reported with its reason', () => {
  const cases: [string, string, (t: string) => Noisy][] = [
    ['source-notice', '素材均收集于网络，如有侵权请告知，转载请注明出处。', (t) => insert(LAST + 1, t)],
    ['source-notice', '原文链接：https://www.example.org/news/2019/11/12345.html', (t) => insert(LAST + 1, t)],
    ['source-notice', '版权归原作者所有，如有侵权请联系删除。', (t) => insert(LAST + 1, t)],
    ['char-count', '全文共5440个字。', (t) => insert(1, t)],
    ['ad', '文章代写:13258028938(同微信)', (t) => glue(LAST, '', t)],
    ['ad', '加微信：gongwen2019', (t) => insert(LAST + 1, t)],
    ['bookmark', '[bookmark: _Toc2417]', (t) => glue(FIRST_PARAGRAPH, t, '')],
    ['copyright-footer', '© Copyright 2001-2020 example.gov.cn All Rights Reserved.', (t) => insert(0, t)],
    ['copyright-footer', '版权所有：中共某某市委组织部', (t) => insert(LAST + 1, t)],
    ['address-footer', '地址:福建省福州市鼓楼区某某路1号 邮编:350001 电话:0591-87654321', (t) => insert(LAST + 1, t)],
    ['icp-footer', '闽ICP备05012345号-1', (t) => insert(LAST + 1, t)],
    ['icp-footer', '闽公网安备35010202000123号', (t) => insert(LAST + 1, t)],
    ['newspaper-page', '《 人民日报 》（ 2019年11月13日 02 版）', (t) => glue(LAST, '', t)],
    ['photo-credit', '新华社记者 李学仁 摄', (t) => insert(LAST + 1, t)],
    ['page-meta', '发布时间：2019年11月13日 15:46      来源：某某日报      编辑：王某', (t) => insert(1, t)],
    ['licence-footer', 'Public domain', (t) => insert(LAST + 1, t)],
  ];
  for (const [reason, text, make] of cases) {
    it(`${reason}: ${text}`, () => expectRemoved(make(text), reason, text));
  }

  it('photo-caption: the dated caption before a news photo credit, the credit by its own rule', () => {
    const caption = '11月12日，全市第二批主题教育工作推进会召开。';
    const n = glue(FIRST_PARAGRAPH, `${caption} 新华社记者 鞠鹏/摄`, '');
    expectRemoved(n, 'photo-caption', caption);
    expect(n.speech.removed.find((r) => r.text.includes('鞠鹏'))?.reason).toBe('photo-credit');
  });

  it('site-suffix: a portal name glued to the title line', () => {
    const lines = [...seedLines];
    const at = lines.findIndex((l) => l.startsWith('工作推进会上的讲话'));
    lines[at] = `${lines[at]}_共产党员网`;
    const raw = lines.join('\n');
    const n = { raw, speech: ingestText(raw, seed.file) };
    expect(n.speech.removed.find((r) => r.text === '_共产党员网')?.reason).toBe('site-suffix');
    expectSpeechKept(n, false);
  });

  it('the ad rule for an account name applies only to a short line: a sentence about WeChat stays', () => {
    const sentence =
      '各地要用好微信公众号等新媒体平台，加微信：dangjian2019 的做法不宜提倡，要把学习资料及时推送到每一名党员手中，确保学习教育全覆盖、无死角，切实提高学习教育的覆盖面和实效性。';
    const n = insert(LAST + 1, sentence);
    expect(n.speech.removed.some((r) => r.reason === 'ad')).toBe(false);
    expect(cleanedText(n.speech)).toContain('dangjian2019');
  });
});

describe('web-page widgets and menus', () => {
  it('widget: a page tool on a line of its own', () => {
    expectRemoved(insert(LAST + 1, '返回顶部'), 'widget', '返回顶部');
  });

  it('navigation: a run of short menu lines with menu words, above the title', () => {
    const menu = ['首页', '时政', '党建', '专题', '理论学习'];
    const n = insert(0, ...menu);
    for (const item of menu) expect(n.speech.removed.find((r) => r.text === item)?.reason, item).toBe('navigation');
    expectSpeechKept(n, false);
  });

  it('a run of short lines without menu words is not a menu (a list of names stays)', () => {
    const names = ['张建国', '李文华', '王志强', '刘晓东', '陈立新'];
    const n = insert(LAST + 1, ...names);
    for (const name of names) expect(n.speech.removed.find((r) => r.text === name)?.reason, name).not.toBe('navigation');
  });

  it('related-links: the titles a 延伸阅读 line announces, up to the next sentence', () => {
    const links = ['全省第二批主题教育推进会议在福州召开', '市委常委会专题研究主题教育工作'];
    const n = insert(LAST + 1, '延伸阅读', ...links);
    expect(n.speech.removed.find((r) => r.text === '延伸阅读')?.reason).toBe('widget');
    for (const l of links) expect(n.speech.removed.find((r) => r.text === l)?.reason, l).toBe('related-links');
    expectSpeechKept(n, false);
  });
});

describe('licence footer block', () => {
  it('licence-footer: from 本作品… near the end, when it names the licence, to the end of the file', () => {
    const block = [
      '本作品来自中华人民共和国政府的公文，依据《中华人民共和国著作权法》第五条，不适用于该法。',
      '这类作品在中国大陆属于公有领域。',
    ];
    const n = insert(seedLines.length, ...block);
    for (const b of block) expect(n.speech.removed.find((r) => r.text === b)?.reason, b).toBe('licence-footer');
    expectSpeechKept(n);
  });

  it('a speech paragraph opening with 本作品 that names no licence stays', () => {
    const line = '本作品集收录了全市各级党组织开展主题教育的典型经验，希望大家认真学习借鉴，结合实际创造性地抓好落实。';
    const n = insert(seedLines.length, line);
    expect(n.speech.removed.some((r) => r.text === line)).toBe(false);
    expect(cleanedText(n.speech)).toContain(line.replace(/\s+/g, ''));
  });
});

// Once one piece of web-page evidence is in the file, chrome.ts removes runs of bare short
// items outside the body as `menu`; the title written over two lines and the speaker's name
// line above the dateline are such a run, but they are the head directly above the body.
describe("a title over two lines and the speaker's name survive the evidence that the file is a web page", () => {
  const evidence: [string, () => Noisy][] = [
    ['a 返回顶部 widget after the speech', () => insert(seedLines.length, '返回顶部')],
    ['an ICP footer after the speech', () => insert(seedLines.length, '闽ICP备05012345号-1')],
    ['a publication line above the title', () => insert(1, '发布时间：2019年11月13日 15:46      来源：某某日报      编辑：王某')],
  ];
  for (const [what, make] of evidence) {
    it(what, () => {
      const n = make();
      expect(n.speech.title).toBe('在全市第二批主题教育工作推进会上的讲话');
      expect(n.speech.speaker).toBe('龚夏梅');
      expect(n.speech.removed.filter((r) => r.reason === 'menu')).toEqual([]);
    });
  }

  it('a menu written one item a line above the head still goes, the head stays', () => {
    const menu = ['首页', '新闻中心', '领导讲话', '通知公告'];
    const raw = [...menu, ...seedLines, '返回顶部'].join('\n');
    const n = { raw, speech: ingestText(raw, seed.file) };
    expect(n.speech.title).toBe('在全市第二批主题教育工作推进会上的讲话');
    expect(n.speech.speaker).toBe('龚夏梅');
    expect(n.speech.removed.filter((r) => r.reason === 'menu').map((r) => r.text)).toEqual(menu);
  });
});
