/**
 * What a host publishes: no broken internal link or anchor (at / and under /archive/),
 * valid HTML on every page type, a CSP meta tag, nothing from other hosts, and the
 * same input building byte-identical output, in another clone, on a busy machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { checkLinks } from '../../src/lib/checks/linkcheck.ts';
import { cloneAt, siteDir, SITES } from '../helpers/build-site.ts';
import { compareSites, describeDifference } from '../helpers/dist-compare.ts';
import { htmlFiles, read } from '../helpers/dist-pages.ts';
import { busyMachine } from '../helpers/elsewhere.ts';
import { spawnBuild } from '../helpers/spawn-build.ts';

describe('links and anchors', () => {
  for (const [site, base] of [
    ['root', '/'],
    ['archive', '/archive/'],
  ] as const) {
    it(`has no broken internal link or fragment under ${base}`, () => {
      const { pages, links, broken } = checkLinks(siteDir(site), base);
      expect(pages).toBeGreaterThan(100);
      expect(links).toBeGreaterThan(1000);
      expect(broken).toEqual([]);
    });
  }
});

describe('HTML', () => {
  const dir = siteDir('root');
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const kinds = [
    'index.html',
    'search/index.html',
    'concordance/index.html',
    'phrases/index.html',
    'concepts/index.html',
    'campaigns/index.html',
    'years/index.html',
    'speakers/index.html',
    'about/index.html',
    'help/index.html',
  ];
  const speech = htmlFiles(join(dir, 'speeches'))[0]!;
  const concept = htmlFiles(join(dir, 'concepts')).find((f) => !f.endsWith('concepts/index.html'))!;
  const year = htmlFiles(join(dir, 'years')).find((f) => !f.endsWith('years/index.html'))!;
  const campaign = htmlFiles(join(dir, 'campaigns')).find((f) => !f.endsWith('campaigns/index.html'))!;
  const speaker = htmlFiles(join(dir, 'speakers')).find((f) => !f.endsWith('speakers/index.html'))!;

  for (const file of [...kinds.map((k) => join(dir, k)), speech, concept, year, campaign, speaker]) {
    it(`is valid on ${relative(dir, file)}`, async () => {
      const report = await validator.validateString(read(file), file);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }

  it('carries a Content-Security-Policy and no inline script, handler or style on any page', () => {
    for (const file of htmlFiles(dir)) {
      const html = read(file);
      expect(html, file).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\';');
      expect(html, file).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
      expect(html, file).not.toMatch(/<style|\sstyle="/);
    }
  });
});

describe('deterministic build', () => {
  // The shared site and a build of the same files copied to another path (another clone),
  // made while every core is kept busy: the content layer sets entries as they finish
  // loading, so an order that depends on it shows when the machine is loaded. Every file
  // of the output is compared, whatever its kind.
  it('writes every file of dist/ byte-identical in another clone, with the machine busy', async () => {
    const clone = cloneAt(join(mkdtempSync(join(tmpdir(), 'archive-elsewhere-')), 'another', 'clone'));
    const busy = busyMachine();
    let build: Awaited<ReturnType<typeof spawnBuild>>;
    try {
      build = await spawnBuild({ name: 'elsewhere', cwd: clone, env: SITES.root.env, outDir: null });
    } finally {
      busy.stop();
    }
    expect(build.status, build.output).toBe(0);
    const difference = describeDifference(compareSites(siteDir('root'), build.outDir));
    rmSync(join(clone, '../..'), { recursive: true, force: true });
    expect(difference, 'the two builds differ').toBe('');
  });
});
