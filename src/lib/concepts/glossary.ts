/** The glossary as the site uses it: entries checked against each other, a matcher over all wordings. */
import { createHash } from 'node:crypto';
import * as OpenCC from 'opencc-js';
import type { ConceptData } from './schema.ts';
import { createMatcher, type Matcher } from './matcher.ts';
import { buildFoldTable, type FoldTable } from '../text/fold.ts';

export interface GlossaryEntry {
  /** URL segment: the file name without `.mdx`. */
  slug: string;
  /** Where the entry lives, for error messages. */
  file: string;
  data: ConceptData;
}

/** What a speech page shows of a concept where its text uses it (rehype-concept-links). */
export interface ConceptInfo {
  term: string;
  definition: string;
  href: string;
}

/** Problems that must stop the build, each naming the file and what to fix. */
export function glossaryProblems(entries: readonly GlossaryEntry[]): string[] {
  const problems: string[] = [];
  const terms = new Map(entries.map((e) => [e.data.term, e]));
  const wordingOwner = new Map<string, GlossaryEntry>();
  for (const e of entries) {
    for (const name of e.data.related) {
      if (!terms.has(name)) {
        problems.push(`${e.file}: related entry “${name}” does not exist. Use the exact \`term\` of another entry, or remove it.`);
      } else if (name === e.data.term) {
        problems.push(`${e.file}: lists itself as related. Remove “${name}” from \`related\`.`);
      }
    }
    const wordings = new Set([e.data.term, ...e.data.variants]);
    for (const w of wordings) {
      const owner = wordingOwner.get(w);
      if (owner && owner !== e) {
        problems.push(`${e.file}: the wording “${w}” is also in ${owner.file}. Keep it in one entry only.`);
      }
      wordingOwner.set(w, e);
    }
    for (const s of e.data.senses) {
      if (!wordings.has(s.wording)) {
        problems.push(
          `${e.file}: a sense is for “${s.wording}”, which is neither the term nor a variant. Use one of: ${[...wordings].join('、')}.`,
        );
      }
    }
  }
  return problems;
}

/**
 * Traditional → simplified for the characters of the wordings and their sense words, so
 * a text in traditional characters matches: every CJK character that OpenCC's t→cn turns
 * into one of them (one character to one, so offsets stay the same). OpenCC's t→cn is
 * the cheapest of its converters to load (cn→t, cn→tw take seconds).
 */
export function glossaryFoldTable(entries: readonly GlossaryEntry[]): FoldTable {
  const chars = new Set<string>();
  for (const { data } of entries) {
    for (const w of [data.term, ...data.variants, ...data.senses.flatMap((s) => [...s.require, ...s.exclude])])
      for (const ch of w) chars.add(ch);
  }
  return buildFoldTable(chars, OpenCC.Converter({ from: 't', to: 'cn' }));
}

let cachedFold: { key: string; table: FoldTable } | undefined;

export function glossaryMatcher(entries: readonly GlossaryEntry[]): Matcher {
  const key = entries
    .map((e) => `${e.data.term}|${e.data.variants.join('|')}|${e.data.senses.map((s) => [...s.require, ...s.exclude].join('|')).join('|')}`)
    .join('\n');
  if (cachedFold?.key !== key) cachedFold = { key, table: glossaryFoldTable(entries) };
  return createMatcher(
    entries.map((e) => ({ slug: e.slug, term: e.data.term, wordings: [e.data.term, ...e.data.variants], senses: e.data.senses })),
    { fold: cachedFold.table },
  );
}

/** A digest of every entry (slug and data): it changes when any entry's wording, meaning or links change. */
export function glossaryDigest(concepts: readonly GlossaryEntry[]): string {
  return createHash('sha256')
    .update(JSON.stringify(concepts.map((c) => [c.slug, c.data])))
    .digest('hex');
}
