/**
 * The exactness property at the bench's size: the built n-gram index (`dist/search-index/`)
 * answers random phrases exactly as brute force over every speech's text does. Phrases:
 * substrings of 1–12 code units of random speeches (punctuation and paragraph breaks
 * included), phrases across a paragraph break with and without the break, and random
 * strings over a small alphabet with punctuation (mostly absent). The texts come from the
 * site's own text chunks (`search-data/text/<folder>/`: a speech's blocks, joined by '\n'
 * as searchText joins them), speech id = speeches − 1 − folder. Both modes are checked:
 * exact (counts and positions) and ignoring punctuation (counts and spans). Node only,
 * no browser; seeded, so every run asks the same phrases of the same corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeSource } from '../../../src/lib/search/build/write-index.ts';
import { SearchIndex } from '../../../src/lib/search/shared/engine.ts';
import { TEXT_DICTIONARY, textChunkPath, type TextChunk } from '../../../src/lib/search/shared/text-chunks.ts';
import { presetDictionary, unpackSync, unpackWithDictionary } from '../../../src/lib/search/shared/packed.ts';
import { findInText, occurrencesIn, stripIgnorable } from '../../../src/lib/search/shared/text.ts';
import { intBetween, mulberry32 } from './prng.ts';

export interface PropertyRun {
  phrases: number;
  /** Of those, how many no speech holds (exact). */
  absent: number;
  /** Phrases whose answer differed from brute force, with what differed (at most 20 kept). */
  failures: string[];
  failed: number;
  ms: number;
}

/** searchText of every speech, in id order, from the site's text chunks. */
export function siteTexts(dist: string): string[] {
  const root = join(dist, 'search-data', 'text');
  const folders = readdirSync(root)
    .map(Number)
    .filter(Number.isInteger)
    .sort((a, b) => a - b);
  const texts: string[] = [];
  // Deflated with the site's text dictionary (src/lib/search/shared/packed.ts).
  const dictionary = presetDictionary(unpackSync(readFileSync(join(dist, TEXT_DICTIONARY))));
  const chunk = (folder: number, k: number) =>
    JSON.parse(
      Buffer.from(unpackWithDictionary(readFileSync(join(dist, textChunkPath(folder, k))), dictionary)).toString('utf8'),
    ) as TextChunk;
  for (const folder of folders) {
    const first = chunk(folder, 0);
    // Blocks by their index in the speech: a block that runs into the next chunk is repeated there.
    const blocks: string[] = [];
    for (let k = 0; k < first.chunks; k++) {
      const c = k === 0 ? first : chunk(folder, k);
      c.text.forEach((t, i) => {
        blocks[c.first + i] = t;
      });
    }
    texts.push(blocks.join('\n'));
  }
  if (folders.some((f, i) => f !== i)) throw new Error(`${root}: folders are not 0 … ${folders.length - 1}; rebuild the site.`);
  return texts.reverse();
}

const ALPHABET = [...'的一是在不了有和人这中大为上个国我以要发展经济，。、；：？！“”《》（）—…· \n'];

/** The phrases asked, from a seeded generator. */
export function propertyPhrases(texts: readonly string[], count: number, seed = 20261202): string[] {
  const rand = mulberry32(seed);
  const nonEmpty = texts.filter((t) => t.length > 0);
  const out: string[] = [];
  while (out.length < count) {
    const kind = rand();
    const text = nonEmpty[intBetween(rand, 0, nonEmpty.length - 1)]!;
    let phrase: string;
    if (kind < 0.6) {
      const from = intBetween(rand, 0, text.length - 1);
      phrase = text.slice(from, from + intBetween(rand, 1, 12));
    } else if (kind < 0.8) {
      const breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
      const b = breaks.length ? breaks[intBetween(rand, 0, breaks.length - 1)]! : 0;
      const keep = rand() < 0.5;
      phrase =
        text.slice(Math.max(0, b - intBetween(rand, 1, 6)), b) + (keep ? '\n' : '') + text.slice(b + 1, b + 1 + intBetween(rand, 1, 6));
    } else {
      phrase = Array.from({ length: intBetween(rand, 1, 8) }, () => ALPHABET[intBetween(rand, 0, ALPHABET.length - 1)]!).join('');
    }
    if (phrase.length > 0) out.push(phrase);
  }
  return out;
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** What differs between the index's answer to `phrase` and brute force over `texts`; null when nothing does. */
async function check(index: SearchIndex, texts: readonly string[], stripped: readonly string[], phrase: string): Promise<string | null> {
  const exact = await index.find(phrase, { punctuation: 'exact' });
  const got = new Map(exact.hits.map((h) => [h.speech, h]));
  for (let s = 0; s < texts.length; s++) {
    const want = occurrencesIn(texts[s]!, phrase);
    const h = got.get(s);
    if ((h?.count ?? 0) !== want.length) return `exact: speech ${s} has ${want.length}, index says ${h?.count ?? 0}`;
    if (h && phrase.length > 2 && !same([...h.positions!], want)) return `exact: positions in speech ${s} differ`;
  }
  const q = stripIgnorable(phrase).text;
  const loose = await index.find(phrase, { punctuation: 'ignoring-punctuation' });
  const gotLoose = new Map(loose.hits.map((h) => [h.speech, h]));
  for (let s = 0; s < texts.length; s++) {
    const want = q ? occurrencesIn(stripped[s]!, q).length : 0;
    const h = gotLoose.get(s);
    if ((h?.count ?? 0) !== want) return `ignoring punctuation: speech ${s} has ${want}, index says ${h?.count ?? 0}`;
    if (h?.positions) {
      const spans = findInText(texts[s]!, phrase, 'ignoring-punctuation');
      if (
        !same(
          [...h.positions],
          spans.map((x) => x.start),
        ) ||
        !same(
          [...h.lengths!],
          spans.map((x) => x.length),
        )
      )
        return `ignoring punctuation: spans in speech ${s} differ`;
    }
  }
  return null;
}

/** Asks `count` phrases of the index in `dist` and compares every answer with brute force. */
export async function benchProperty(dist: string, count: number): Promise<PropertyRun> {
  const started = performance.now();
  const texts = siteTexts(dist);
  const stripped = texts.map((t) => stripIgnorable(t).text);
  const index = await SearchIndex.open(nodeSource(join(dist, 'search-index')));
  if (index.speeches !== texts.length)
    throw new Error(`${dist}: the index holds ${index.speeches} speeches, the text chunks ${texts.length}; rebuild the site.`);
  const phrases = propertyPhrases(texts, count);
  const failures: string[] = [];
  let failed = 0;
  let absent = 0;
  for (const phrase of phrases) {
    if (!texts.some((t) => t.includes(phrase))) absent++;
    const problem = await check(index, texts, stripped, phrase);
    if (problem) {
      failed++;
      if (failures.length < 20) failures.push(`${JSON.stringify(phrase)}: ${problem}`);
    }
  }
  return { phrases: phrases.length, absent, failures, failed, ms: performance.now() - started };
}
