/**
 * A web page saved from a browser (`.html` / `.htm`) → the speech's lines.
 *
 *   1. decode by BOM, declared charset, else detection (html-decode.ts);
 *   2. the page's own metadata from `<head>` (html-meta.ts);
 *   3. the article extracted by Mozilla's Readability over linkedom — the
 *      line the page shows as its title (just above the article: one equal to a
 *      title the page states, or one set as a heading that reads as a title)
 *      goes first when the article left it out;
 *   4. every visible line of the page that is not in the article is reported as
 *      a removal (`html-chrome`), so navigation, breadcrumbs, share widgets and
 *      footers are accounted for rather than silently gone (article-chrome.ts).
 *
 * Why Readability rather than defuddle: on the saved-page fixtures (menus, a
 * date greeting, breadcrumbs, info line, share widget, 上一篇/下一篇, related
 * links, footer) Readability returned exactly the speech; defuddle kept the
 * date greeting and the breadcrumb in the content.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError } from '../types.ts';
import { hanCount, len } from '../line-features.ts';
import type { PageFacts } from '../types.ts';
import { diffChrome } from './article-chrome.ts';
import { blockLines, type BlockLine, type DomNode } from './blocks.ts';
import { decodeHtml } from './html-decode.ts';
import { readHtmlMeta } from './html-meta.ts';
import { pageDate } from './page-date.ts';
import type { RawRead } from './read.ts';

const squash = (s: string): string => s.replace(/\s+/g, '');

/** Readability found a speech, not a list of links: enough Chinese prose, mostly not link text. */
function looksLikeArticle(text: string, linkText: number): boolean {
  const han = hanCount(text);
  const sentences = (text.match(/[。！？!?]/g) ?? []).length;
  return han >= 50 && sentences >= 2 && linkText < 0.5 * text.length;
}

/**
 * The line the page shows as its title, when the article left it out. Among the
 * few visible lines just above the article (nearest first): one equal to a title
 * the page states (Readability's, og:title, or inside `<title>`), else a line set
 * apart as a heading (`<h1>`…, bold or enlarged type) that reads as a title — no
 * sentence end, 6–80 characters, mostly Chinese; else the page's only `<h1>`.
 */
function titleLine(
  doc: Document,
  pageLines: readonly BlockLine[],
  articleLines: readonly string[],
  titles: readonly (string | null | undefined)[],
): string | null {
  const firstBody = squash(articleLines[0] ?? '');
  const start = pageLines.findIndex((l) => squash(l.text) === firstBody);
  const near = pageLines.slice(Math.max(0, start - 8), Math.max(0, start)).reverse();
  const stated = titles.map((t) => squash(t ?? '')).filter((t) => t.length >= 4);
  // Equal to a stated title, or most of one (`<title>` adds the column and site: 标题_领导讲话_某某网).
  const named =
    near.find((l) => stated.some((t) => t === squash(l.text))) ??
    near.find((l) => stated.some((t) => squash(l.text).length >= Math.max(6, t.length / 2) && t.includes(squash(l.text))));
  if (named) return named.text;
  const titleShaped = (t: string): boolean => {
    const n = len(t.replace(/\s+/g, ''));
    const han = hanCount(t);
    return n >= 6 && n <= 80 && han >= 0.6 * n && !/[。！？；!?;，,：:]$/.test(t);
  };
  const set = near.find((l) => l.heading && titleShaped(l.text));
  if (set) return set.text;
  const h1s = [...doc.querySelectorAll('h1')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return h1s.length === 1 ? h1s[0]! : null;
}

/** Date and source a page states in its visible info line (`发布时间：… 来源：…`), used when `<head>` has none. */
function infoLineFacts(lines: readonly string[], facts: PageFacts): void {
  for (const line of lines) {
    if (!facts.published) {
      const d = /(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})/.exec(line);
      const date = pageDate(d?.[1]);
      if (date) facts.published = date;
    }
    if (!facts.publisher) {
      const s = /(?:来源|來源|出处)\s*[:：]\s*([^\s|｜:：]{2,30})/.exec(line);
      if (s) facts.publisher = s[1]!;
    }
  }
}

/**
 * Content a page hides until its script shows it (`visibility: hidden` on WeChat's
 * js_content) is the article of a saved page, where no script runs: shown here.
 */
function revealScripted(html: string): string {
  return html.replace(/(<[a-z][^>]*\sstyle\s*=\s*["'][^"']*?)visibility\s*:\s*hidden\s*;?/gi, '$1');
}

export function readHtml(bytes: Uint8Array, source: string): RawRead {
  const html = revealScripted(decodeHtml(bytes, source));
  const page = parseHTML(html).document as unknown as Document;
  const facts = readHtmlMeta(page);
  const pageBlocks = page.body ? blockLines(page.body as unknown as DomNode) : [];
  const pageLines = pageBlocks.map((l) => l.text);

  // Readability changes the document it reads: give it its own copy.
  const article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 100 }).parse();
  const content = article?.content
    ? (parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document as unknown as Document)
    : null;
  const bodyLines = content?.body ? blockLines(content.body as unknown as DomNode).map((l) => l.text) : [];
  const text = bodyLines.join('');
  const linkText = content ? [...content.querySelectorAll('a')].reduce((n, a) => n + (a.textContent ?? '').length, 0) : 0;
  if (!looksLikeArticle(text, linkText)) {
    throw new IngestError(
      source,
      null,
      'is a web page with no article in it (only menus, links or short snippets were found)',
      'save the page that shows the speech itself, or copy the speech text into a .txt file',
    );
  }

  const title = titleLine(page, pageBlocks, bodyLines, [article?.title, facts.title, page.querySelector('title')?.textContent]);
  const lines = title && !bodyLines.slice(0, 3).some((l) => squash(l) === squash(title)) ? [title, ...bodyLines] : bodyLines;
  const chrome = diffChrome(pageLines, lines);
  // The info line is chrome when Readability dropped it, or among the first lines when it kept it.
  infoLineFacts([...chrome.map((r) => r.text), ...lines.slice(0, 8)], facts);
  return {
    text: lines.join('\n'),
    page: facts,
    notes: { removed: chrome.map((r) => ({ reason: 'html-chrome', text: r.text, line: r.line })), repairs: [] },
  };
}
