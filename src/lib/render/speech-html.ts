/** The unified pipeline for a speech body: mdast → hast → our rehype plugins → HTML. */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeParagraphLinks from '../../plugins/rehype-paragraph-links.ts';
import rehypeConceptLinks, { type Options as ConceptOptions } from '../../plugins/rehype-concept-links.ts';
import type { Speech } from '../ingest/types.ts';
import { speechToMdast } from './speech-mdast.ts';

export function speechProcessor(concepts: ConceptOptions) {
  return unified().use(remarkRehype).use(rehypeConceptLinks, concepts).use(rehypeParagraphLinks).use(rehypeStringify);
}

export async function speechHtml(speech: Pick<Speech, 'blocks' | 'outline'>, concepts: ConceptOptions): Promise<string> {
  const processor = speechProcessor(concepts);
  return processor.stringify(await processor.run(speechToMdast(speech)));
}
