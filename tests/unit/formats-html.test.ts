// Saved web pages: the article and nothing else as lines, everything else reported, the page's own metadata kept.
import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { readHtml } from '../../src/lib/ingest/formats/html.ts';
import { diffChrome } from '../../src/lib/ingest/formats/article-chrome.ts';
import { blockLines, type DomNode } from '../../src/lib/ingest/formats/blocks.ts';
import { pageDate } from '../../src/lib/ingest/formats/page-date.ts';
import { ingestFile } from '../../src/lib/ingest/ingest-file.ts';
import { parseHTML } from 'linkedom';
import { fixture, refusal, seedLines } from './formats-helpers.ts';

const seed = seedLines('000_eabcec9b51e7eda6.txt');
const title = seed[0]! + seed[1]!;
const squash = (s: string) => s.replace(/\s+/g, '');

describe('readHtml on a saved government-site page', () => {
  const read = readHtml(fixture('speech.html'), 'speech.html');
  const lines = read.text.split('\n');

  test('gives the title, byline, dateline and every paragraph of the speech as lines, in order', () => {
    expect(lines[0]).toBe(title);
    expect(lines.slice(1, 3)).toEqual([seed[2], seed[3]]);
    expect(lines.slice(3)).toEqual(seed.slice(4, 14));
  });

  test('reports every other visible line of the page as html-chrome, none lost', () => {
    const removed = read.notes.removed;
    expect(removed.every((r) => r.reason === 'html-chrome')).toBe(true);
    for (const chrome of [
      '当前位置：首页 > 领导讲话 > 正文',
      '分享到：微信 微博 QQ空间',
      '【打印本页】【关闭窗口】',
      '扫一扫在手机打开当前页',
      '相关推荐',
      '主题教育',
    ]) {
      expect(
        removed.map((r) => r.text),
        chrome,
      ).toContain(chrome);
    }
    expect(removed.some((r) => r.text.startsWith('版权所有'))).toBe(true);
    // Every visible line of the page is in the text or in the report.
    const { document } = parseHTML(new TextDecoder().decode(fixture('speech.html')));
    const page = blockLines(document.body as unknown as DomNode).map((l) => squash(l.text));
    const accounted = squash(read.text + removed.map((r) => r.text).join(''));
    for (const l of page) expect(accounted, l).toContain(l);
    // Chrome before the article is reported at line 1, after it past the last line.
    expect(removed.find((r) => r.text === '相关推荐')!.line).toBe(lines.length + 1);
    expect(removed.find((r) => r.text.startsWith('当前位置'))!.line).toBe(1);
  });

  test("keeps the page's own metadata as page facts", () => {
    expect(read.page).toEqual({
      format: 'html',
      title,
      author: '江北市委组织部',
      published: '2019-11-13',
      publisher: '江北市党建网',
      url: 'http://www.jbdj.example.cn/ldjh/201911/t20191113_4521.html',
    });
  });

  test('reads the same page saved as GBK (charset in a meta tag), and a page whose meta charset is wrong', () => {
    expect(readHtml(fixture('speech-gbk.html'), 'speech-gbk.html').text).toBe(read.text);
    const lying = new TextDecoder().decode(fixture('speech.html')).replace('charset=utf-8', 'charset=gb2312');
    expect(readHtml(new TextEncoder().encode(lying), 'lying.html').text).toBe(read.text);
    const big5 = iconv.encode(
      new TextDecoder().decode(fixture('speech.html')).replace('charset=utf-8', 'charset=big5').replace(/讲话/g, '講話'),
      'big5',
    );
    expect(readHtml(big5, 'big5.html').text).toContain('講話');
  });

  test('goes through the same ingest as a .txt: title, speaker, date read; chrome in the report, not on the page', () => {
    return ingestFile(fixture('speech.html'), 'speech.html').then((speech) => {
      expect(speech.title).toBe(title);
      expect(speech.speaker).toBe(seed[2]);
      expect(speech.date).toBe('2019-11-12');
      const shown = speech.blocks.map((b) => b.text).join('\n');
      expect(shown).not.toContain('当前位置');
      expect(shown).not.toContain('版权所有');
      expect(speech.removed.filter((r) => r.reason === 'html-chrome').length).toBe(read.notes.removed.length);
    });
  });
});

