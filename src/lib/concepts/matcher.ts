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
  /** All matches in `text`, in order. */
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
  const source = [...bySlug.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
  const regex = () => new RegExp(source || '(?!)', 'g');
  return {
    regex,
    slugOf: (text) => bySlug.get(text),
    find(text) {
      const out: Match[] = [];
      for (const m of text.matchAll(regex())) out.push({ slug: bySlug.get(m[0])!, text: m[0], index: m.index });
      return out;
    },
  };
}
