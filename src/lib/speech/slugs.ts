/** ASCII URL segments for speeches, campaigns, speakers: stable and readable. */
import { pinyin } from 'pinyin-pro';

/** Full toneless pinyin, hyphenated: `两学一做` → `liang-xue-yi-zuo`. ASCII letters and digits kept. */
export function asciiSlug(text: string, max = 48): string {
  const words = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = words
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '') || 'x';
}

/** Pinyin initials: `全市第二批主题教育推进会` → `qsdepztjytjh`. */
function initials(text: string, max: number): string {
  const letters = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return letters
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, max);
}

interface Sluggable {
  source: string;
  title: string;
  date: string | null;
  year: number | null;
}

/**
 * One slug per speech: `<date or year or undated>-<pinyin initials of the title core>`.
 * Speeches whose slugs collide are numbered `-2`, `-3` … in order of their source
 * file names, so a URL stays the same as long as the files do.
 */
export function assignSlugs(speeches: readonly Sluggable[]): Map<string, string> {
  const bySource = [...speeches].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const used = new Set<string>();
  const slugs = new Map<string, string>();
  for (const s of bySource) {
    const core = s.title.replace(/^(在|关于)/, '').replace(/(上的|的)?(讲话|主持讲话|发言|致辞)(稿)?$/, '');
    const base = `${s.date ?? s.year ?? 'undated'}-${initials(core, 16) || 'jianghua'}`;
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    slugs.set(s.source, slug);
  }
  return slugs;
}
