/**
 * What the search index needs from a built speech page: its title, its text unit by
 * unit (title, then every heading and paragraph with its anchor), and the filters
 * and metadata the page declares with `data-pagefind-*="key:value"`.
 * Reading the page itself keeps the index true to what the reader sees.
 */

export interface PageRecord {
  title: string;
  /** `anchor` is '' for the title, else the element id (`p12`, `s1`, `h3`). */
  units: { anchor: string; text: string }[];
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return NAMED[e.toLowerCase()] ?? m;
  });
}

const text = (html: string) =>
  decodeEntities(
    html
      .replace(/<a class="para-link"[^>]*>[\s\S]*?<\/a>/g, '')
      .replace(/<[^>]+>/g, ''),
  );

function keyValues(html: string, attribute: string): [string, string][] {
  return [...html.matchAll(new RegExp(`${attribute}="([^"]*)"`, 'g'))]
    .map((m) => decodeEntities(m[1]!))
    .filter((v) => v.includes(':'))
    .map((v) => [v.slice(0, v.indexOf(':')), v.slice(v.indexOf(':') + 1)]);
}

export function pageRecord(html: string): PageRecord {
  const title = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
  const units = [{ anchor: '', text: title }];
  for (const m of html.matchAll(/<(p|h2) id="((?:p|s|h)\d+)"[^>]*>([\s\S]*?)<\/\1>/g)) units.push({ anchor: m[2]!, text: text(m[3]!) });
  const filters: Record<string, string[]> = {};
  for (const [k, v] of keyValues(html, 'data-pagefind-filter')) (filters[k] ??= []).push(v);
  return {
    title,
    units,
    filters,
    meta: Object.fromEntries(keyValues(html, 'data-pagefind-meta')),
  };
}
