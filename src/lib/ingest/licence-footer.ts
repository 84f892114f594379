/**
 * A licence footer broken over short lines at the text's end (a wiki's licence template copied
 * as text: `這部作品在…發表，…，在` / `美國` / `以及版權期限是` / … / `公有領域` / `。`). Its shape: one
 * sentence split at every link, so a run of short lines none of which ends a sentence but the
 * last, right at the end of the file, under the speech's last sentence. A speech's lines each
 * end a sentence (or are headings, one at a time); the run must also name a licence or rights
 * (read on the text folded to simplified characters), so a speech's closing heading is not taken.
 */
import { hanCount, isLinkLike, len } from './line-features.ts';
import { foldTraditional } from './traditional.ts';

/** A line that ends a sentence (the footer's last line ends its one sentence: `。` alone). */
const ENDS_SENTENCE = /[。！？；!?.][”’」』）)]*$/u;
/** Longest line of the run: a link's words or the text between two links. */
const MAX_LINE = 80;
/** Fewest lines: a sentence broken at two links or more. */
const MIN_LINES = 3;
/** Most characters of the whole run. */
const MAX_CHARS = 400;
/** Most link lines under the footer. */
const MAX_BELOW = 4;
/** What a licence footer speaks of: rights, a licence, the public domain. */
const LICENCE = /公有领域|版权|著作权|许可协议|授权协议|知识共享|Public domain|Creative Commons|CC[- ]BY|GFDL|GNU/iu;

/**
 * Indices (into texts) of a licence footer broken over short lines at the text's end; none when
 * the text's last lines are not of that shape. Blank lines (and lines already removed) are skipped.
 */
export function brokenLicenceFooter(texts: readonly string[]): number[] {
  const run: number[] = [];
  // Under the footer, lines that are a link or carry no Chinese (`取自“https://…”`, `Public domain`) go with it.
  const below: number[] = [];
  let chars = 0;
  for (let i = texts.length - 1; i >= 0; i--) {
    const t = (texts[i] ?? '').trim();
    if (!t) continue;
    if (!run.length && (isLinkLike(t) || (hanCount(t) === 0 && /[A-Za-z]/.test(t))) && len(t) <= MAX_LINE * 2 && below.length < MAX_BELOW) {
      below.unshift(i);
      continue;
    }
    // The run's last line ends its sentence; every line above it in the run runs on.
    if (run.length ? ENDS_SENTENCE.test(t) : !ENDS_SENTENCE.test(t)) break;
    if (len(t) > MAX_LINE) break;
    chars += len(t);
    if (chars > MAX_CHARS) return [];
    run.unshift(i);
  }
  if (run.length < MIN_LINES) return [];
  const joined = foldTraditional(run.map((i) => texts[i]!.trim()).join(''));
  return LICENCE.test(joined) ? [...run, ...below] : [];
}
