/**
 * After each paragraph that has a sentence said in other speeches too, a note listing
 * them: `此句亦见于` the other speeches (earliest first, with their dates), each linking
 * to its paragraph; a sentence said in many speeches shows the first few and a count
 * that links to where all of them are listed. Consecutive sentences of a paragraph said in
 * the same places share a row (`等 3 句亦见于`); past PAGE_PLACES place links a page lists
 * only the count. The note carries `data-parallel`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { openingWords, type ParallelHere, type ParallelPlace } from '../lib/annotate/parallels.ts';

export interface Options {
  /** This speech's paragraphs with parallels. */
  parallels: readonly Item[];
  /** URL of a place: the other speech's page with its paragraph anchor. */
  href: (place: ParallelPlace) => string;
  /**
   * URL listing every speech that says a sentence (e.g. an exact search for it). It is
   * given the sentence's opening words as the note quotes them (at most QUOTE characters,
   * no trailing punctuation): as sure a search as the whole sentence, and a shorter URL.
   */
  all: (sentence: string) => string;
  /** A place's date as shown (`2019年11月12日`, `2016年`, `日期不详`). */
  date: (place: ParallelPlace) => string;
}

/** Places listed before the count. */
const SHOWN = 3;
const QUOTE = 24;
/**
 * Rows on one page at most. Past them, paragraphs get no note of their own and one note
 * at the end says how many more sentences are said elsewhere: a very long speech whose
 * every sentence is said in other speeches too stays a page one can load (a row with
 * three places and a count is about 0.9 KB: at 10,000 bench speeches the heaviest notes
 * weigh 130–140 KB).
 */
export const PAGE_ROWS = 150;

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

type Item = Omit<ParallelHere, 'group'>;

/** Whether two sentences are said in the same places as far as the note shows them. */
function shownAlike(a: Item, b: Item): boolean {
  if (a.count !== b.count) return false;
  const x = a.elsewhere.slice(0, SHOWN);
  const y = b.elsewhere.slice(0, SHOWN);
  return x.length === y.length && x.every((p, k) => p.slug === y[k]!.slug && p.paragraph === y[k]!.paragraph);
}

/** A paragraph's items as rows: consecutive sentences said in the same places share one row (`等 3 句`). */
function rows(items: readonly Item[]): { item: Item; sentences: number }[] {
  const out: { item: Item; sentences: number }[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (last && shownAlike(last.item, item)) last.sentences++;
    else out.push({ item, sentences: 1 });
  }
  return out;
}

/** The note after one paragraph, of its rows. */
function note(lines: readonly { item: Item; sentences: number }[], o: Options): Element {
  const items = lines.map(({ item, sentences }) => {
    const chars = [...item.sentence];
    const quote = chars.length > QUOTE ? `${chars.slice(0, QUOTE).join('')}…` : item.sentence;
    const places: ElementContent[] = [];
    item.elsewhere.slice(0, SHOWN).forEach((p, i) => {
      if (i) places.push(text('；'));
      places.push(el('a', { href: o.href(p) }, [text(`《${p.title}》`)]), text(`（${o.date(p)}）`));
    });
    if (item.count > SHOWN) {
      places.push(
        text('；'),
        el('a', { href: o.all(openingWords(item.sentence, QUOTE)), className: ['parallel-all'] }, [text(`共 ${item.count} 篇`)]),
      );
    }
    return el('li', {}, [el('q', {}, [text(quote)]), text(sentences > 1 ? ` 等 ${sentences} 句亦见于 ` : ' 亦见于 '), ...places]);
  });
  return el('aside', { className: ['parallels'], dataParallel: '', ariaLabel: '本段语句亦见于其他讲话' }, [el('ul', {}, items)]);
}

export default function rehypeParallels(options: Options) {
  const byParagraph = new Map<number, Omit<ParallelHere, 'group'>[]>();
  for (const p of options.parallels) {
    const list = byParagraph.get(p.paragraph);
    if (list) list.push(p);
    else byParagraph.set(p.paragraph, [p]);
  }
  return (tree: Root) => {
    if (!byParagraph.size) return;
    let room = PAGE_ROWS;
    let left = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      const id = node.properties.id;
      const n = typeof id === 'string' && /^p(\d+)$/.exec(id);
      const items = n ? byParagraph.get(Number(n[1])) : undefined;
      if (!items) return;
      const lines = rows(items);
      if (lines.length > room) {
        room = 0;
        left += items.length;
        return;
      }
      room -= lines.length;
      parent.children.splice(index + 1, 0, note(lines, options));
      return index + 2;
    });
    if (left) {
      tree.children.push(
        el('aside', { className: ['parallels'], dataParallel: '', dataParallelMore: '', ariaLabel: '其余亦见于其他讲话的语句' }, [
          text(`本篇另有 ${left} 句亦见于其他讲话，篇幅所限，未逐段列出。`),
        ]),
      );
    }
  };
}
