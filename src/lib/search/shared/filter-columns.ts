/**
 * The filters of full-text search (campaign, year, speaker, concept) per speech id,
 * written by the build from the speech data and read by /search/ and /concordance/:
 * `search-data/filters.json` (what the page loads: every single-valued field and the
 * concepts' names and speech counts) and `search-data/filter-concepts.json` (which
 * speeches use each concept: some 25 concepts a speech, so it is loaded only when a
 * concept is chosen or its menu opened). Ids are the search index's (date order, newest
 * first), so a field's values come in long runs: a single-valued field is stored as runs
 * `[value + 1 (0 = none), length, …]`; each concept's ascending ids are delta-encoded.
 * Pure; build and browser.
 */

export const SINGLE = ['campaign', 'year', 'speaker'] as const;
export type SingleField = (typeof SINGLE)[number];
export type FilterField = SingleField | 'concept';
export const FIELDS: readonly FilterField[] = [...SINGLE, 'concept'];

export interface FilterFile {
  speeches: number;
  single: Record<SingleField, { values: string[]; runs: number[] }>;
  /** Concept names and how many speeches use each. */
  concept: { values: string[]; counts: number[] };
}

/** `filter-concepts.json`: per concept (in FilterFile's order), its speech ids, delta-encoded. */
export interface ConceptFile {
  ids: number[][];
}

/** What filters one speech: its single values ('' when unknown) and its concepts. */
export interface SpeechFilters {
  campaign: string;
  year: string;
  speaker: string;
  concepts: readonly string[];
}

const zh = (a: string, b: string) => a.localeCompare(b, 'zh');

/** The file for `speeches` (index = speech id). */
export function encodeFilters(speeches: readonly SpeechFilters[]): { filters: FilterFile; concepts: ConceptFile } {
  const single = {} as FilterFile['single'];
  for (const field of SINGLE) {
    const values = [...new Set(speeches.map((s) => s[field]).filter(Boolean))].sort(field === 'year' ? (a, b) => b.localeCompare(a) : zh);
    const index = new Map(values.map((v, i) => [v, i + 1]));
    const runs: number[] = [];
    for (const s of speeches) {
      const v = index.get(s[field]) ?? 0;
      if (runs.length && runs[runs.length - 2] === v) runs[runs.length - 1]!++;
      else runs.push(v, 1);
    }
    single[field] = { values, runs };
  }
  const values = [...new Set(speeches.flatMap((s) => s.concepts))].sort(zh);
  const ids = values.map(() => [] as number[]);
  const at = new Map(values.map((v, i) => [v, i]));
  speeches.forEach((s, id) => {
    for (const c of new Set(s.concepts)) ids[at.get(c)!]!.push(id);
  });
  return {
    filters: { speeches: speeches.length, single, concept: { values, counts: ids.map((l) => l.length) } },
    concepts: { ids: ids.map(deltas) },
  };
}

function deltas(list: readonly number[]): number[] {
  return list.map((v, i) => (i === 0 ? v : v - list[i - 1]!));
}

/** The chosen filters: a value per field (absent = any), and a year range. */
export interface FilterChoice {
  campaign?: string;
  year?: string;
  speaker?: string;
  concept?: string;
  /** Years from … to, inclusive; a speech of unknown year is outside any range. */
  from?: number;
  to?: number;
}

/** The file decoded for lookups: the value of every speech for every field. */
export class FilterColumns {
  readonly speeches: number;
  readonly values: Record<FilterField, string[]>;
  /** Per single field, each speech's value index + 1 (0 = none). */
  private readonly single: Record<SingleField, Uint16Array>;
  /** Per concept, a flag per speech; null until the concept file is given. */
  private readonly concepts: Uint8Array[] | null;
  private readonly conceptCounts: number[];

