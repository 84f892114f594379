import { describe, expect, it } from 'vitest';
import { pageSignatures } from '../../src/lib/search/page-signatures.ts';

describe('pageSignatures', () => {
  const manifest = (cacheKey: string, configHash = 'c1') => ({
    version: 1,
    configHash,
    lockfileHash: 'l1',
    routes: { 'src/pages/speeches/[slug].astro': { dependencyHash: 'd1', paths: { '/speeches/a/': { cacheKey, outputFile: 'speeches/a/index.html' } } } },
  });
  it('gives a page the same signature while Astro would leave it alone, and another when not', () => {
    const first = pageSignatures(manifest('k1')).get('speeches/a/index.html');
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(pageSignatures(manifest('k1')).get('speeches/a/index.html')).toBe(first);
    expect(pageSignatures(manifest('k2')).get('speeches/a/index.html')).not.toBe(first);
    expect(pageSignatures(manifest('k1', 'c2')).get('speeches/a/index.html')).not.toBe(first);
  });
  it('gives none for a manifest of another shape', () => {
    expect(pageSignatures({ ...manifest('k1'), version: 2 }).size).toBe(0);
    expect(pageSignatures(null).size).toBe(0);
    expect(pageSignatures({ version: 1, configHash: 'c', lockfileHash: 'l', routes: { r: { paths: {} } } }).size).toBe(0);
  });
});
