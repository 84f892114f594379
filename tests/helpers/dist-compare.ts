/**
 * Two built sites compared file by file: the files only one of them has, and those whose
 * bytes differ (every file, whatever its kind: pages, scripts, search data, Pagefind's
 * binary files). `describeDifference` says it in words, first differing files first, for
 * a test's failure message.
 */
import { fingerprint } from './dist-pages.ts';

export interface SiteDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  differing: string[];
}

export function compareSites(first: string, second: string): SiteDifference {
  const a = fingerprint(first);
  const b = fingerprint(second);
  return {
    onlyInFirst: [...a.keys()].filter((f) => !b.has(f)).sort(),
    onlyInSecond: [...b.keys()].filter((f) => !a.has(f)).sort(),
    differing: [...a]
      .filter(([f, hash]) => b.has(f) && b.get(f) !== hash)
      .map(([f]) => f)
      .sort(),
  };
}

/** '' when the sites are the same; else how they differ, at most `max` files of each kind named. */
export function describeDifference(d: SiteDifference, max = 10): string {
  const part = (what: string, files: string[]) =>
    files.length ? `${files.length} file(s) ${what}: ${files.slice(0, max).join(', ')}${files.length > max ? ' …' : ''}` : '';
  return [part('differ', d.differing), part('only in the first', d.onlyInFirst), part('only in the second', d.onlyInSecond)]
    .filter(Boolean)
    .join('; ');
}
