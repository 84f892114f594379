/** The unified pipeline for a speech body: mdast → hast → our rehype plugins → HTML. */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeParagraphLinks from '../../plugins/rehype-paragraph-links.ts';
import rehypeConceptLinks, { type Options as ConceptOptions } from '../../plugins/rehype-concept-links.ts';
import rehypeParallels, { type Options as ParallelOptions } from '../../plugins/rehype-parallels.ts';
import type { Speech } from '../ingest/types.ts';
import { speechToMdast } from './speech-mdast.ts';

export function speechProcessor(concepts: ConceptOptions, parallels?: ParallelOptions) {
  const base = unified().use(remarkRehype).use(rehypeConceptLinks, concepts).use(rehypeParagraphLinks);
  return (parallels ? base.use(rehypeParallels, parallels) : base).use(rehypeStringify);
}

/** `parallels`: notes of sentences said in other speeches too, after their paragraphs. */
export async function speechHtml(
  speech: Pick<Speech, 'blocks' | 'outline'>,
  concepts: ConceptOptions,
  parallels?: ParallelOptions,
): Promise<string> {
  const processor = speechProcessor(concepts, parallels);
  return processor.stringify(await processor.run(speechToMdast(speech)));
}
