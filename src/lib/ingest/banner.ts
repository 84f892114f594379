/**
 * A banner above a page's own navigation: a search engine's cached copy (`您查询的关键词是：…`,
 * a disclaimer with the original page's URL), an app's or a reader's notice, put over the page as
 * it was. A page's article stands under its navigation (site name, menu, breadcrumb), never above
 * it; so the few sentences above the navigation at the top are the banner's, when the text under
 * it is far longer than they are. Found by position, not words; only sentences are taken (a short
 * line above a breadcrumb may be a title, and is left to the other rules).
 */
import { isSentenceLike, len } from './line-features.ts';

/** Most sentences above the navigation taken as a banner, and their characters. */
const MAX_LINES = 4;
const MAX_CHARS = 600;
/** The navigation stands near the top: at most this many non-blank lines (removed ones too) above its last line. */
const MAX_TOP = 12;
/** The text under the navigation is at least this many times longer than the banner. */
const BELOW_RATIO = 4;

/**
 * Indices of banner lines: sentences still standing above the last navigation line of the page's
 * top (`isNav`), or none. `texts` holds removed lines blank; `written` the lines as written.
 */
export function bannerAboveNavigation(texts: readonly string[], written: readonly string[], isNav: (i: number) => boolean): number[] {
  let nav = -1;
  let top = 0;
  for (let i = 0; i < written.length && top <= MAX_TOP; i++) {
    if (!written[i]!.trim()) continue;
    if (isNav(i)) nav = i;
    top++;
  }
  if (nav < 0) return [];
  const above = texts.slice(0, nav).flatMap((t, i) => (t.trim() ? [i] : []));
  const prose = (i: number): boolean => isSentenceLike(texts[i]!.trim()) || len(texts[i]!.trim()) > 60;
  const banner = above.filter(prose);
  const chars = banner.reduce((n, i) => n + len(texts[i]!.trim()), 0);
  if (!banner.length || banner.length > MAX_LINES || chars > MAX_CHARS) return [];
  const below = texts.slice(nav + 1).reduce((n, t) => n + len(t.trim()), 0);
  return below >= chars * BELOW_RATIO ? banner : [];
}
