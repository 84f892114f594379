// The pages' caches (src/lib/site/page-caches.ts) are registered by the pages' code, which
// Vite bundles, and dropped by an integration (search-index.ts), which Node loads: two
// instances of the module, which must share one list.
import { describe, expect, it } from 'vitest';

describe('page caches', () => {
  it('drops what another instance of the module registered, once', async () => {
    type Module = typeof import('../../src/lib/site/page-caches.ts');
    const file = '../../src/lib/site/page-caches.ts';
    const pages = (await import(`${file}?pages`)) as Module;
    const integration = (await import(`${file}?integration`)) as Module;
    expect(pages).not.toBe(integration);
    let cache: number[] | undefined = [1, 2, 3];
    pages.dropWhenPagesAreDone(() => (cache = undefined));
    expect(cache).toEqual([1, 2, 3]);
    expect(integration.dropPageCaches()).toBe(1);
    expect(cache).toBeUndefined();
    // Dropped once: a second call finds nothing left to drop.
    expect(integration.dropPageCaches()).toBe(0);
  });
});
