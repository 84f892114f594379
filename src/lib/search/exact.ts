/**
 * A query as phrases (`parseQuery`), shared by /search/, /concordance/ and the speech
 * page's highlighting; and plain occurrence counting and a key-word-in-context snippet
 * on one text. Finding the phrases in the archive is the index's job
 * (shared/engine.ts), counting them in a speech is `findInText` (shared/text.ts).
 */

/** Quotation marks a user may wrap a phrase in; they are not part of the phrase. */
const QUOTES = /^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/g;

/** `"两个维护" 四风` → `['两个维护', '四风']`. Space-separated phrases must all occur. */
export function parseQuery(q: string): string[] {
  return q
    .split(/[\s\u3000]+/)
    .map((t) => t.replace(QUOTES, ''))
    .filter((t) => t.length > 0);
}

/** Non-overlapping occurrences of `phrase` in `text`. */
export function countOccurrences(text: string, phrase: string): number {
  if (!phrase) return 0;
  let n = 0;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) n++;
  return n;
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** Key-word-in-context around the first occurrence at or after `from`; null if none. */
export function snippetAt(text: string, phrase: string, width = 36, from = 0): Snippet | null {
  const at = text.indexOf(phrase, from);
  if (at === -1) return null;
  const start = Math.max(0, at - width);
  const end = Math.min(text.length, at + phrase.length + width);
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at),
    match: phrase,
    after: text.slice(at + phrase.length, end) + (end < text.length ? '…' : ''),
  };
}
