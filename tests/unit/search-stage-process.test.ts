// The search stage runs in a Node process of its own (src/integrations/search-index.ts →
// search-stage-process.ts): an error there must fail the build with the stage's own message,
// not hang it or lose what went wrong.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as devalue from 'devalue';
import { describe, expect, it } from 'vitest';
import searchIndexIntegration from '../../src/integrations/search-index.ts';
import { stageEnv } from '../../src/integrations/fork-for-build.ts';
import { DATA_STORE } from '../../src/integrations/content-store.ts';
import { DELTA_IDS } from '../../src/lib/search/shared/format.ts';
import type { SpeechEntry } from '../../src/lib/speech/schema.ts';
import { encodeStamp } from '../../src/loaders/entry-stamp.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

type Hook = (options: unknown) => Promise<void> | void;

/**
 * Runs the integration's hooks as Astro would, on the cache folder `cache`, writing into
 * `site`: `astro:build:done` alone, or from `astro:build:start` on (`start`), where the
 * process that may run the stage beside the pages starts (search-beside-process.ts).
 */
async function buildDone(cache: string, site: string, logged: string[], start = false): Promise<void> {
  const hooks = searchIndexIntegration().hooks as Record<string, Hook>;
  await hooks['astro:config:done']!({ config: { base: '/', cacheDir: pathToFileURL(`${cache}/`), outDir: pathToFileURL(`${site}/`) } });
  const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m) };
  if (start) await hooks['astro:build:start']!({ logger });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger });
}

/** A data store as Astro writes it: the five seeds, speech `edited` (if any) with `sentence` added to its first paragraph. */
function seedStore(edited?: number, sentence = ''): string {
  const speeches = ['000', '001', '002', '003', '004'].map((n, i) => {
    const speech = { ...loadSeed(n).speech, slug: `s${n}` } as SpeechEntry;
    const blocks = i === edited ? speech.blocks.map((b, k) => (k === 0 ? { ...b, text: b.text + sentence } : b)) : speech.blocks;
    const digest = encodeStamp({ content: `sha-${n}${i === edited ? sentence : ''}`, slug: `s${n}`, file: `ino-${n}`, copies: '' });
    return [`${n}.txt`, { id: `${n}.txt`, data: { ...speech, blocks }, digest }] as const;
  });
  return devalue.stringify(
    new Map([
      ['concepts', new Map()],
      ['speeches', new Map(speeches)],
    ]),
  );
}

describe('the search stage in its own process', () => {
  it("fails the build with the stage's error when the content store is unreadable", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-stage-'));
    try {
      writeFileSync(join(dir, DATA_STORE), '[not devalue');
      const logged: string[] = [];
      const run = buildDone(dir, join(dir, 'site'), logged);
      await expect(run).rejects.toThrow(/^Search stage: The content layer's data store .* could not be parsed/);
      await expect(run).rejects.toThrow(`Delete the cache folder ${dir}`);
      expect(logged).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails the build with the stage's error when the process started with the build cannot read the store either", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-stage-'));
    try {
      writeFileSync(join(dir, DATA_STORE), '[not devalue');
      const logged: string[] = [];
      await expect(buildDone(dir, join(dir, 'site'), logged, true)).rejects.toThrow(
        /^Search stage: The content layer's data store .* could not be parsed/,
      );
      // It wrote nothing ahead, and said so; the stage after the pages failed on its own.
      expect(logged).toEqual([
        expect.stringMatching(/^the quick index was not written ahead \(The content layer's data store .* could not be parsed/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails the build with the stage's error, saying so, when the stage fails beside the pages", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-stage-'));
    const site = join(dir, 'site');
    try {
      writeFileSync(join(dir, DATA_STORE), seedStore());
      await buildDone(dir, site, [], true);
      // One speech edited: small enough for the stage to run beside the pages, and it does.
      writeFileSync(join(dir, DATA_STORE), seedStore(2, '这是改过的一句话。'));
      const logged: string[] = [];
      await buildDone(dir, site, logged, true);
      expect(logged).toContainEqual(expect.stringMatching(/beside the pages \(1 speech\(es\) hashed, the index a delta of 1, /));
      // Edited again, with a folder where the index's delta map is written: the stage, beside
      // the pages again, cannot remove it, and the build fails with its error.
      writeFileSync(join(dir, DATA_STORE), seedStore(2, '这是又改过的一句话。'));
      rmSync(join(site, 'search-index', DELTA_IDS));
      mkdirSync(join(site, 'search-index', DELTA_IDS));
      await expect(buildDone(dir, site, [], true)).rejects.toThrow(
        new RegExp(`^Search stage \\(beside the pages\\): .*${join(site, 'search-index', DELTA_IDS)}`),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the build naming the missing store, when there is none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-stage-'));
    try {
      await expect(buildDone(dir, join(dir, 'site'), [])).rejects.toThrow(
        `Search stage: Search cannot read the content layer's data store ${join(dir, DATA_STORE)}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the stage's process and Node's compile cache", () => {
  it('keeps the compiled stage in the build’s cache folder, unless the caller chose a cache', () => {
    expect(stageEnv({ PATH: '/bin' }, '/tmp/cache')).toEqual({ PATH: '/bin', NODE_COMPILE_CACHE: '/tmp/cache/node-compile-cache' });
    expect(stageEnv({ NODE_COMPILE_CACHE: '/elsewhere' }, '/tmp/cache').NODE_COMPILE_CACHE).toBe('/elsewhere');
  });

  it('a stage run leaves its compiled modules there for the next build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-stage-'));
    // As a build run by hand has it: no cache chosen, none turned off (Vitest turns Node's
    // compile cache off with NODE_DISABLE_COMPILE_CACHE when it measures coverage).
    const chosen = {
      NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE,
      NODE_DISABLE_COMPILE_CACHE: process.env.NODE_DISABLE_COMPILE_CACHE,
    };
    delete process.env.NODE_COMPILE_CACHE;
    delete process.env.NODE_DISABLE_COMPILE_CACHE;
    try {
      writeFileSync(join(dir, DATA_STORE), '[not devalue');
      await expect(buildDone(dir, join(dir, 'site'), [])).rejects.toThrow(/could not be parsed/);
      const cache = join(dir, 'node-compile-cache');
      expect(existsSync(cache)).toBe(true);
      expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(0);
    } finally {
      for (const [name, value] of Object.entries(chosen)) if (value !== undefined) process.env[name] = value;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
