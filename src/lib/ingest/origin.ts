/**
 * The copy's origin: who published it, where, when. Read from what the page
 * says about itself, which the chrome step has already removed from the text
 * (page-metadata lines `发布时间：… 来源：…`, `原文链接：…`), from a news
 * dispatch before the title (`新华社北京1月20日电`), and from the file's own
 * metadata (PageFacts: HTML meta, Word/PDF properties), in that order.
 *
 * `作者：` on a site usually names the web editor, so it is not read as the
 * speaker here (and not kept: the origin has no author).
 */
import { labelPairs } from './line-features.ts';
import type { Origin, PageFacts, Removal } from './types.ts';

const PUBLISHER_LABEL = /(?:来源|出处|稿源|发布单位|发布机构|供稿单位?)$/u;
const DATE_LABEL = /(?:发布|发表|更新|上传|录入|添加)?(?:时间|日期)$/u;
const URL_LABEL = /(?:链接|网址|地址|URL)$/iu;
const URL_RE = /https?:\/\/[A-Za-z0-9\-._~:/?#@!$&'*+=%,;]+/;

/** The first URL in `text`, without the sentence punctuation a copy glues after it (`…38191.html,`). */
export function urlIn(text: string): string | null {
  return URL_RE.exec(text)?.[0].replace(/[.,;:!?'*]+$/, '') ?? null;
}

/** `2019-11-14`, `2019/11/14`, `2019.11.14`, `2019年11月14日` → `YYYY-MM-DD`; null otherwise. */
export function isoDate(text: string): string | null {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The publisher a news dispatch names: `新华社北京1月20日电` → 新华社. */
export function dispatchPublisher(text: string): string | null {
  return /^(新华社|中新社|人民网|央视网|本报)/u.exec(text)?.[1] ?? null;
}

/** Reasons under which the page's own metadata lines were removed. */
const META_REASONS: ReadonlySet<string> = new Set(['page-meta', 'source-notice', 'counter']);

export function readOrigin(removed: readonly Removal[], dispatch: { text: string; line: number } | null, page?: PageFacts): Origin | null {
  let publisher: string | null = null;
  let url: string | null = null;
  let published: string | null = null;
  const evidence: string[] = [];
  let line: number | null = null;
  const use = (r: { text: string; line: number }): void => {
    if (!evidence.includes(r.text)) evidence.push(r.text);
    line ??= r.line;
  };

  for (const r of removed) {
    if (!META_REASONS.has(r.reason)) continue;
    let used = false;
    for (const { label, value } of labelPairs(r.text)) {
      const v = value.replace(/[）)】\]]+$/, '').trim();
      if (!v) continue;
      if (!publisher && PUBLISHER_LABEL.test(label) && !/^\d/.test(v)) {
        publisher = v;
        used = true;
      } else if (!published && DATE_LABEL.test(label) && isoDate(v)) {
        published = isoDate(v);
        used = true;
      } else if (!url && URL_LABEL.test(label) && urlIn(r.text)) {
        url = urlIn(r.text);
        used = true;
      }
    }
    // `2018-03-01 18:29:03 来源：新华网`: a date at the start of a page-metadata line.
    if (!published && r.reason === 'page-meta' && /^\d{4}[-/.年]/.test(r.text) && isoDate(r.text)) {
      published = isoDate(r.text);
      used = true;
    }
    if (!url && r.reason === 'source-notice' && urlIn(r.text)) {
      url = urlIn(r.text);
      used = true;
    }
    if (used) use(r);
  }
  if (!publisher && dispatch) {
    publisher = dispatchPublisher(dispatch.text);
    if (publisher) use(dispatch);
  }
  const fromPage: string[] = [];
  if (page) {
    if (!publisher && page.publisher) {
      publisher = page.publisher;
      fromPage.push('publisher');
    }
    if (!url && page.url) {
      url = page.url;
      fromPage.push('url');
    }
    if (!published && page.published) {
      published = page.published;
      fromPage.push('published');
    }
  }
  if (!publisher && !url && !published) return null;
  if (fromPage.length) evidence.push(`${page!.format} file metadata: ${fromPage.join(', ')}`);
  return { publisher, url, published, evidence: evidence.join('\n'), line };
}
