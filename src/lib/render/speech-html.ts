/** The unified pipeline for a speech body: mdast → hast → our rehype plugins → HTML. */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeParagraphLinks from '../../plugins/rehype-paragraph-links.ts';
import type { Speech } from '../ingest/types.ts';
import { speechToMdast } from './speech-mdast.ts';

const processor = unified().use(remarkRehype).use(rehypeParagraphLinks).use(rehypeStringify);

export async function speechHtml(speech: Pick<Speech, 'blocks' | 'outline'>): Promise<string> {
  const hast = await processor.run(speechToMdast(speech));
  return processor.stringify(hast);
}
