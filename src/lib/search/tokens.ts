/**
 * The character-pair index behind exact search, shared by the build and the browser.
 *
 * Each character of a speech becomes one ASCII token that encodes it and the next
 * character (the last character of a paragraph is paired with `zzzz`), and each paragraph
 * is followed by one separator token, so no phrase can run from one paragraph into the
 * next. Pagefind indexes the tokens as words, with their positions. A phrase then occurs
 * at p exactly when the tokens of its character pairs stand at p, p+2, p+4 … — pairs at
 * every other offset already fix every character.
 */

/** A code point as four base-36 digits (U+10FFFF is `nvnj`). */
export function code36(ch: string): string {
  return ch.codePointAt(0)!.toString(36).padStart(4, '0');
}

/** Pairs the last character of a paragraph; no code point encodes to it. */
export const END = 'zzzz';
/** Stands between paragraphs, taking a position of its own. */
export const SEPARATOR = 'zzzzzzzz';

/** One token per character of each unit (title, paragraph, heading), a separator after each. */
export function unitTokens(units: readonly string[]): string[] {
  const tokens: string[] = [];
  for (const unit of units) {
    const chars = [...unit];
    for (let i = 0; i < chars.length; i++) tokens.push(code36(chars[i]!) + (i + 1 < chars.length ? code36(chars[i + 1]!) : END));
    tokens.push(SEPARATOR);
  }
  return tokens;
}

/** Position of each unit's first character in the token stream. */
export function unitStarts(units: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const u of units) {
    starts.push(at);
    at += [...u].length + 1;
  }
  return starts;
}

export interface PhraseProbe {
  /** What to ask Pagefind: a whole token, or for a one-character phrase the 4-digit prefix. */
  term: string;
  /** Offset of that token inside the phrase. */
  offset: number;
}

/** The tokens that fix a phrase: its character pairs at offsets 0, 2, 4 … and the last pair. */
export function phraseProbes(phrase: string): PhraseProbe[] {
  const chars = [...phrase];
  if (chars.length === 1) return [{ term: code36(chars[0]!), offset: 0 }];
  const offsets = new Set<number>();
  for (let i = 0; i + 1 < chars.length; i += 2) offsets.add(i);
  offsets.add(chars.length - 2);
  return [...offsets].sort((a, b) => a - b).map((offset) => ({ term: code36(chars[offset]!) + code36(chars[offset + 1]!), offset }));
}

/** Positions p where every probe's token stands at p + its offset: the phrase's occurrences. */
export function phraseStarts(probes: readonly PhraseProbe[], positions: readonly (readonly number[])[]): number[] {
  const sets = positions.map((p) => new Set(p));
  const [first, ...rest] = probes.map((probe, i) => ({ probe, i }));
  if (!first) return [];
  return positions[first.i]!
    .map((p) => p - first.probe.offset)
    .filter((start) => rest.every(({ probe, i }) => sets[i]!.has(start + probe.offset)))
    .sort((a, b) => a - b);
}
