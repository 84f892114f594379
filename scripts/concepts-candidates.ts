/**
 * `npm run concepts:candidates [-- --raw DIR] [--top N]`: numbered expressions and
 * quoted short terms in the speeches that have no glossary entry yet, with counts,
 * the speeches they occur in and one example each. The editor's list of what to write next.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '../src/lib/ingest/index.ts';
import { isRawFile } from '../src/lib/ingest/formats/index.ts';
import { ingestFile } from '../src/lib/ingest/ingest-file.ts';
import { glossaryMatcher } from '../src/lib/concepts/glossary.ts';
import { findCandidates, type Text } from './lib/candidates.ts';
import { readGlossary } from './lib/glossary-files.ts';

const { values } = parseArgs({ options: { raw: { type: 'string', default: 'content/raw' }, top: { type: 'string', default: '40' } } });
const root = resolve(values.raw!);

function rawFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return rawFiles(path);
      return isRawFile(name) ? [path] : [];
    });
}

const texts: Text[] = [];
for (const file of rawFiles(root)) {
  const source = relative(root, file);
  try {
    const speech = await ingestFile(readFileSync(file), source);
    texts.push({ source, paragraphs: speech.blocks.map((b) => b.text) });
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    console.warn(`skipped ${error.message}`);
  }
}
const glossary = readGlossary();
const candidates = findCandidates(texts, glossaryMatcher(glossary));
const top = candidates.slice(0, Number(values.top));
console.log(
  `${texts.length} texts in ${root}; ${glossary.length} glossary entries; ${candidates.length} candidate terms, top ${top.length}:\n`,
);
console.log('| term | count | speeches | example | in |');
console.log('|---|---|---|---|---|');
for (const c of top) {
  const where = c.sources.slice(0, 3).join(', ') + (c.sources.length > 3 ? ` +${c.sources.length - 3}` : '');
  console.log(`| ${c.term} | ${c.count} | ${c.sources.length} | ${c.example.replace(/\|/g, '｜')} | ${where} |`);
}
