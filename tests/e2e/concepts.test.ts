/**
 * A reader meets 两个维护 in a speech: the link is there, its definition shows on
 * keyboard focus without any script, and the concept page lists every passage of
 * every speech that uses it — counted against the raw texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../scripts/lib/glossary-files.ts';
import { glossaryMatcher } from '../../src/lib/concepts/glossary.ts';
import { ROOT, siteDir } from '../helpers/build-site.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { readCatalog } from '../helpers/dist-pages.ts';

const glossary = readGlossary(join(ROOT, 'content/concepts'));
const concept = glossary.find((c) => c.data.term === '两个维护')!;
const matcher = glossaryMatcher(glossary);
/** Occurrences of the concept in each raw file, by the same longest-first rule. */
const rawCounts = readdirSync(join(ROOT, 'content/raw'))
  .map((file) => ({
    file,
    n: matcher.find(readFileSync(join(ROOT, 'content/raw', file), 'utf8')).filter((m) => m.slug === concept.slug).length,
  }))
  .filter((x) => x.n > 0);

const site = useSiteInBrowser('root', { page: { javaScriptEnabled: false } });

describe('the concept 两个维护', () => {
  it('occurs in the raw texts (the count the page must match)', () => {
    expect(rawCounts.length).toBeGreaterThan(0);
  });

  it('is a link in the speech that uses it, with its definition shown on focus', async () => {
    const speeches = readCatalog(siteDir('root'));
    const speech = speeches.find((s) => s.source === rawCounts[0]!.file)!;
    await site.page.goto(new URL(speech.url.slice(1), site.url).href);
    const link = site.page.locator(`a.concept[data-concept="${concept.slug}"]`).first();
    expect(await link.textContent()).toBe('两个维护');
    expect(await link.getAttribute('href')).toBe(`/concepts/${concept.slug}/`);
    const before = await link.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(before).toBe('none');
    await link.focus();
    const shown = await link.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(shown).toContain(concept.data.definition);
    const describedBy = await link.getAttribute('aria-describedby');
    expect(await site.page.locator(`[id="${describedBy}"]`).textContent()).toContain(concept.data.definition);
  });

  it('lists every passage from every speech that contains it', async () => {
    await site.page.goto(new URL(`concepts/${concept.slug}/`, site.url).href);
    const lines = await site.page.locator('[data-kwic]').count();
    expect(lines).toBe(rawCounts.reduce((n, x) => n + x.n, 0));
    expect(await site.page.locator('section.passages').count()).toBe(rawCounts.length);
    const first = site.page.locator('[data-kwic] a').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await site.page.waitForURL(/\/speeches\//);
    expect(await site.page.locator(`[id="${href.split('#')[1]}"]`).textContent()).toContain('两个维护');
  });
});
