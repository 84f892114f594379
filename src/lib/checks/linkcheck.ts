/**
 * Link check over a built site: every internal link, script, stylesheet and form
 * target resolves to a file in the site, and every `#fragment` to an element id on
 * the target page. External links are reported (the site must make none).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Broken {
  /** Page the link is on, relative to the site folder. */
  page: string;
  url: string;
  problem: string;
}

const ATTRS = /\s(?:href|src|action)="([^"]*)"/g;

function pages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

export function checkLinks(dir: string, base = '/'): { pages: number; links: number; broken: Broken[] } {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  const broken: Broken[] = [];
  let links = 0;
  const all = pages(dir);
  for (const file of all) {
    const page = relative(dir, file);
    const pageUrl = `${base}${page.replace(/index\.html$/, '')}`;
    for (const [, raw] of readFileSync(file, 'utf8').matchAll(ATTRS)) {
      const href = decode(raw!);
      links++;
      if (/^(mailto|tel|data):/.test(href)) continue;
      if (/^[a-z]+:/i.test(href) || href.startsWith('//')) {
        broken.push({ page, url: href, problem: 'points to another host: the site must be self-contained' });
        continue;
      }
      const url = new URL(href, `http://site${pageUrl}`);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, url: href, problem: `is outside the base ${base}` });
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(base.length));
      let target = join(dir, path);
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) {
        broken.push({ page, url: href, problem: 'target does not exist' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push({ page, url: href, problem: `no element with id "${fragment}" on the target page` });
      }
    }
  }
  return { pages: all.length, links, broken };
}
