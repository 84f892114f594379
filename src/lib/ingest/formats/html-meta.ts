/**
 * What a web page says about itself in its `<head>`: title, author, publication
 * date, site name, original URL. Names are matched case-insensitively, because
 * sites write `PubDate`, `pubdate` and `publishdate` alike. Weak evidence: the
 * page's metadata describes the page, not necessarily the speech.
 */
import type { PageFacts } from '../types.ts';
import { pageDate } from './page-date.ts';

interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

/** First `name`/`property`/`itemprop` in each list wins; earlier lists are preferred. */
const KEYS = {
  title: ['og:title', 'twitter:title', 'articletitle', 'title', 'dc.title'],
  author: ['author', 'article:author', 'byline', 'dc.creator', 'author_name'],
  published: [
    'article:published_time',
    'datepublished',
    'pubdate',
    'publishdate',
    'publish_date',
    'publishtime',
    'publish-date',
    'firstpublishedtime',
    'og:published_time',
    'dc.date.issued',
    'dc.date',
    'dcterms.issued',
    'date',
    'sailthru.date',
    'maketime',
  ],
  publisher: [
    'og:site_name',
    'contentsource',
    'source',
    '来源',
    'sitename',
    'site_name',
    'application-name',
    'publisher',
    'article:publisher',
  ],
  url: ['og:url', 'twitter:url', 'url'],
} as const;

const clean = (s: string | null | undefined): string | undefined => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || undefined;
};

export function readHtmlMeta(doc: MetaDocument): PageFacts {
  const metas = new Map<string, string>();
  const list = doc.querySelectorAll('meta');
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = clean(m.getAttribute('content'));
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const first = (keys: readonly string[]): string | undefined => keys.map((k) => metas.get(k)).find(Boolean);
  const facts: PageFacts = { format: 'html' };
  const titleEl = doc.querySelectorAll('title')[0];
  const title = first(KEYS.title) ?? clean(titleEl?.textContent);
  if (title) facts.title = title;
  const author = first(KEYS.author);
  if (author && !/^https?:/.test(author)) facts.author = author;
  const published = KEYS.published.map((k) => pageDate(metas.get(k))).find(Boolean);
  if (published) facts.published = published;
  const publisher = first(KEYS.publisher);
  if (publisher && !/^https?:/.test(publisher)) facts.publisher = publisher;
  const canonical = doc.querySelectorAll('link[rel="canonical"]')[0]?.getAttribute('href');
  const url = [clean(canonical), first(KEYS.url)].find((u) => u && /^https?:\/\//i.test(u));
  if (url) facts.url = url;
  return facts;
}