  constructor(file: FilterFile, concepts: ConceptFile | null = null) {
    this.conceptCounts = file.concept.counts;
    this.speeches = file.speeches;
    this.values = { ...Object.fromEntries(SINGLE.map((f) => [f, file.single[f].values])), concept: file.concept.values } as Record<
      FilterField,
      string[]
    >;
    this.single = {} as Record<SingleField, Uint16Array>;
    for (const field of SINGLE) {
      const column = new Uint16Array(file.speeches);
      const { runs } = file.single[field];
      let id = 0;
      for (let i = 0; i < runs.length; i += 2) {
        column.fill(runs[i]!, id, id + runs[i + 1]!);
        id += runs[i + 1]!;
      }
      this.single[field] = column;
    }
    this.concepts =
      concepts?.ids.map((list) => {
        const flags = new Uint8Array(file.speeches);
        let id = 0;
        list.forEach((d, i) => {
          id = i === 0 ? d : id + d;
          flags[id] = 1;
        });
        return flags;
      }) ?? null;
  }

  /** Whether concepts can be filtered and counted (the concept file was given). */
  get hasConcepts(): boolean {
    return this.concepts !== null;
  }

  /** The value of `field` for speech `id`; '' when it has none. */
  value(field: SingleField, id: number): string {
    const v = this.single[field][id] ?? 0;
    return v ? this.values[field][v - 1]! : '';
  }

  /** A test of speech ids against `choice`, leaving out the field `except` (for that field's own menu counts). */
  matcher(choice: FilterChoice, except?: FilterField): (id: number) => boolean {
    const tests: ((id: number) => boolean)[] = [];
    for (const field of SINGLE) {
      const wanted = choice[field];
      if (!wanted || field === except) continue;
      const v = this.values[field].indexOf(wanted) + 1;
      const column = this.single[field];
      tests.push((id) => v > 0 && column[id] === v);
    }
    if (choice.concept && except !== 'concept') {
      if (!this.concepts) throw new Error('filtering by concept needs search-data/filter-concepts.json');
      const flags = this.concepts[this.values.concept.indexOf(choice.concept)];
      tests.push((id) => flags?.[id] === 1);
    }
    if ((choice.from !== undefined || choice.to !== undefined) && except !== 'year') {
      const years = this.single.year;
      const from = choice.from ?? -Infinity;
      const to = choice.to ?? Infinity;
      const yearOf = this.values.year.map(Number);
      tests.push((id) => {
        const v = years[id]!;
        return v > 0 && yearOf[v - 1]! >= from && yearOf[v - 1]! <= to;
      });
    }
    return (id) => tests.every((t) => t(id));
  }

  /**
   * For each field, how many of `ids` have each value, among those that pass the other
   * fields' choices: what each filter menu shows for the current query. Concepts are
   * counted only when their file was given (else their map is empty).
   */
  counts(ids: Iterable<number>, choice: FilterChoice): Record<FilterField, Map<string, number>> {
    const list = [...ids];
    const out = {} as Record<FilterField, Map<string, number>>;
    for (const field of SINGLE) {
      const pass = this.matcher(choice, field);
      const n = new Map<string, number>();
      for (const id of list) {
        if (!pass(id)) continue;
        const v = this.value(field, id);
        if (v) n.set(v, (n.get(v) ?? 0) + 1);
      }
      out[field] = n;
    }
    out.concept = new Map();
    if (!this.concepts) return out;
    const passing = list.filter(this.matcher(choice, 'concept'));
    this.concepts.forEach((flags, c) => {
      let n = 0;
      for (const id of passing) n += flags[id]!;
      if (n) out.concept.set(this.values.concept[c]!, n);
    });
    return out;
  }

  /** Speeches per value in the whole archive, without loading the concept file. */
  archiveCounts(): Record<FilterField, Map<string, number>> {
    const all = this.counts(
      Array.from({ length: this.speeches }, (_, i) => i),
      {},
    );
    all.concept = new Map(this.values.concept.map((v, i) => [v, this.conceptCounts[i] ?? 0]));
    return all;
  }
}