describe('a 范文-site page of divs and <br>s, the title in a div', () => {
  const s002 = seedLines('002_511e2be2b8386667.txt');
  const t = '在全市教育实践活动汇报会上的讲话';
  const html = `<html><head><meta charset="utf-8"><title>${t} - 范文大全 - 某某文库网</title></head><body>
<div class="topbar">您好，请 <a>登录</a> | <a>注册</a> | 会员中心</div>
<div class="nav"><a>首页</a> <a>工作总结</a> <a>致辞讲话</a> <a>心得体会</a></div>
<div class="position">某某文库网 > 实用范文 > 致辞讲话 > </div>
<div class="title">${t}</div>
<div class="info">更新时间：2021-03-16 作者：网友投稿 点击数：2045</div>
<div class="content">${s002
    .slice(0, 12)
    .map((l) => `&nbsp;&nbsp;${l}`)
    .join('<br>\n')}<br>---此处隐藏3111字---<br><a>免费试读</a> 阅读全部请先登录</div>
<div class="related">相关推荐：<a>在全市教育工作会议上的讲话</a></div>
<div class="foot">Copyright © 2021 某某文库网 All Rights Reserved</div></body></html>`;
  const read = readHtml(new TextEncoder().encode(html), 'fanwen.html');
  const lines = read.text.split('\n');

  test('keeps the title line and every speech line in order; each other line is in the text or the report', () => {
    const at = lines.indexOf(t);
    expect(at).toBeGreaterThanOrEqual(0);
    const speech = s002.slice(0, 12);
    const start = lines.indexOf(speech[0]!);
    expect(start).toBeGreaterThan(at);
    expect(lines.slice(start, start + 12)).toEqual(speech);
    const { document } = parseHTML(html);
    const accounted = squash(read.text + read.notes.removed.map((r) => r.text).join(''));
    for (const l of blockLines(document.body as unknown as DomNode)) expect(accounted, l.text).toContain(squash(l.text));
  });

  test('reads the date of the visible info line when the head has none', () => {
    expect(read.page.published).toBe('2021-03-16');
  });
});

describe('a WeChat article saved as HTML (its text hidden until a script shows it)', () => {
  test('reads the article all the same, title first; the account line and QR prompt are reported', () => {
    const s002 = seedLines('002_511e2be2b8386667.txt');
    const t = '在全市教育实践活动汇报会上的讲话';
    const html = `<html><head><meta charset="utf-8"><title>${t}</title></head><body><div id="page-content">
<h1 class="rich_media_title" id="activity-name">${t}</h1>
<div id="meta_content"><span id="js_name">某某党建</span> <em id="publish_time">2021-03-16 08:00</em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">${s002
      .slice(0, 10)
      .map((l) => `<p><span>${l}</span></p>`)
      .join('')}</div>
<div id="js_pc_qr_code">微信扫一扫关注该公众号</div></div></body></html>`;
    const read = readHtml(new TextEncoder().encode(html), 'wechat.html');
    expect(read.text.split('\n')).toEqual([t, ...s002.slice(0, 10)]);
    expect(read.notes.removed.map((r) => r.text)).toEqual(['某某党建 2021-03-16 08:00', '微信扫一扫关注该公众号']);
  });
});

