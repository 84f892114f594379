/**
 * After each paragraph that has a sentence said in other speeches too, a note listing
 * them: `此句亦见于` the other speeches (earliest first, with their dates), each linking
 * to its paragraph; a sentence said in many speeches shows the first few and a count
 * that links to where all of them are listed. The note carries `data-parallel`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { ParallelHere, ParallelPlace } from '../lib/annotate/parallels.ts';

export interface Options {
  /** This speech's paragraphs with parallels. */
  parallels: readonly Omit<ParallelHere, 'group'>[];
  /** URL of a place: the other speech's page with its paragraph anchor. */
  href: (place: ParallelPlace) => string;
  /** URL listing every speech that says a sentence (e.g. an exact search for it). */
  all: (sentence: string) => string;
  /** A place's date as shown (`2019年11月12日`, `2016年`, `日期不详`). */
  date: (place: ParallelPlace) => string;
}

/** Places listed before the count. */
const SHOWN = 3;
const QUOTE = 24;

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

function note(items: readonly Omit<ParallelHere, 'group'>[], o: Options): Element {
  const rows = items.map((item) => {
    const quote = [...item.sentence].length > QUOTE ? `${[...item.sentence].slice(0, QUOTE).join('')}…` : item.sentence;
    const places: ElementContent[] = [];
    item.elsewhere.slice(0, SHOWN).forEach((p, i) => {
      if (i) places.push(text('；'));
      places.push(el('a', { href: o.href(p) }, [text(`《${p.title}》`)]), text(`（${o.date(p)}）`));
    });
    if (item.count > SHOWN) {
      places.push(text('；'), el('a', { href: o.all(item.sentence), className: ['parallel-all'] }, [text(`共 ${item.count} 篇`)]));
    }
    return el('li', {}, [el('q', {}, [text(quote)]), text(' 亦见于 '), ...places]);
  });
  return el('aside', { className: ['parallels'], dataParallel: '', ariaLabel: '本段语句亦见于其他讲话' }, [
    el('ul', {}, rows),
  ]);
}

export default function rehypeParallels(options: Options) {
  const byParagraph = new Map<number, Omit<ParallelHere, 'group'>[]>();
  for (const p of options.parallels) byParagraph.set(p.paragraph, [...(byParagraph.get(p.paragraph) ?? []), p]);
  return (tree: Root) => {
    if (!byParagraph.size) return;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      const id = node.properties.id;
      const n = typeof id === 'string' && /^p(\d+)$/.exec(id);
      const items = n ? byParagraph.get(Number(n[1])) : undefined;
      if (!items) return;
      parent.children.splice(index + 1, 0, note(items, options));
      return index + 2;
    });
  };
}
