/**
 * When a query finds nothing: the nearest queries that do find something. For the first
 * phrase that no speech holds (a phrase is already matched ignoring punctuation when its
 * exact form is absent), candidates are, in this order: the other wordings of a glossary
 * concept the phrase is, holds or is part of; the phrase without its punctuation; the
 * phrase cut shorter at either end, longest first. Several phrases that each occur but
 * never together: each phrase alone. At most `limit` suggestions, each with the number
 * of speeches it finds; a bounded number of candidates is tried.
 */
import type { PhraseFinder } from './query.ts';
import { runQuery } from './query.ts';
import { stripIgnorable } from '../shared/text.ts';

export interface Suggestion {
  query: string;
  speeches: number;
}

/** Candidate replacements for `phrase`, nearest first (pure). */
export function candidates(phrase: string, wordings: readonly (readonly string[])[], shortest = 2): string[] {
  const out: string[] = [];
  for (const group of wordings)
    if (group.some((w) => w === phrase || w.includes(phrase) || phrase.includes(w))) out.push(...group.filter((w) => w !== phrase));
  const bare = stripIgnorable(phrase).text;
  if (bare && bare !== phrase) out.push(bare);
  const chars = [...bare];
  for (let len = chars.length - 1; len >= shortest; len--)
    for (let at = 0; at + len <= chars.length; at++) out.push(chars.slice(at, at + len).join(''));
  return [...new Set(out)].filter((c) => c && c !== phrase);
}

const TRIES = 12;

/** `wordings` gives the glossary's wordings, concept by concept (loaded only when needed). */
export async function suggestions(
  index: PhraseFinder,
  phrases: readonly string[],
  wordings: () => Promise<string[][]>,
  limit = 3,
): Promise<Suggestion[]> {
  const alone = await Promise.all(phrases.map(async (p) => ({ p, n: (await index.find(p)).hits.length })));
  const missing = alone.find((a) => a.n === 0);
  if (!missing) return phrases.length > 1 ? alone.map(({ p, n }) => ({ query: p, speeches: n })).slice(0, limit) : [];
  const out: Suggestion[] = [];
  for (const candidate of candidates(missing.p, await wordings()).slice(0, TRIES)) {
    const query = phrases.map((p) => (p === missing.p ? candidate : p));
    const { matches } = await runQuery(index, query);
    if (matches.length) out.push({ query: query.join(' '), speeches: matches.length });
    if (out.length >= limit) break;
  }
  return out;
}
