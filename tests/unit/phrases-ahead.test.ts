// The /phrases/ page's set phrases mined ahead, in a process of the build, from the stored
// speech data (src/integrations/stored-phrases.ts), handed over to the page
// (src/lib/annotate/phrases-handed-over.ts): the very rows the page mines itself, taken
// only when they were mined from the same speech data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as devalue from 'devalue';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_STORE, readContentStore } from '../../src/integrations/content-store.ts';
import { phrasesOfStored } from '../../src/integrations/stored-phrases.ts';
import { phraseGroups, type PhraseGroup } from '../../src/lib/annotate/phrase-groups.ts';
import { handOverPhrases, phrasesOfArchive, speechDataDigest, type PhrasesAhead } from '../../src/lib/annotate/phrases-handed-over.ts';
import { highlightPieces, minePhrases, trimExample, yearSpan } from '../../src/lib/annotate/set-phrases.ts';
import { blockAnchors } from '../../src/lib/speech/anchors.ts';
import { newestFirst } from '../../src/lib/speech/order.ts';
import type { SpeechEntry } from '../../src/lib/speech/schema.ts';
import { encodeStamp, entryDataKey } from '../../src/loaders/entry-stamp.ts';
import { loadSeed } from './fixtures/ingest-helpers.ts';

// The five seeds as the content layer stores them: id = raw file name, slug = seed number.
const ids = ['000', '001', '002', '003', '004'];
const seeds = ids.map((n) => ({ ...loadSeed(n).speech, slug: `s${n}` }) as SpeechEntry);
const digestOf = (n: string) => encodeStamp({ content: `sha-${n}`, slug: `s${n}`, file: `ino-${n}`, copies: '' });
const keyOf = new Map(ids.map((n) => [`s${n}`, entryDataKey(`${n}.txt`, digestOf(n))!]));
const ordered = newestFirst(seeds);

/** A data store as Astro writes it, the seeds' entries in `order` (the store keeps the order they were set in). */
function store(order: readonly string[]): string {
  return devalue.stringify(
    new Map([
      ['concepts', new Map()],
      ['speeches', new Map(order.map((n) => [`${n}.txt`, { id: `${n}.txt`, data: seeds[ids.indexOf(n)], digest: digestOf(n) }]))],
    ]),
  );
}

/** What the page computed itself before the groups were a lib function (src/pages/phrases.astro at f45c036). */
function asThePageDid(speeches: readonly SpeechEntry[], cap: number) {
  const mined = minePhrases(
    speeches.map((s) => ({ slug: s.slug, title: s.title, year: s.year, blocks: s.blocks, anchors: blockAnchors(s) })),
  );
  return [
    ['reduplication', 'redup'],
    ['parallel', 'parallel'],
    ['yao-series', 'yao'],
  ].map(([kind, id]) => {
    const all = mined.filter((p) => p.kind === kind);
    return {
      id,
      total: all.length,
      rows: all.slice(0, cap).map((p) => ({
        id: `${id}-${p.phrase.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`,
        search: p.phrase.replace(/……/g, ' '),
        cells: [p.phrase, p.count, p.speeches, yearSpan(p.years)],
        examples: p.examples.map((e) => ({
          href: `${e.slug}/${e.anchor ? `#${e.anchor}` : ''}`,
          pieces: (({ sentence, highlights }) => highlightPieces(sentence, highlights))(trimExample(e.sentence, e.highlights)),
          title: e.title,
        })),
      })),
    };
  });
}

/** The same view of the lib's groups. */
const asShown = (groups: ReturnType<typeof phraseGroups>) =>
  groups.map((g) => ({
    id: g.id,
    total: g.total,
    rows: g.rows.map((r) => ({
      id: r.id,
      search: r.query,
      cells: [r.phrase, r.count, r.speeches, r.years],
      examples: r.examples.map((e) => ({ href: `${e.slug}/${e.hash}`, pieces: e.pieces, title: e.title })),
    })),
  }));

const silent = () => {
  const said: string[] = [];
  return { said, log: { log: (s: string) => said.push(`log ${s}`), warn: (s: string) => said.push(`warn ${s}`) } };
};

afterEach(() => handOverPhrases(null));

describe('the page’s groups of set phrases', () => {
  it('are what the page computed itself, each kind cut at its cap', () => {
    for (const cap of [100, 2]) {
      const want = asThePageDid(ordered, cap);
      expect(asShown(phraseGroups(ordered, cap))).toEqual(want);
      expect(want.map((g) => g.rows.length).some((n) => n > 0)).toBe(true);
    }
    // Cut at 2: some kind has more phrases than rows.
    expect(phraseGroups(ordered, 2).some((g) => g.total > g.rows.length)).toBe(true);
  });
});

describe('the set phrases mined ahead from the stored speech data', () => {
  it('are the groups of the same speeches in the pages’ order, however the store orders them, and survive the hand-over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phrases-ahead-'));
    try {
      writeFileSync(join(dir, DATA_STORE), store(['003', '000', '004', '001', '002']));
      const ahead = phrasesOfStored(await readContentStore(dir));
      // As the process hands it over: JSON on the IPC channel.
      const handed = JSON.parse(JSON.stringify(ahead)) as PhrasesAhead;
      expect(handed.groups).toEqual(phraseGroups(ordered));
      expect(handed.speechDigest).toBe(speechDataDigest(ordered.map((s) => keyOf.get(s.slug))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are taken by the page when mined from the same speech data', async () => {
    const groups: PhraseGroup[] = [{ kind: 'parallel', id: 'parallel', total: 0, rows: [] }];
    const ahead = { speechDigest: speechDataDigest(ordered.map((s) => keyOf.get(s.slug))), groups, ms: 5 };
    handOverPhrases(Promise.resolve(ahead));
    const { said, log } = silent();
    expect(await phrasesOfArchive(ordered, keyOf, log)).toBe(ahead.groups);
    expect(said).toEqual(['log [set-phrases] 5 speeches: the phrases mined ahead in 5 ms']);
  });

  it('are mined again in the page, with a warning, when the speech data differs (another speech, order or key)', async () => {
    const ahead = { speechDigest: speechDataDigest(ordered.map((s) => keyOf.get(s.slug))), groups: [], ms: 5 };
    const other = new Map(keyOf).set('s002', 'edited');
    for (const [speeches, keys] of [
      [ordered, other],
      [ordered.slice(1), keyOf],
      [[...ordered].reverse(), keyOf],
    ] as const) {
      handOverPhrases(Promise.resolve(ahead));
      const { said, log } = silent();
      expect(await phrasesOfArchive(speeches, keys, log)).toEqual(phraseGroups(speeches));
      expect(said).toEqual([expect.stringMatching(/^warn \[set-phrases\] the phrases mined ahead are of other speech data/)]);
    }
  });

  it('are mined in the page, silently, when none are coming (the dev server) or the process failed', async () => {
    for (const ahead of [null, Promise.resolve(null)]) {
      handOverPhrases(ahead);
      const { said, log } = silent();
      expect(await phrasesOfArchive(ordered, keyOf, log)).toEqual(phraseGroups(ordered));
      expect(said).toEqual([]);
    }
  });
});
