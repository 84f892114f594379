/** The glossary's most used concepts, for the home page: most occurrences first, ties by term. */
export function mostUsed<T extends { slug: string; term: string }>(
  concepts: readonly T[],
  occurrences: (slug: string) => number,
  n: number,
): (T & { occurrences: number })[] {
  return concepts
    .map((c) => ({ ...c, occurrences: occurrences(c.slug) }))
    .filter((c) => c.occurrences > 0)
    .sort((a, b) => b.occurrences - a.occurrences || a.term.localeCompare(b.term, 'zh'))
    .slice(0, n);
}
