/**
 * rehype plugin: links every occurrence of a glossary term in the text to its
 * concept page. Longest wording first, never inside a longer term; text inside
 * headings, links, scripts and the like is left alone, and the text itself is
 * unchanged character for character (only wrapped).
 *
 * The definition is reachable without JavaScript: the link's `aria-describedby`
 * points at a hidden definition placed once per concept at the end of the tree,
 * and CSS shows `data-definition` on hover and keyboard focus.
 */
import type { Element, ElementContent, Root } from 'hast';
import { findAndReplace } from 'hast-util-find-and-replace';
import type { Matcher } from '../lib/concepts/matcher.ts';

export interface ConceptInfo {
  term: string;
  definition: string;
  href: string;
}

export interface Options {
  matcher: Matcher;
  /** Concept facts by slug. */
  concepts: ReadonlyMap<string, ConceptInfo>;
  /** Tag names whose text is never annotated. Default: headings, links, code, scripts. */
  ignore?: string[];
}

const defaultIgnore = ['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'svg', 'title', 'button'];

export const definitionId = (slug: string) => `def-${slug}`;

export default function rehypeConceptLinks(options: Options) {
  if (!options?.matcher || !options.concepts) throw new Error('rehype-concept-links: expected `{ matcher, concepts }`');
  const { matcher, concepts, ignore = defaultIgnore } = options;
  return (tree: Root) => {
    const used = new Set<string>();
    findAndReplace(
      tree,
      [
        matcher.regex(),
        (text: string) => {
          const slug = matcher.slugOf(text);
          const concept = slug ? concepts.get(slug) : undefined;
          if (!slug || !concept) return false;
          used.add(slug);
          const link: Element = {
            type: 'element',
            tagName: 'a',
            properties: {
              href: concept.href,
              className: ['concept'],
              dataConcept: slug,
              dataDefinition: `${concept.term}：${concept.definition}`,
              ariaDescribedBy: [definitionId(slug)],
            },
            children: [{ type: 'text', value: text }],
          };
          return link;
        },
      ],
      { ignore },
    );
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
