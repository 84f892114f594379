/**
 * The search box in the header of every page answers as you type: titles, speakers,
 * campaigns, outline headings and concept pages, from the small Pagefind index the build
 * writes from the speech data (`pagefind/`, src/integrations/quick-index.ts), loaded on the
 * first keystroke. The list ends with “全文检索” for exact full-text results, where Enter
 * also goes (/search/?q=, the form's own action). `#quick-results` carries `aria-busy`.
 */
interface PagefindResult {
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: Record<string, unknown>, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

/** Answers shown; the full-text link comes after them. */
const SHOWN = 8;

export function quickBox(form: HTMLFormElement, base: string): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = document.createElement('ul');
  list.id = 'quick-results';
  list.className = 'quick-results';
  list.hidden = true;
  list.setAttribute('aria-label', '快速检索结果');
  form.append(list);
  input.setAttribute('aria-controls', list.id);

  let engine: Promise<Pagefind> | undefined;
  const load = () =>
    (engine ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      // Record URLs already hold the site's base.
      await pf.options({ baseUrl: '/', excerptLength: 0 });
      return pf;
    }));

  const item = (href: string, title: string, kind: string, detail: string) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = href;
    const tag = document.createElement('span');
    tag.className = 'kind';
    tag.textContent = kind;
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = title;
    a.append(tag, name);
    if (detail) {
      const more = document.createElement('span');
      more.className = 'detail muted';
      more.textContent = detail;
      a.append(more);
    }
    li.append(a);
    return li;
  };

  let latest = 0;
  input.addEventListener('input', () => void answer());
  async function answer(): Promise<void> {
    const mine = ++latest;
    const q = input.value.trim();
    if (!q) {
      list.hidden = true;
      list.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const pf = await load();
      const found = await pf.debouncedSearch(q, {}, 120);
      if (mine !== latest || found === null) return;
      const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
      if (mine !== latest) return;
      const full = item(`${base}search/?q=${encodeURIComponent(q)}`, `全文检索“${q}”`, '全文', '逐字查找全部讲话');
      full.dataset.full = '';
      list.replaceChildren(
        ...data.map((d) => {
          const li = item(d.url, d.meta.title ?? d.url, d.meta.kind ?? '', d.meta.detail ?? '');
          li.dataset.quickResult = '';
          return li;
        }),
        full,
      );
      list.hidden = false;
    } finally {
      if (mine === latest) list.setAttribute('aria-busy', 'false');
    }
  }

  // Arrow keys move from the box into the list and through it; Escape closes it.
  form.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (event.key === 'Escape') {
      list.hidden = true;
      input.focus();
      return;
    }
    if (list.hidden || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? links[at + 1] : at <= 0 ? input : links[at - 1];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) list.hidden = true;
  });
}
