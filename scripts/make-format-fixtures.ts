/**
 * `node scripts/make-format-fixtures.ts` — remakes the small real files of each
 * input format under tests/fixtures/formats/, from the bundled seeds in
 * content/raw/ (text we own), with real libraries:
 *
 *   speech.html       a page saved from a browser: navigation, breadcrumbs, share
 *                     widgets, related links and a footer around seed 000 (UTF-8)
 *   speech-gbk.html   the same page saved as GBK, charset declared in a meta tag
 *   no-article.html   a site's index page: menus and links, no article
 *   speech.docx       seed 001 written with the `docx` package: Word headings whose
 *                     numbers (一、二、) come from Word's list numbering, not the text;
 *                     core properties title / creator / created
 *   corrupt.docx      the same file cut short
 *   speech.pdf        part of seed 001 printed by Debian's Chromium (playwright-core): a small page (80 × 110 mm),
 *                     several pages, a running header (the title) and page numbers
 *                     (第 N 页 共 M 页), first-line indents, `一、 ` headings
 *   scanned.pdf       a page holding only an image of text (no text layer)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { chromium } from 'playwright-core';

const OUT = 'tests/fixtures/formats';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
mkdirSync(OUT, { recursive: true });

const seedLines = (name: string): string[] =>
  readFileSync(join('content/raw', name), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---- HTML: seed 000, its header and first parts, inside a government-site page shape.
const s0 = seedLines('000_eabcec9b51e7eda6.txt');
const title0 = s0[0]! + s0[1]!; // the title is broken over two lines in the seed
const speaker0 = s0[2]!;
const dateline0 = s0[3]!;
const body0 = s0.slice(4, 14);
const heading0 = (t: string): boolean => /^第[一二三四五六七八九十]+，/.test(t) && t.length < 60;

function savedPage(charset: string): string {
  const paras = body0
    .map((t) => (heading0(t) ? `<p><strong>${esc(t)}</strong></p>` : `<p style="text-indent:2em">${esc(t)}</p>`))
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${esc(title0)}_领导讲话_江北市党建网</title>
<meta name="keywords" content="主题教育,推进会,讲话">
<meta name="author" content="江北市委组织部">
<meta name="PubDate" content="2019-11-13 09:30">
<meta property="og:title" content="${esc(title0)}">
<meta property="og:site_name" content="江北市党建网">
<meta property="og:url" content="http://www.jbdj.example.cn/ldjh/201911/t20191113_4521.html">
<meta property="article:published_time" content="2019-11-13T09:30:00+08:00">
<link rel="canonical" href="http://www.jbdj.example.cn/ldjh/201911/t20191113_4521.html">
<link rel="stylesheet" href="../css/style.css">
</head>
<body>
<div class="top"><span>今天是：2019年11月13日 星期三</span><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a></div>
<div class="header"><a href="/"><img src="../images/logo.png" alt="江北市党建网"></a>
<form class="search"><input type="text" name="q" value="请输入关键字"><button>搜索</button></form></div>
<ul class="nav">
<li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/ldjh/">领导讲话</a></li>
<li><a href="/djgz/">党建工作</a></li><li><a href="/ztjy/">主题教育</a></li><li><a href="/zcfg/">政策法规</a></li>
<li><a href="/xxyd/">学习园地</a></li><li><a href="/hdjl/">互动交流</a></li>
</ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/ldjh/">领导讲话</a> &gt; 正文</div>
<div class="main">
<div class="article">
<h1>${esc(title0)}</h1>
<div class="info">发布时间：2019-11-13 09:30　来源：江北市委组织部　浏览次数：<span id="hits">1287</span>
<span class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="content" id="zoom">
<p style="text-align:center">${esc(speaker0)}</p>
<p style="text-align:center">${esc(dateline0)}</p>
${paras}
</div>
<div class="editor">（责任编辑：王小明）</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="qr">扫一扫在手机打开当前页</div>
<div class="prevnext"><p>上一篇：<a href="#">市委召开常委会议研究部署近期重点工作</a></p><p>下一篇：<a href="#">全市组织工作会议召开</a></p></div>
</div>
<div class="side"><h3>相关推荐</h3><ul>
<li><a href="#">在全市主题教育总结大会上的讲话</a></li>
<li><a href="#">扎实推进第二批主题教育</a></li>
<li><a href="#">主题教育专题民主生活会召开</a></li>
</ul></div>
</div>
<div class="footer"><p>主办：中共江北市委组织部　承办：江北市党员教育中心</p>
<p>版权所有：江北市党建网　地址：江北市人民路1号　邮编：100000　ICP备12345678号</p></div>
</body>
</html>
`;
}
writeFileSync(join(OUT, 'speech.html'), savedPage('utf-8'));
writeFileSync(join(OUT, 'speech-gbk.html'), iconv.encode(savedPage('gb2312'), 'gbk'));
writeFileSync(
  join(OUT, 'no-article.html'),
  `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>江北市党建网</title></head>
<body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/ldjh/">领导讲话</a></li><li><a href="/djgz/">党建工作</a></li></ul>
<div class="list"><h2>领导讲话</h2><ul>
<li><a href="a.html">${esc(title0)}</a> 2019-11-13</li>
<li><a href="b.html">在全市主题教育总结大会上的讲话</a> 2019-11-02</li>
<li><a href="c.html">在市委理论学习中心组学习会上的讲话</a> 2019-10-21</li>
</ul></div>
<div class="footer">版权所有：江北市党建网　ICP备12345678号</div>
</body></html>
`,
);

// ---- Word and PDF: seed 001, whose parts are numbered 一、二、 (site noise at the end left out).
const s1 = seedLines('001_96dd786780a8f525.txt');
const end1 = s1.findIndex((l) => /^全文共/.test(l));
const title1 = s1[0]!;
const body1 = s1.slice(1, end1 === -1 ? undefined : end1);
const PART = /^([一二三四五六七八九十]+)、(.+)$/;

const docxParas: Paragraph[] = [
  new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(title1)] }),
  ...body1.map((t) => {
    const m = PART.exec(t);
    // The number is Word's (numbering level 0, format 一、), not part of the text runs.
    if (m)
      return new Paragraph({
        heading: HeadingLevel.HEADING_1,
        numbering: { reference: 'parts', level: 0 },
        children: [new TextRun(m[2]!)],
      });
    return new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(t)] });
  }),
];
const doc = new Document({
  title: title1,
  creator: '市委办公室',
  description: 'fixture made by scripts/make-format-fixtures.ts',
  numbering: {
    config: [
      {
        reference: 'parts',
        levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT }],
      },
    ],
  },
  sections: [{ children: docxParas }],
});
const docxBytes = await Packer.toBuffer(doc);
writeFileSync(join(OUT, 'speech.docx'), docxBytes);
writeFileSync(join(OUT, 'corrupt.docx'), docxBytes.subarray(0, Math.floor(docxBytes.length / 3)));

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  // Fonts dominate the file (CJK glyphs, about 0.8 KB each): print the opening, the first
  // sentences of the first two parts and their headings, on small pages.
  const pdfBody: string[] = [];
  let parts = 0;
  let under = 0;
  for (const t of body1) {
    if (PART.test(t)) {
      if (++parts > 2) break;
      pdfBody.push(t);
      under = 0;
      continue;
    }
    if (pdfBody.length >= 2 && parts === 0) continue; // 同志们 and the opening paragraph
    if (parts && under++ >= 1) continue;
    pdfBody.push(
      parts
        ? t
            .split(/(?<=[。])/)
            .slice(0, 2)
            .join('')
        : t,
    );
  }
  const printed = pdfBody
    .map((t) => {
      const m = PART.exec(t);
      // As many PDFs set it: the marker, then a space, then the heading.
      return m ? `<h2>${m[1]}、 ${esc(m[2]!)}</h2>` : `<p>${esc(t)}</p>`;
    })
    .join('\n');
  await page.setContent(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title1)}</title>
<style>
body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 18px; line-height: 1.7; margin: 0; }
h1 { font-size: 20px; font-weight: normal; text-align: center; margin: 0 0 1em; }
h2 { font-size: 17px; font-weight: normal; margin: .6em 0; }
p { text-indent: 2em; margin: 0; text-align: justify; }
</style></head><body><h1>${esc(title1)}</h1>${printed}</body></html>`);
  const pdf = await page.pdf({
    width: '80mm',
    height: '110mm',
    margin: { top: '16mm', bottom: '14mm', left: '10mm', right: '10mm' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="font-family:'Noto Sans CJK SC';font-size:8px;width:100%;text-align:center;color:#555">${esc(title1)}</div>`,
    footerTemplate: `<div style="font-family:'Noto Sans CJK SC';font-size:8px;width:100%;text-align:center">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>`,
  });
  writeFileSync(join(OUT, 'speech.pdf'), pdf);

  // A scan: the first lines of the speech as a picture, printed with no text.
  const shot = await page.locator('h1').screenshot({ type: 'jpeg', quality: 60 });
  await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>scan</title></head><body style="margin:0">
<img style="width:100%" src="data:image/jpeg;base64,${shot.toString('base64')}"></body></html>`);
  writeFileSync(join(OUT, 'scanned.pdf'), await page.pdf({ format: 'A5' }));
} finally {
  await browser.close();
}
console.log(`wrote the format fixtures to ${OUT}/`);
