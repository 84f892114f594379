/**
 * What the set phrases page (/phrases/) shows of the speeches: the mined phrases
 * (set-phrases.ts) by kind, each kind's first `cap` rows ready to render (their ids, year
 * spans, examples cut around their highlights and cut into marked pieces). Pure, and plain
 * data: the same whether the page computes it or a process of the build computed it ahead
 * and handed it over (src/integrations/search-beside-process.ts).
 */
import type { SpeechEntry } from '../speech/schema.ts';
import { blockAnchors } from '../speech/anchors.ts';
import { highlightPieces, minePhrases, trimExample, yearSpan, type MinedSpeech, type PhraseKind, type SetPhrase } from './set-phrases.ts';

/** Rows per kind: the page stays well under 500 KB however large the archive. */
export const PHRASE_ROWS = 100;

/** The kinds, in the page's order, with the prefix of their rows' ids. */
const KINDS: readonly { kind: PhraseKind; id: string }[] = [
  { kind: 'reduplication', id: 'redup' },
  { kind: 'parallel', id: 'parallel' },
  { kind: 'yao-series', id: 'yao' },
];

export interface PhraseExampleRow {
  slug: string;
  /** `#p12`, or '' when the example has no anchor. */
  hash: string;
  title: string;
  /** The sentence cut around its highlights, in plain and marked pieces. */
  pieces: { text: string; mark: boolean }[];
}

export interface PhraseRow {
  /** Readable, linkable row id: the phrase itself, its punctuation and ellipses turned into dashes. */
  id: string;
  phrase: string;
  /** What the row's search link looks for. */
  query: string;
  count: number;
  speeches: number;
  /** 2014–2023, 2019, or '' when unknown. */
  years: string;
  examples: PhraseExampleRow[];
}

export interface PhraseGroup {
  kind: PhraseKind;
  /** The section's id (and its rows' prefix). */
  id: string;
  /** How many phrases of the kind were found; `rows` holds the first `cap`. */
  total: number;
  rows: PhraseRow[];
}

/** A speech as the miner reads it. */
function minedSpeech(s: Pick<SpeechEntry, 'slug' | 'title' | 'year' | 'blocks' | 'outline'>): MinedSpeech {
  return { slug: s.slug, title: s.title, year: s.year, blocks: s.blocks, anchors: blockAnchors(s) };
}

const rowOf = (prefix: string, p: SetPhrase): PhraseRow => ({
  id: `${prefix}-${p.phrase.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`,
  phrase: p.phrase,
  query: p.phrase.replace(/……/g, ' '),
  count: p.count,
  speeches: p.speeches,
  years: yearSpan(p.years),
  examples: p.examples.map((e) => {
    const { sentence, highlights } = trimExample(e.sentence, e.highlights);
    return { slug: e.slug, hash: e.anchor ? `#${e.anchor}` : '', title: e.title, pieces: highlightPieces(sentence, highlights) };
  }),
});

/** The page's groups of phrases mined from `speeches` (newest first: examples follow their order). */
export function phraseGroups(
  speeches: readonly Pick<SpeechEntry, 'slug' | 'title' | 'year' | 'blocks' | 'outline'>[],
  cap = PHRASE_ROWS,
): PhraseGroup[] {
  const mined = minePhrases(speeches.map(minedSpeech));
  return KINDS.map(({ kind, id }) => {
    const all = mined.filter((p) => p.kind === kind);
    return { kind, id, total: all.length, rows: all.slice(0, cap).map((p) => rowOf(id, p)) };
  });
}