describe('an old table-layout county page in GBK, the title in bold in a cell, <title> only the site name', () => {
  // Seed 003's speech (its site footer left out), one paragraph a <br><br>.
  const s003 = seedLines('003_e002b0ce2bbb9196.txt').slice(2);
  const t = '在全市“两学一做”学习教育工作督办会上的讲话';
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>某县人民政府网</title></head><body>
<table width="980"><tr><td><img src="logo.gif"></td><td><a>首页</a> | <a>政务公开</a> | <a>领导之窗</a></td></tr></table>
<table width="980"><tr><td width="200" valign="top"><table><tr><td><a>县委书记</a></td></tr><tr><td><a>县长</a></td></tr></table></td>
<td valign="top"><table width="100%"><tr><td align="center"><font size="4"><b>${t}</b></font></td></tr>
<tr><td align="center">发布日期：2016-07-21　　来源：县委办　　【<a>打印</a>】【<a>关闭</a>】</td></tr>
<tr><td class="content">${s003.map((l) => `　　${l}`).join('<br><br>')}</td></tr></table></td></tr></table>
<table><tr><td align="center">版权所有 某县人民政府 技术支持：某某网络公司</td></tr></table></body></html>`;
  const read = readHtml(iconv.encode(html, 'gbk'), 'county.html');

  test('gives the bold title line first, then the speech; menus, info line and footer are reported', () => {
    expect(read.text.split('\n')).toEqual([t, ...s003]);
    expect(read.notes.removed.map((r) => r.text)).toEqual(
      expect.arrayContaining(['县委书记', '发布日期：2016-07-21　　来源：县委办　　【打印】【关闭】']),
    );
    expect(read.page).toMatchObject({ title: '某县人民政府网', published: '2016-07-21', publisher: '县委办' });
  });
});

describe('pages that are not a speech', () => {
  test('a page with only menus and links is refused, naming the file and what to do', async () => {
    const err = await refusal(() => readHtml(fixture('no-article.html'), 'no-article.html'));
    expect(err.message).toMatch(/^no-article\.html: .*no article/);
    expect(err.hint).toMatch(/\.txt/);
  });

  test('a short greeting is still a speech, not "no article"', () => {
    const html = `<html><head><meta charset="utf-8"><title>新春致辞</title></head><body><div class="nav"><a>首页</a> <a>通知公告</a></div>
<div class="article"><h1>新春致辞</h1><p>同志们、朋友们：</p><p>值此新春佳节来临之际，我谨代表市委、市政府，向全市广大干部群众致以新春的祝福！</p><p>祝大家新春愉快、阖家幸福！</p></div>
<div class="foot">版权所有</div></body></html>`;
    const read = readHtml(new TextEncoder().encode(html), 'greeting.html');
    expect(read.text.split('\n')).toEqual([
      '新春致辞',
      '同志们、朋友们：',
      '值此新春佳节来临之际，我谨代表市委、市政府，向全市广大干部群众致以新春的祝福！',
      '祝大家新春愉快、阖家幸福！',
    ]);
  });

  test('a PDF saved with an .html name is refused as a PDF', async () => {
    const err = await refusal(() => readHtml(fixture('speech.pdf'), 'report.html'));
    expect(err.message).toMatch(/PDF/);
  });
});

describe('diffChrome', () => {
  test('a summary copy of the opening paragraph is reported once; the speech is kept', () => {
    const article = ['标题', '同志们：', '今天我们召开会议，主要任务是部署工作。'];
    const page = [
      '首页 | 新闻',
      '今天我们召开会议，主要任务是部署工作。',
      '标题',
      '同志们：',
      '今天我们召开会议，主要任务是部署工作。',
      '版权所有',
    ];
    const out = diffChrome(page, article);
    expect(out.map((o) => o.text)).toEqual(['首页 | 新闻', '今天我们召开会议，主要任务是部署工作。', '版权所有']);
  });

  test('a page line holding an article line with a widget glued on reports the widget only', () => {
    expect(diffChrome(['同志们：今天开会。【打印本页】'], ['同志们：今天开会。'])).toEqual([{ text: '【打印本页】', line: 1 }]);
  });

  test('a short menu item that happens to occur inside a paragraph is still reported', () => {
    const out = diffChrome(['主题教育', '推进主题教育走深走实。'], ['推进主题教育走深走实。']);
    expect(out.map((o) => o.text)).toEqual(['主题教育']);
  });
});

describe('blockLines', () => {
  test('one line per block and per <br>; inline markup, scripts and hidden text handled', () => {
    const { document } = parseHTML(
      '<html><body><div>第一段<br>第二段<strong>加粗</strong></div><p>  第三段\n 续 </p><script>var x=1</script><p hidden>隐藏</p><ul><li>一项</li><li>二项</li></ul></body></html>',
    );
    expect(blockLines(document.body as unknown as DomNode).map((l) => l.text)).toEqual([
      '第一段',
      '第二段加粗',
      '第三段 续',
      '一项',
      '二项',
    ]);
  });
});

describe('pageDate', () => {
  test.each([
    ['2019-11-13T09:30:00+08:00', '2019-11-13'],
    ['2019-11-13 09:30', '2019-11-13'],
    ['2019/1/3', '2019-01-03'],
    ['2019年11月13日', '2019-11-13'],
    ["D:20191113093000+08'00'", '2019-11-13'],
    ['20191113', '2019-11-13'],
    ['2019-02-30', undefined],
    ['昨天', undefined],
  ])('%s → %s', (input, out) => expect(pageDate(input)).toBe(out));
});
