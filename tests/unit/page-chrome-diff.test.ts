// What an HTML page's article extractor left out (src/lib/ingest/formats/article-chrome.ts
// diffChrome): the page's visible lines matched in order to the article's lines. A line the
// extractor made of several page lines is not chrome; text around an article line on one
// page line is; a site's summary copy of the opening paragraph is reported once, not the
// speech. The speech lines are real (seed 000, content/raw/).
import { describe, expect, it } from 'vitest';
import { diffChrome } from '../../src/lib/ingest/formats/article-chrome.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

const blocks = loadSeed('000').speech.blocks.map((b) => b.text);
const [hello, first, second] = [blocks[0]!, blocks[1]!, blocks[2]!];
const TITLE = '在全市第二批主题教育工作推进会上的讲话';

describe('diffChrome', () => {
  it('menus and footers around the article are chrome, each before the article line it stood before', () => {
    const page = ['首页 | 新闻 | 党建', TITLE, hello, first, second, '网站地图 | 联系我们'];
    expect(diffChrome(page, [TITLE, hello, first, second])).toEqual([
      { text: '首页 | 新闻 | 党建', line: 1 },
      { text: '网站地图 | 联系我们', line: 5 },
    ]);
  });

  it('a title the page printed over two lines, joined by the extractor, is not chrome', () => {
    const page = ['在全市第二批主题教育', '工作推进会上的讲话', hello, first];
    expect(diffChrome(page, [TITLE, hello, first])).toEqual([]);
  });

  it('a paragraph the page broke over lines, in order, is not chrome; out of order it is', () => {
    const half = first.length >> 1;
    expect(diffChrome([TITLE, first.slice(0, half), first.slice(half)], [TITLE, first])).toEqual([]);
    const swapped = diffChrome([TITLE, first.slice(half), first.slice(0, half)], [TITLE, first]);
    expect(swapped.length).toBeGreaterThan(0);
  });

  it('text glued around an article line on one page line: only that text is chrome', () => {
    expect(diffChrome([`【字体：大 中 小】${TITLE}`, hello, first], [TITLE, hello, first])).toEqual([
      { text: '【字体：大中小】', line: 1 },
    ]);
    expect(diffChrome([TITLE, `${first}（责任编辑：王某）`], [TITLE, first])).toEqual([{ text: '（责任编辑：王某）', line: 2 }]);
  });

  it('a summary copy of the opening paragraph above it is reported once, the paragraph itself kept', () => {
    const page = [TITLE, first, hello, first, second];
    const out = diffChrome(page, [TITLE, hello, first, second]);
    expect(out.map((c) => c.text)).toEqual([first]);
  });
});
