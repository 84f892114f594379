/**
 * What /search/ and /concordance/ share: a form whose state is the URL
 * (`?q=…&campaign=…&year=…&speaker=…&concept=…&from=…&to=…&sort=…`). Submitting, or
 * changing a filter, the year range or the order, writes the URL and runs the search.
 * Filter menus list the archive's values with, once a query ran, how many of its results
 * each would leave (setCounts). The form is read from the URL on load and the search runs
 * when it has a query.
 */
import type { FilterChoice, FilterColumns, FilterField } from '../shared/filter-columns.ts';
import { conceptColumns, filterColumns, foldPhrases, warmIndex } from './site-search.ts';

export interface SearchForm {
  form: HTMLFormElement;
  input: HTMLInputElement;
  /** The form's values, empty ones left out. */
  params(): URLSearchParams;
  /** The chosen filters and year range. */
  choice(): FilterChoice;
  /**
   * Shows in each menu how many of the query's results (speech ids) each value leaves;
   * null: the whole archive's counts. The concept menu counts once its file is loaded
   * (a concept chosen, or the menu focused).
   */
  showCounts(ids: readonly number[] | null): void;
}

const NONE = '全部';

export function searchForm(selector: string, fields: readonly FilterField[], run: () => Promise<void>): SearchForm {
  const form = document.querySelector<HTMLFormElement>(selector)!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  const params = () => {
    const p = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    for (const [k, v] of [...p]) if (!v) p.delete(k);
    return p;
  };
  const choice = (): FilterChoice => {
    const p = params();
    const out: FilterChoice = {};
    for (const f of fields) if (p.get(f)) out[f] = p.get(f)!;
    if (p.get('from')) out.from = Number(p.get('from'));
    if (p.get('to')) out.to = Number(p.get('to'));
    return out;
  };
  // The URL is written once the run has finished, not before it: replacing it is a
  // same-document navigation (Chromium also asks for the page's icon again), work that
  // delayed the results of every query (docs/PERFORMANCE.md, session 6).
  const go = () => {
    void run().finally(() => history.replaceState(null, '', `?${params()}`));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go();
  });
  // Filters, the year range and the order apply as soon as they change.
  form.addEventListener('change', (event) => {
    if ((event.target as Element).matches('select')) go();
  });

  let columns: FilterColumns | undefined;
  let shownIds: readonly number[] | null = null;
  const fill = (name: string, values: readonly string[], label: (v: string) => string, wanted: string) => {
    const s = select(name);
    if (!s) return;
    const first = s.options[0]!;
    const options = values.map((v): [string, string] => [v, label(v)]);
    // A chosen value stays in its menu even when the query leaves it no result.
    if (wanted && !values.includes(wanted)) options.unshift([wanted, label(wanted)]);
    // A menu that would show what it shows is left as it is: the year range, and the concept
    // menu before its file is loaded, every query (155 options at 10,000 bench speeches).
    const same =
      s.options.length === options.length + 1 &&
      options.every(([v, l], i) => s.options[i + 1]!.value === v && s.options[i + 1]!.text === l);
    if (!same) s.replaceChildren(first, ...options.map(([v, l]) => new Option(l, v)));
    s.value = wanted;
  };
  const showCounts: SearchForm['showCounts'] = (ids) => {
    shownIds = ids;
    if (!columns) return;
    const chosen = params();
    const counts = ids ? columns.counts(ids, choice()) : columns.archiveCounts();
    for (const f of fields) {
      const n = counts[f];
      // Before the concept file is loaded a query's concept menu lists every concept, uncounted.
      const uncounted = f === 'concept' && ids !== null && !columns.hasConcepts;
      fill(
        f,
        columns.values[f].filter((v) => uncounted || n.has(v)),
        (v) => (uncounted ? v : `${v}（${n.get(v) ?? 0}）`),
        chosen.get(f) ?? '',
      );
    }
    for (const name of ['from', 'to']) fill(name, columns.values.year, (v) => v, chosen.get(name) ?? '');
  };
  // Opening the concept menu loads which speeches use each concept, to count them.
  select('concept')?.addEventListener('focus', () => {
    if (columns?.hasConcepts) return;
    void conceptColumns().then((c) => {
      columns = c;
      showCounts(shownIds);
    });
  });

  // The URL sets the form; the menus get their values (with the archive's counts) first.
  const initial = new URLSearchParams(location.search);
  input.value = initial.get('q') ?? '';
  for (const s of form.querySelectorAll<HTMLSelectElement>('select[name]')) {
    const v = initial.get(s.name);
    if (v && [...s.options].some((o) => o.value === v)) s.value = v;
  }
  // The folding table, the index's manifest and its common trigrams come with the page, so the first query does not wait for them.
  void foldPhrases([]);
  void warmIndex().catch(() => undefined);
  void (async () => {
    columns = initial.get('concept') && fields.includes('concept') ? await conceptColumns() : await filterColumns();
    for (const name of [...fields, 'from', 'to']) {
      const s = select(name);
      if (!s) continue;
      // The menus are filled with URL values wanted, before the counts replace them.
      const v = initial.get(name) ?? '';
      s.replaceChildren(s.options[0] ?? new Option(NONE, ''), ...(v ? [new Option(v, v)] : []));
      s.value = v;
    }
    showCounts(null);
    await run();
  })();
  return { form, input, params, choice, showCounts };
}
