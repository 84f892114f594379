/**
 * Sense rules: where an ambiguous wording means the concept. A glossary entry may
 * list, for a wording, words that must (or must not) occur around it, how far
 * around to look, and the years or campaigns of the speech. Pure and cheap: the
 * rules run only at a position where the wording was already found.
 */

export interface Sense {
  /** The wording the rule is for (the entry's term or one of its variants). */
  wording: string;
  /** At least one of these must occur in the scope (the wording itself included). Empty: no requirement. */
  require: readonly string[];
  /** None of these may occur in the scope (the wording itself included). */
  exclude: readonly string[];
  /** Characters looked at before and after the wording; unset: the sentence around it. */
  window?: number | undefined;
  /** The speech's year must be in this range (inclusive); an unknown year fails. */
  years?: { from?: number | undefined; to?: number | undefined } | undefined;
  /** The speech's campaign must be one of these; an unknown campaign fails. */
  campaigns?: readonly string[] | undefined;
}

/** What is known of the speech a text comes from. */
export interface DocContext {
  year?: number | null | undefined;
  campaign?: string | null | undefined;
}

/** Sentence ends: a sentence scope never reaches past one of these (nor past the text). */
const SENTENCE_END = /[。！？!?；;\n]/;

/** The sentence around `text[start, end)`: from after the previous sentence end to the next one, inclusive. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  return [from, Math.min(text.length, to + 1)];
}

/** The part of `text` a sense looks at for a match at `[start, end)`. */
export function scopeOf(text: string, start: number, end: number, window: number | undefined): string {
  if (window === undefined) {
    const [from, to] = sentenceAround(text, start, end);
    return text.slice(from, to);
  }
  return text.slice(Math.max(0, start - window), Math.min(text.length, end + window));
}

/**
 * Whether a sense accepts a match at `[start, end)` of `text` (already folded to the
 * wordings' characters) in a speech described by `doc`.
 */
export function senseAccepts(sense: Sense, text: string, start: number, end: number, doc: DocContext | undefined): boolean {
  if (sense.years) {
    const year = doc?.year;
    if (year == null) return false;
    if (sense.years.from !== undefined && year < sense.years.from) return false;
    if (sense.years.to !== undefined && year > sense.years.to) return false;
  }
  if (sense.campaigns) {
    const campaign = doc?.campaign;
    if (campaign == null || !sense.campaigns.includes(campaign)) return false;
  }
  if (sense.require.length === 0 && sense.exclude.length === 0) return true;
  const scope = scopeOf(text, start, end, sense.window);
  if (sense.exclude.some((w) => scope.includes(w))) return false;
  return sense.require.length === 0 || sense.require.some((w) => scope.includes(w));
}

/**
 * The general boundary rules, for every wording with or without senses:
 * - a wording that starts with a numeral (三个代表, 四风) is not matched right after
 *   another numeral: 十三个代表 is not 三个代表;
 * - a wording is not matched when the next character is a bound suffix that turns its
 *   last word into another noun (代表→代表团／代表们, 指导→指导员, 监督→监督者): the
 *   suffixes are BOUND_SUFFIXES.
 */
const NUMERALS = '〇零一二三四五六七八九十百千两';
export const BOUND_SUFFIXES = '团们员者';

export function atWordBoundary(text: string, start: number, end: number, wording: string): boolean {
  if (start > 0 && NUMERALS.includes(wording[0]!) && NUMERALS.includes(text[start - 1]!)) return false;
  if (end < text.length && BOUND_SUFFIXES.includes(text[end]!)) return false;
  return true;
}
