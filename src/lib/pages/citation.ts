/** A passage with its citation, as writers paste it into a draft. */
export interface CitationSource {
  speaker?: string;
  title?: string;
  /** Display date, e.g. `2019年11月12日`. */
  date?: string;
  url: string;
}

/**
 * `text` + `——龚夏梅《在全市第二批主题教育工作推进会上的讲话》（2019年11月12日），URL`.
 * Unknown parts are left out rather than guessed.
 */
export function citation(text: string, source: CitationSource): string {
  return `${text.trim()}\n——${reference(source)}`;
}

/** The citation alone: `龚夏梅《在全市…讲话》（2019年11月12日），URL` (a printed speech carries it). */
export function reference(source: CitationSource): string {
  const who = source.speaker ?? '';
  const title = source.title ? `《${source.title}》` : '';
  const date = source.date ? `（${source.date}）` : '';
  return `${who}${title}${date}，${source.url}`;
}
