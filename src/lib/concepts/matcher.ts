/**
 * Finds glossary terms in text: every wording (canonical term or variant) of every
 * concept, longest first, left to right, never overlapping — so 四个意识 wins over a
 * shorter term inside it, and a term is never matched inside a longer one.
 */

export interface Wording {
  /** The concept's slug. */
  slug: string;
  /** The concept's canonical term. */
  term: string;
  /** Canonical term first, then variants. */
  wordings: readonly string[];
}

export interface Match {
  slug: string;
  /** The text as written (one of the wordings). */
  text: string;
  /** UTF-16 offset in the searched text. */
  index: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Matcher {
  /** A fresh global regex whose alternatives are all wordings, longest first. */
  regex(): RegExp;
  /** Concept slug of a wording. */
  slugOf(text: string): string | undefined;
  /** All matches in `text`, in order: the same as `regex()` finds. */
  find(text: string): Match[];
}

export function createMatcher(concepts: readonly Wording[]): Matcher {
  const bySlug = new Map<string, string>();
  for (const c of concepts) {
    for (const w of c.wordings) {
      const owner = bySlug.get(w);
      if (owner && owner !== c.slug) {
        throw new Error(`The wording “${w}” belongs to two concepts (${owner}, ${c.slug}): keep it in one entry only.`);
      }
      bySlug.set(w, c.slug);
    }
  }
  // JS alternation takes the first alternative that matches at the leftmost position,
  // so sorting longest first makes every match the longest wording starting there.
  const wordings = [...bySlug.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const source = wordings.map(escape).join('|');
  const regex = () => new RegExp(source || '(?!)', 'g');

  // `find` gives what the regex finds, without running it: one big alternation tried
  // at every position of every paragraph is slow. The wordings are grouped by their
  // first UTF-16 code unit, each group in the regex's order; at a position, the first
  // wording of its group found there is the match, else the scan moves on one code unit.
  type Entry = Pick<Match, 'slug' | 'text'>;
  const groups: Entry[][] = [[]]; // 0: no wording starts with that code unit
  const groupOf = new Uint32Array(0x10000);
  // As in the regex, a wording '' matches wherever nothing longer does (but never when
  // it is the only one: the source is then '(?!)').
  let empty: Entry | undefined;
  for (const text of wordings) {
    const wording = { slug: bySlug.get(text)!, text };
    if (text === '') {
      if (source) empty = wording;
      continue;
    }
    const first = text.charCodeAt(0);
    if (!groupOf[first]) groupOf[first] = groups.push([]) - 1;
    groups[groupOf[first]!]!.push(wording);
  }
  return {
    regex,
    slugOf: (text) => bySlug.get(text),
    find(text) {
      const out: Match[] = [];
      for (let i = 0; i <= text.length; ) {
        let hit = empty; // also at text.length, where only '' can match
        if (i < text.length) {
          for (const w of groups[groupOf[text.charCodeAt(i)]!]!) {
            if (text.startsWith(w.text, i)) {
              hit = w;
              break;
            }
          }
        }
        if (hit) out.push({ slug: hit.slug, text: hit.text, index: i });
        i += hit?.text.length || 1;
      }
      return out;
    },
  };
}
