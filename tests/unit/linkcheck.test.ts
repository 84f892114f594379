import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/checks/linkcheck.ts';

describe('checkLinks', () => {
  it('finds missing pages, missing fragments and links to other hosts, and passes good ones', () => {
    const { pages, broken } = checkLinks(join(import.meta.dirname, 'fixtures/linkcheck/site'));
    expect(pages).toBe(2);
    expect(broken.map((b) => `${b.page} ${b.url}: ${b.problem}`)).toEqual([
      'index.html /b/: target does not exist',
      'index.html /a/#p9: no element with id "p9" on the target page',
      'index.html https://example.com/: points to another host: the site must be self-contained',
    ]);
  });

  it('treats links outside the base as broken', () => {
    const { broken } = checkLinks(join(import.meta.dirname, 'fixtures/linkcheck/site'), '/archive/');
    expect(broken.filter((b) => b.problem.startsWith('is outside the base')).length).toBeGreaterThan(0);
  });
});
