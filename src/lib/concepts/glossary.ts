/** The glossary as the site uses it: entries checked against each other, a matcher over all wordings. */
import type { ConceptData } from './schema.ts';
import { createMatcher, type Matcher } from './matcher.ts';

export interface GlossaryEntry {
  /** URL segment: the file name without `.mdx`. */
  slug: string;
  /** Where the entry lives, for error messages. */
  file: string;
  data: ConceptData;
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
    for (const w of new Set([e.data.term, ...e.data.variants])) {
      const owner = wordingOwner.get(w);
      if (owner && owner !== e) {
        problems.push(`${e.file}: the wording “${w}” is also in ${owner.file}. Keep it in one entry only.`);
      }
      wordingOwner.set(w, e);
    }
  }
  return problems;
}

export function glossaryMatcher(entries: readonly GlossaryEntry[]): Matcher {
  return createMatcher(entries.map((e) => ({ slug: e.slug, term: e.data.term, wordings: [e.data.term, ...e.data.variants] })));
}
