/**
 * Splitting long lists over numbered pages, so no page grows with the archive:
 * page 1 at the list's own URL, page n at `<url>n/`. Pure; pages compose it.
 */

/** Speeches per page on campaign, year and speaker pages. */
export const SPEECHES_PER_PAGE = 200;
/** Key-word-in-context lines per page on a concept page. */
export const LINES_PER_PAGE = 200;

/** Items in pages of `size`; always at least one page, so an empty list still has its page. */
export function pageItems<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/**
 * Groups (a speech and its lines) in pages of about `size` lines: a group stays whole on
 * one page unless it alone is longer than a page, when it is cut into pieces of `size`.
 */
export function pageGroups<L, G extends { lines: readonly L[] }>(groups: readonly G[], size: number): G[][] {
  const pages: G[][] = [];
  let page: G[] = [];
  let filled = 0;
  for (const group of groups) {
    for (const piece of pageItems(group.lines, size)) {
      if (filled > 0 && filled + piece.length > size) {
        pages.push(page);
        page = [];
        filled = 0;
      }
      page.push({ ...group, lines: piece });
      filled += piece.length;
    }
  }
  if (page.length) pages.push(page);
  return pages.length ? pages : [[]];
}

/** The `[...page]` route parameter of page n (1-based): none for the first page. */
export const pageParam = (n: number): string | undefined => (n === 1 ? undefined : String(n));

/** URL of page n of a list whose first page is at `url` (which ends with `/`). */
export const pageUrl = (url: string, n: number): string => (n === 1 ? url : `${url}${n}/`);
