/**
 * Site noise: text that came with a copy of the speech but is not the speech
 * (copyright and address footers, ads, source notices, word counts, editor
 * bookmarks, web-page menus and widgets). Every removal is reported with its
 * exact text and raw line; nothing here is silent.
 *
 * Rules are conservative: each pattern names something no speech says
 * (`全文共5440个字。`, `京ICP备…号`, `文章代写:…(同微信)`), and when noise is
 * glued to speech text on the same line only the noise part is cut.
 * Menu detection needs a run of several very short lines, which speech text
 * (even a title block or a speaker line) does not produce.
 */
import { removeChrome } from './chrome.ts';
import { brokenLicenceFooter } from './licence-footer.ts';
import { len } from './line-features.ts';
import { foldTraditional } from './traditional.ts';
import type { Removal, Repair } from './types.ts';

export interface Line {
  text: string;
  /** 1-based raw line. */
  line: number;
}

interface Rule {
  reason: string;
  /** Matches only the noise; must be global. */
  pattern: RegExp;
  /** Apply only when the whole (trimmed) line is at most this long. */
  maxLineLength?: number;
}

/** Inline rules, applied anywhere in a line. Order matters: longer notices first. */
export const INLINE_RULES: readonly Rule[] = [
  // Seed 001's end: a repost notice with the source URL.
  { reason: 'source-notice', pattern: /素材均收集于网络.*?(?:转载请注明出处[。.]?|$)/g },
  {
    reason: 'source-notice',
    pattern: /(?:原文链接|本文链接|原文地址)[:：]\s*https?:\/\/[A-Za-z0-9\-._~:/?#@!$&'*+=%]+(?:[,，]?\s*转载请注明出处[。.]?)?/g,
  },
  { reason: 'source-notice', pattern: /(?:版权归原作者所有|如有侵权[，,]?请联系(?:我们|本站)?删除)[^。！!\n]{0,40}[。！!]?/g },
  // Seed 001: `全文共5440个字。`
  { reason: 'char-count', pattern: /全文共\s*\d+\s*个?字[。.]?/g },
  // Seed 002's end: `文章代写:13258028938(同微信)`.
  {
    reason: 'ad',
    pattern: /(?:文章|材料|公文|讲话稿)?代写(?:服务)?[:：]?\s*(?:微信|QQ|电话|手机)?[:：]?\s*1\d{10}\s*(?:[（(]同微信[）)])?/g,
  },
  { reason: 'ad', pattern: /(?:加微信|微信号|微信同号|QQ号?)[:：]\s*[A-Za-z0-9_-]{5,20}\s*(?:[（(]同微信[）)])?/g, maxLineLength: 40 },
  // Seed 000: a Word bookmark exported as text.
  { reason: 'bookmark', pattern: /\[bookmark:[^\]\n]*\]/g },
  // Seed 003's first line; any `© … All Rights Reserved` footer, to line end.
  { reason: 'copyright-footer', pattern: /(?:©|\(c\)\s*\d{4}|Copyright\b|All Rights Reserved).*$/gi, maxLineLength: 200 },
  { reason: 'copyright-footer', pattern: /^.{0,30}版权所有.{0,30}$/g },
  // Seed 003's second line: `地址:… 邮编:350101 电话:0591-62098082`.
  // Address + postcode + phone on one line is a site footer; an address with a
  // postcode alone is often real content (where to send an application).
  {
    reason: 'address-footer',
    pattern: /(?:单位)?地址[:：][^\n]{2,80}?(?:邮编|邮政编码)[:：]?\s*\d{6}[，,\s]*(?:联系)?电话[:：]?\s*[\d\-－ ]{7,20}\d/g,
  },
  { reason: 'icp-footer', pattern: /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP[备证]\s*\d+号(?:-\d+)?/g },
  { reason: 'icp-footer', pattern: /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]公网安备\s*\d+号/g },
  // people.cn: `《 人民日报 》（ 2020年01月18日 02 版）` glued after the last paragraph.
  { reason: 'newspaper-page', pattern: /《\s*人民日报\s*》\s*[（(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}\s*版\s*[）)]/g },
  // xinhua: `新华社记者 李学仁 摄` photo credits glued into the text.
  { reason: 'photo-credit', pattern: /新华社(?:发|记者)\s*(?:[\p{Script=Han}]{2,4}\s*[、，]?\s*){1,3}\/?\s*摄/gu },
  // 12371: the page <title> suffix.
  { reason: 'site-suffix', pattern: /_(?:共产党员网|新华网|人民网|中国政府网)$/g },
  // 12371: `发布时间：2018年11月17日 15:46      来源：新华社      编辑：白世康`.
  { reason: 'page-meta', pattern: /^发布时间[:：]\s*\d{4}[-年].*$/g, maxLineLength: 120 },
  // Layout entities of text copied from a page's source (`&nbsp;&nbsp;`): spacing, not text.
  { reason: 'html-entity', pattern: /(?:&nbsp;?|&#160;)+/g },
  // A social account glued to the end of a short line (`（2019年9月27日）@新华视点`).
  { reason: 'social-handle', pattern: /\s*@[\p{Script=Han}A-Za-z0-9_-]{2,20}$/gu, maxLineLength: 40 },
  // Wikisource licence template words on their own line.
  { reason: 'licence-footer', pattern: /^(?:Public domain|false|版权失效模板)$/g },
];

/** Whole lines that are web-page widgets (12371, news sites). */
export const WIDGET_LINES: ReadonlySet<string> = new Set([
  '分享',
  '打印',
  '纠错',
  '微信扫一扫',
  '×',
  '收听本文',
  '00:00/00:00',
  '点击观看视频',
  '[点击观看视频]',
  '手机版',
  '欢迎使用手机浏览',
  '组工软件下载',
  '用户中心',
  '我的投稿',
  '我的问答',
  '我的自测',
  '我的留言',
  '关于我们',
  '联系我们',
  '网站地图',
  '有奖调查',
  '共产党员网首页',
  '网站首页',
  '共产党员网',
  '热搜',
  '最新',
  '返回顶部',
  '打印本页',
  '关闭窗口',
  '【打印】',
  '【关闭】',
  '【纠错】',
  '扫一扫',
  '分享到：',
  '延伸阅读',
  '进入“学习平台”了解更多',
]);

/**
 * Menu words seen on news and party sites. A run of short lines is only a
 * menu when some of its lines are such words: policy documents have runs of
 * short real lines too (table cells, chart labels), which must stay.
 */
export const MENU_WORDS: ReadonlySet<string> = new Set([
  '首页',
  '网站首页',
  '新闻',
  '要闻',
  '时政',
  '党建',
  '学习',
  '交流',
  '服务',
  '表彰',
  '专题',
  '视频',
  '图片',
  '评论',
  '登录',
  '注册',
  '搜索',
  '更多',
  '返回',
  '上一篇',
  '下一篇',
  '客户端',
  '订阅',
  'English',
  '思想理论',
  '党章党规',
  '党的历史',
  '先进典型',
  '示范培训',
  '观摩交流',
  '课件资源',
  '专题课件',
  '党务问答',
  '先锋文汇',
  '组织工作',
  '人事任免',
  '党建研究',
  '党员教育',
  '宪法法律',
  '文件汇编',
  '视听课件',
  '课件下载',
  '支部生活',
  '党务知识',
  '知识自测',
  '最新发布',
  '最新',
  '热搜',
  '《同学》',
]);
const MENU_EVIDENCE = 2;

/** A section number alone on its line (`一`, `十二`): the speech's own heading, never a menu item. */
export const SECTION_NUMERAL = /^[一二三四五六七八九十]{1,3}$/u;

/** A line short and bare enough to be a menu item. */
function isMenuLike(t: string): boolean {
  return t.length > 0 && len(t) <= 8 && !/[，。；：！？、,;:!?（）()“”《》]/.test(t) && !SECTION_NUMERAL.test(t);
}

const MENU_RUN = 5;

/** A news photo's credit: `新华社记者 鞠鹏/摄`, `新华社发 （李学仁 摄）`. */
const PHOTO_CREDIT = /新华社(?:发|记者)\s*(?:[\p{Script=Han}]{2,4}\s*[、，]?\s*){1,3}\/?\s*摄/gu;
/** A caption opens with the day the photo was taken. */
const CAPTION_START = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/;

/**
 * The caption of a news photo glued into the text before its credit
 * (`…座谈会并发表重要讲话。 新华社记者 鞠鹏/摄第一，…`): from the nearest
 * sentence before the credit that opens with a date (at most three sentences
 * and 250 characters back) to the credit. The credit itself is left to the
 * photo-credit rule. Returns the line without the caption.
 */
export function cutCaption(text: string, report: (caption: string) => void): string {
  let out = text;
  const found: string[] = [];
  for (const m of [...text.matchAll(PHOTO_CREDIT)].reverse()) {
    const end = m.index;
    const before = out.slice(Math.max(0, end - 250), end);
    const offset = end - before.length;
    // Sentence starts in the window: after 。！？ (and spaces), or after a run of spaces.
    const starts = [0, ...[...before.matchAll(/[。！？]\s*|\s{2,}|\u3000+/gu)].map((x) => x.index + x[0].length)].filter(
      (k) => k < before.length,
    );
    const recent = starts.slice(-3);
    const at = recent.find((k) => CAPTION_START.test(before.slice(k)));
    if (at === undefined || (at === 0 && offset > 0)) continue;
    const caption = before.slice(at);
    if (!caption.trim()) continue;
    found.unshift(caption.trim());
    out = out.slice(0, offset + at) + out.slice(offset + at).replace(caption, caption.match(/\s*$/)![0]);
  }
  // Reported in reading order, so that each report is the first occurrence of its text left on the line.
  for (const c of found) report(c);
  return out;
}

/** Removals only a web page has: evidence that lines around the body are a site's. */
const WEB_PAGE_REASONS: ReadonlySet<string> = new Set([
  'navigation',
  'widget',
  'page-meta',
  'icp-footer',
  'site-suffix',
  'related-links',
  'copyright-footer',
  'address-footer',
]);

/** The texts of the lines being cleaned and the removals so far: what each step below works on. */
interface Pass {
  readonly lines: readonly Line[];
  /** Current text of each line ('' once dropped). */
  readonly texts: string[];
  readonly removed: Removal[];
}

/** Drops line `i` whole, reporting its text under `reason`. */
function drop(p: Pass, i: number, reason: string): void {
  const t = p.texts[i] ?? '';
  if (t.trim()) p.removed.push({ reason, text: t.trim(), line: p.lines[i]!.line });
  p.texts[i] = '';
}

/** Step 1: inline rules, line by line; a photo's caption first, while its credit still marks where it ends. */
function cutInlineNoise(p: Pass): void {
  for (let i = 0; i < p.texts.length; i++) {
    const line = p.lines[i]!.line;
    let t = cutCaption(p.texts[i] ?? '', (caption) => p.removed.push({ reason: 'photo-caption', text: caption, line }));
    // Matched on the text folded to simplified characters (same length), so that a traditional
    // page's footer (`版權所有`) is the same shape; what is cut is the text as written.
    let f = foldTraditional(t);
    for (const rule of INLINE_RULES) {
      if (rule.maxLineLength !== undefined && [...t.trim()].length > rule.maxLineLength) continue;
      let out = '';
      let outFolded = '';
      let from = 0;
      for (const m of f.matchAll(rule.pattern)) {
        if (!m[0].trim()) continue;
        p.removed.push({ reason: rule.reason, text: t.slice(m.index, m.index + m[0].length), line });
        out += t.slice(from, m.index);
        outFolded += f.slice(from, m.index);
        from = m.index + m[0].length;
      }
      if (from === 0) continue;
      t = out + t.slice(from);
      f = outFolded + f.slice(from);
    }
    p.texts[i] = t;
  }
}

/** Step 2: runs of menu-like lines (blank lines do not break a run), then widget lines anywhere. */
function dropMenusAndWidgets(p: Pass): void {
  const nonBlank = p.texts.map((t, i) => [t.trim(), i] as const).filter(([t]) => t);
  for (let a = 0; a < nonBlank.length; ) {
    let b = a;
    while (b < nonBlank.length && (isMenuLike(nonBlank[b]![0]) || MENU_WORDS.has(nonBlank[b]![0]) || WIDGET_LINES.has(nonBlank[b]![0])))
      b++;
    const known = nonBlank.slice(a, b).filter(([t]) => MENU_WORDS.has(t) || WIDGET_LINES.has(t)).length;
    if (b - a >= MENU_RUN && known >= MENU_EVIDENCE) {
      for (let k = a; k < b; k++) {
        const [t, i] = nonBlank[k]!;
        drop(p, i, WIDGET_LINES.has(t) ? 'widget' : 'navigation');
      }
    }
    a = b > a ? b : a + 1;
  }
  for (let i = 0; i < p.texts.length; i++) {
    const t = (p.texts[i] ?? '').trim();
    if (WIDGET_LINES.has(t) && t !== '共产党员网' && t !== '最新' && t !== '热搜') drop(p, i, 'widget');
  }
}

/** Step 3: the link list under a removed 延伸阅读 (further reading): titles without sentence-final marks. */
function dropRelatedLinks(p: Pass): void {
  for (let i = 0; i < p.lines.length; i++) {
    if (!p.removed.some((r) => r.line === p.lines[i]!.line && r.text === '延伸阅读')) continue;
    for (let j = i + 1; j < p.texts.length; j++) {
      const t = (p.texts[j] ?? '').trim();
      if (!t) continue;
      // A link's title may end in ！ or ？ (`…直抒胸臆！`); a sentence of the text ends in 。.
      if (len(t) > 80 || /[。；]$/.test(t)) break;
      drop(p, j, 'related-links');
    }
  }
}

/**
 * Step 4: a Wikisource licence block: from a line starting 本作品 near the end (among the last 40 non-blank lines),
 * when the block names the licence, to the end of the file.
 */
function dropLicenceBlock(p: Pass): void {
  // The block is split at every wiki link, so it runs to many short lines: looked for among the last 40 non-blank lines.
  const nonBlank = p.texts.map((t, i) => [t.trim(), i] as const).filter(([t]) => t);
  for (const [t, i] of nonBlank.slice(-LICENCE_LINES)) {
    if (!/^本作品/.test(t)) continue;
    const rest = p.texts.slice(i).join('\n');
    if (/公有领域|Public domain|著作权法/.test(rest)) {
      for (let j = i; j < p.texts.length; j++) drop(p, j, 'licence-footer');
    }
    break;
  }
  // The same footer broken over short lines, one sentence split at every link (licence-footer.ts).
  for (const i of brokenLicenceFooter(p.texts)) drop(p, i, 'licence-footer');
}
const LICENCE_LINES = 40;

/**
 * Removes noise from `lines` (front matter already cut off). Returns the kept
 * lines (possibly shortened) and the removals. Blank lines are kept as blank.
 * Steps: inline rules › menus and widgets › further-reading lists › a licence
 * block › page chrome found by structure (chrome.ts).
 */
export function removeNoise(lines: readonly Line[], pageTitle?: string): { kept: Line[]; removed: Removal[]; repairs: Repair[] } {
  const p: Pass = { lines, texts: lines.map((l) => l.text), removed: [] };
  cutInlineNoise(p);
  dropMenusAndWidgets(p);
  dropRelatedLinks(p);
  dropLicenceBlock(p);
  // Step 5. A menu word run, a widget or a site footer removed so far says this is a web page.
  const webPage = p.removed.some((r) => WEB_PAGE_REASONS.has(r.reason));
  const dropped = new Set(lines.filter((l, i) => l.text.trim() && !(p.texts[i] ?? '').trim()).map((l) => l.line));
  const chrome = removeChrome(
    lines.map((l, i) => ({ text: p.texts[i] ?? '', line: l.line })),
    pageTitle,
    webPage,
    dropped,
  );
  const removed = [...p.removed, ...chrome.removed];
  removed.sort((a, b) => a.line - b.line);
  return { kept: chrome.kept, removed, repairs: chrome.repairs };
}
