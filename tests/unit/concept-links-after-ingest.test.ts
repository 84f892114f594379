/** A term cut in two by a page-chunk number in the raw text is whole again after ingest, and linked. */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { speechToMdast } from '../../src/lib/render/speech-mdast.ts';
import { createMatcher } from '../../src/lib/concepts/matcher.ts';
import rehypeConceptLinks from '../../src/plugins/rehype-concept-links.ts';

// The shape of seed 004: one text cut into numbered chunks, here cutting the terms themselves.
const raw = [
  '1、市委书记在全市巡视整改推进会上的讲话 同志们：今天我们召开会议，必须坚决做到“两个',
  '2、维护”，树牢“四个意',
  '3、识”，推动全面从严治',
  '4、党向纵深发展。',
].join('\n');

const glossary = [
  { slug: 'liang-ge-wei-hu', term: '两个维护', wordings: ['两个维护'], definition: '两个坚决维护的简称。' },
  { slug: 'si-ge-yi-shi', term: '四个意识', wordings: ['四个意识'], definition: '四种意识的合称。' },
  { slug: 'qmcyzd', term: '全面从严治党', wordings: ['全面从严治党'], definition: '从严治党的全面要求。' },
];
const matcher = createMatcher(glossary);
const concepts = new Map(glossary.map((g) => [g.slug, { term: g.term, definition: g.definition, href: `/concepts/${g.slug}/` }]));

describe('a term split by a page-chunk cut', () => {
  const speech = ingestText(raw, 'cut.txt');
  const text = speech.blocks.map((b) => b.text).join('');

  it('is joined by ingest', () => {
    expect(text).toContain('必须坚决做到“两个维护”，树牢“四个意识”，推动全面从严治党向纵深发展。');
    expect(speech.removed.filter((r) => r.reason === 'page-number').map((r) => r.text)).toEqual(['1、', '2、', '3、', '4、']);
  });

  it('is linked as one term', () => {
    const processor = unified().use(remarkRehype).use(rehypeConceptLinks, { matcher, concepts }).use(rehypeStringify);
    const html = processor.stringify(processor.runSync(speechToMdast(speech)));
    expect([...html.matchAll(/data-concept="([^"]+)"/g)].map((m) => m[1])).toEqual(['liang-ge-wei-hu', 'si-ge-yi-shi', 'qmcyzd']);
  });
});
