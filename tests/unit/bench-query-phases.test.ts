import { describe, expect, it } from 'vitest';
import { queryPhases, type TimedRequest } from '../../scripts/lib/bench/query-phases.ts';

const request = (path: string, start: number, sent: number, end: number): TimedRequest => ({ path, start, sent, firstByte: end - 1, end });

describe('queryPhases', () => {
  it('cuts a query into the script before, the index round, the script between, the text round and what follows', () => {
    const requests = [
      request('/search-index/p3/e/a.bin', 3, 4, 20),
      request('/search-index/p3/e/b.bin', 3, 4, 25),
      ...Array.from({ length: 6 }, (_, i) => request(`/search-data/text/${i}/0.json.zlib`, 35, 36, 60)),
      ...Array.from({ length: 4 }, (_, i) => request(`/search-data/text/${i + 6}/0.json.zlib`, 35, 60, 90)),
      request('/favicon.svg', 100, 100, 101),
    ];
    expect(queryPhases(requests, 104)).toEqual({
      before: 3,
      index: 22,
      script: 10,
      text: 55,
      textQueued: 1,
      after: 14,
      requests: 12,
      textRequests: 10,
    });
  });

  it('has no phases for a query that fetched no text (every chunk already loaded)', () => {
    expect(queryPhases([request('/search-index/x2/c/1.bin', 0, 0, 5)], 9)).toBeNull();
  });
});
