/**
 * A query's request timeline (the page's Resource Timing entries, times from its submit)
 * cut into its phases: the page's script before its first request, the index's round, the page's JavaScript between the index's last
 * response and the first text request, the round of text chunks, and what follows the
 * last response until the list is finished (inflating, rendering, the menus' counts).
 * Pure; the bench's profiler (scripts/search-profile.ts) feeds it.
 */

export interface TimedRequest {
  /** Path on the site. */
  path: string;
  /** Milliseconds from the submit: fetch called, request sent, first byte, last byte. */
  start: number;
  sent: number;
  firstByte: number;
  end: number;
}

/**
 * The page's Resource Timing entries as requests (times from the page's time origin):
 * run in the page with `page.evaluate(resourceTimeline)`, so it refers to nothing outside itself.
 */
export const resourceTimeline = (): TimedRequest[] =>
  performance.getEntriesByType('resource').map((e) => {
    const t = e as PerformanceResourceTiming;
    return { path: new URL(t.name).pathname, start: t.startTime, sent: t.requestStart, firstByte: t.responseStart, end: t.responseEnd };
  });

/** `requests` with their times counted from the submit at `at` (on the page's clock, as `submitAndWait` gives it). */
export const fromSubmit = (requests: readonly TimedRequest[], at: number): TimedRequest[] =>
  requests.map((r) => ({ ...r, start: r.start - at, sent: r.sent - at, firstByte: r.firstByte - at, end: r.end - at }));

export interface QueryPhases {
  /** The submit → the first index request (the submit handler, folding, opening the index). */
  before: number;
  /** The first index request → the index's last response. */
  index: number;
  /** The index's last response → the first text request (decoding, intersecting, ranking). */
  script: number;
  /** First text request → last text response. */
  text: number;
  /** Median over the text requests of the time from fetch() to the request sent (waiting for one of HTTP/1.1's six connections). */
  textQueued: number;
  /** Last text response → the list finished. */
  after: number;
  requests: number;
  textRequests: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** The phases of one query finished `ms` after its submit; null when it fetched no index file or no text (all cached). */
export function queryPhases(requests: readonly TimedRequest[], ms: number): QueryPhases | null {
  const own = requests.filter((r) => r.path.startsWith('/search-'));
  const index = own.filter((r) => r.path.startsWith('/search-index/'));
  const text = own.filter((r) => r.path.startsWith('/search-data/text/'));
  if (!index.length || !text.length) return null;
  const indexStart = Math.min(...index.map((r) => r.start));
  const indexEnd = Math.max(...index.map((r) => r.end));
  const textStart = Math.min(...text.map((r) => r.start));
  const textEnd = Math.max(...text.map((r) => r.end));
  return {
    before: indexStart,
    index: indexEnd - indexStart,
    script: textStart - indexEnd,
    text: textEnd - textStart,
    textQueued: median(text.map((r) => r.sent - r.start)),
    after: ms - textEnd,
    requests: own.length,
    textRequests: text.length,
  };
}
