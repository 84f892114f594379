/**
 * rehype plugin: links every occurrence of a glossary term in the text to its
 * concept page. Longest wording first, never inside a longer term, an ambiguous
 * wording only where its sense rules accept the context (the matcher decides, on
 * each text node: a speech paragraph is one); text inside headings, links, scripts
 * and the like is left alone, and the text itself is unchanged character for
 * character (only wrapped).
 *
 * The definition is reachable without JavaScript: the link's `aria-describedby`
 * points at a hidden definition placed once per concept at the end of the tree,
 * and CSS shows `data-definition` on hover and keyboard focus.
 */
import type { ElementContent, Parent, Root, Text } from 'hast';
import type { ConceptInfo } from '../lib/concepts/glossary.ts';
import type { Matcher } from '../lib/concepts/matcher.ts';
import type { DocContext } from '../lib/concepts/senses.ts';

export interface Options {
  matcher: Matcher;
  /** Concept facts by slug. */
  concepts: ReadonlyMap<string, ConceptInfo>;
  /** Tag names whose text is never annotated. Default: headings, links, code, scripts. */
  ignore?: string[];
  /** The speech's year and campaign, for sense rules that depend on them. */
  doc?: DocContext;
}

const defaultIgnore = ['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'svg', 'title', 'button'];

export const definitionId = (slug: string) => `def-${slug}`;

export default function rehypeConceptLinks(options: Options) {
  if (!options?.matcher || !options.concepts) throw new Error('rehype-concept-links: expected `{ matcher, concepts }`');
  const { matcher, concepts, ignore = defaultIgnore, doc } = options;
  const ignored = new Set(ignore);
  return (tree: Root) => {
    const used = new Set<string>();

    const linked = (text: Text): ElementContent[] | undefined => {
      const matches = matcher.find(text.value, doc).filter((m) => concepts.has(m.slug));
      if (matches.length === 0) return undefined;
      const out: ElementContent[] = [];
      let at = 0;
      for (const m of matches) {
        const concept = concepts.get(m.slug)!;
        if (m.index > at) out.push({ type: 'text', value: text.value.slice(at, m.index) });
        used.add(m.slug);
        out.push({
          type: 'element',
          tagName: 'a',
          properties: {
            href: concept.href,
            className: ['concept'],
            dataConcept: m.slug,
            dataDefinition: `${concept.term}：${concept.definition}`,
            ariaDescribedBy: [definitionId(m.slug)],
          },
          children: [{ type: 'text', value: m.text }],
        });
        at = m.index + m.text.length;
      }
      if (at < text.value.length) out.push({ type: 'text', value: text.value.slice(at) });
      return out;
    };

    const walk = (parent: Parent) => {
      const children: (typeof parent.children)[number][] = [];
      for (const child of parent.children) {
        if (child.type === 'text') {
          children.push(...(linked(child) ?? [child]));
          continue;
        }
        if (child.type === 'element') {
          if (!ignored.has(child.tagName)) walk(child);
          if (child.content) walk(child.content);
        }
        children.push(child);
      }
      parent.children = children as typeof parent.children;
    };
    walk(tree);

    if (used.size === 0) return;
    const definitions: ElementContent[] = [...used].sort().map((slug) => ({
      type: 'element',
      tagName: 'p',
      properties: { id: definitionId(slug) },
      children: [{ type: 'text', value: `${concepts.get(slug)!.term}：${concepts.get(slug)!.definition}` }],
    }));
    tree.children.push({
      type: 'element',
      tagName: 'div',
      properties: { className: ['concept-definitions'], hidden: true },
      children: definitions,
    });
  };
}
