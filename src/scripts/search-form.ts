/**
 * What /search/ and /concordance/ share: a form whose state is the URL (`?q=…&year=…`),
 * filter selects filled from the archive's filter values (search-data/index.json) once the
 * engine has loaded, and a run on load and on submit.
 */
import { filterCounts, preloadQuery } from './search-engine.ts';

export interface SearchForm {
  form: HTMLFormElement;
  input: HTMLInputElement;
  /** The form's values, empty ones left out. */
  params(): URLSearchParams;
  /** The chosen filters among `names`, for Pagefind. */
  filters(): Record<string, string>;
}

/**
 * `run` searches what the form says; `prepare(q)`, called when typing pauses, may load what
 * that search will need (by default the index chunks of the query's character pairs).
 */
export function searchForm(
  selector: string,
  filterNames: readonly string[],
  run: () => Promise<void>,
  { counts = true, prepare = preloadQuery }: { counts?: boolean; prepare?: (q: string) => Promise<void> } = {},
): SearchForm {
  const form = document.querySelector<HTMLFormElement>(selector)!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const params = () => {
    const p = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    for (const [k, v] of [...p]) if (!v) p.delete(k);
    return p;
  };
  const filters = () => Object.fromEntries(filterNames.flatMap((n) => (params().get(n) ? [[n, params().get(n)!]] : [])));

  // A pause in typing loads what the query will need, so the search is quick on Enter.
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (event) => {
    clearTimeout(typing);
    if ((event as InputEvent).isComposing) return;
    typing = setTimeout(() => void prepare(input.value).catch(() => undefined), 150);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?${params()}`);
    void run();
  });

  // The URL sets the form; selects get their options (with counts) first.
  const initial = new URLSearchParams(location.search);
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    if (!filterNames.includes(field.name) && initial.has(field.name)) field.value = initial.get(field.name)!;
  }
  void (async () => {
    const available = await filterCounts();
    for (const name of filterNames) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
      const values = Object.entries(available[name] ?? {}).sort(([a], [b]) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh')));
      for (const [value, n] of values) select.add(new Option(counts ? `${value}（${n}）` : value, value));
      select.value = initial.get(name) ?? '';
    }
    if (input.value) await run();
  })();
  return { form, input, params, filters };
}
