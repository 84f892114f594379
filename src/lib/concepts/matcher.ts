/**
 * Finds glossary terms in text: every wording (canonical term or variant) of every
 * concept, longest first, left to right, never overlapping — so 四个意识 wins over a
 * shorter term inside it, and a term is never matched inside a longer one.
 *
 * A wording with sense rules (see senses.ts) is matched only where one of its rules
 * accepts the context; every wording obeys the general boundary rules
 * (`atWordBoundary`). Text in traditional characters is matched through a folded
 * copy (the fold table maps a character to the simplified one the wordings use, one
 * to one, so offsets stay the same) while each match gives the text as written.
 */
import type { FoldTable } from '../text/fold.ts';
import { atWordBoundary, senseAccepts, type DocContext, type Sense } from './senses.ts';

export interface Wording {
  /** The concept's slug. */
  slug: string;
  /** The concept's canonical term. */
  term: string;
  /** Canonical term first, then variants. */
  wordings: readonly string[];
  /** Rules for ambiguous wordings; a wording with rules links only where one accepts. */
  senses?: readonly Sense[];
}

export interface Match {
  slug: string;
  /** The text as written (one of the wordings, or its traditional form). */
  text: string;
  /** UTF-16 offset in the searched text. */
  index: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Matcher {
  /**
   * A fresh global regex whose alternatives are all wordings, longest first: where a
   * wording could be. `find` checks each candidate against the boundary and sense rules.
   */
  regex(): RegExp;
  /** Concept slug of a wording. */
  slugOf(text: string): string | undefined;
  /**
   * All matches in `text`, in order. Without sense rules, boundary refusals or folded
   * characters it gives what `regex()` finds. `doc` is what is known of the speech
   * (year, campaign), for rules that need it.
   */
  find(text: string, doc?: DocContext): Match[];
}

export interface MatcherOptions {
  /** Traditional → simplified, one character to one (see src/lib/text/fold.ts). */
  fold?: FoldTable;
}

export function createMatcher(concepts: readonly Wording[], options: MatcherOptions = {}): Matcher {
  const bySlug = new Map<string, string>();
  const sensesOf = new Map<string, Sense[]>();
  for (const c of concepts) {
    for (const w of c.wordings) {
      const owner = bySlug.get(w);
      if (owner && owner !== c.slug) {
        throw new Error(`The wording “${w}” belongs to two concepts (${owner}, ${c.slug}): keep it in one entry only.`);
      }
      bySlug.set(w, c.slug);
    }
    for (const s of c.senses ?? []) {
      if (!c.wordings.includes(s.wording)) {
        throw new Error(`${c.slug}: a sense is for “${s.wording}”, which is not one of its wordings (${c.wordings.join('、')}).`);
      }
      sensesOf.set(s.wording, [...(sensesOf.get(s.wording) ?? []), s]);
    }
  }
  // JS alternation takes the first alternative that matches at the leftmost position,
  // so sorting longest first makes every match the longest wording starting there.
  const wordings = [...bySlug.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const source = wordings.map(escapeRegExp).join('|');
  const regex = () => new RegExp(source || '(?!)', 'g');

  // One code unit to one: a Uint16Array is the fastest lookup; 0 leaves the unit as it is.
  const pairs = Object.entries(options.fold ?? {}).filter(([from, to]) => from.length === 1 && to.length === 1);
  const folds = pairs.length > 0;
  const foldMap = new Uint16Array(folds ? 0x10000 : 0);
  for (const [from, to] of pairs) foldMap[from.charCodeAt(0)] = to.charCodeAt(0);
  // A plain loop over a typed array: faster here than a regex character class of them.
  const fold = (text: string): string => {
    if (!folds) return text;
    let i = 0;
    while (i < text.length && !foldMap[text.charCodeAt(i)]) i++;
    if (i === text.length) return text;
    let out = text.slice(0, i);
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out += String.fromCharCode(foldMap[c] || c);
    }
    return out;
  };

  // `find` scans with an index instead of running the regex: one big alternation tried
  // at every position of every paragraph is slow. The wordings are grouped by their
  // first UTF-16 code unit, each group in the regex's order; at a position, the first
  // wording of its group found there and accepted by the rules is the match, else the
  // scan moves on one code unit.
  type Entry = { slug: string; text: string; senses: Sense[] | undefined };
  const groups: Entry[][] = [[]]; // 0: no wording starts with that code unit
  const groupOf = new Uint32Array(0x10000);
  // As in the regex, a wording '' matches wherever nothing longer does (but never when
  // it is the only one: the source is then '(?!)').
  let empty: Entry | undefined;
  for (const text of wordings) {
    const wording = { slug: bySlug.get(text)!, text, senses: sensesOf.get(text) };
    if (text === '') {
      if (source) empty = wording;
      continue;
    }
    const first = text.charCodeAt(0);
    if (!groupOf[first]) groupOf[first] = groups.push([]) - 1;
    groups[groupOf[first]!]!.push(wording);
  }
  const accepts = (w: Entry, text: string, i: number, doc: DocContext | undefined): boolean => {
    const end = i + w.text.length;
    if (!atWordBoundary(text, i, end, w.text)) return false;
    return !w.senses || w.senses.some((s) => senseAccepts(s, text, i, end, doc));
  };
  return {
    regex,
    slugOf: (text) => bySlug.get(fold(text)),
    find(written, doc) {
      const text = fold(written);
      const out: Match[] = [];
      for (let i = 0; i <= text.length; ) {
        let hit = empty; // also at text.length, where only '' can match
        if (i < text.length) {
          for (const w of groups[groupOf[text.charCodeAt(i)]!]!) {
            if (text.startsWith(w.text, i) && accepts(w, text, i, doc)) {
              hit = w;
              break;
            }
          }
        }
        if (hit) out.push({ slug: hit.slug, text: written.slice(i, i + hit.text.length), index: i });
        i += hit?.text.length || 1;
      }
      return out;
    },
  };
}
