/** A raw file of any format the archive reads → Speech: the reading stage (formats/), then the same ingest for every format. */
import { readRawFile } from './formats/index.ts';
import { ingestText } from './index.ts';
import type { Speech } from './types.ts';

export async function ingestFile(bytes: Uint8Array, fileName: string): Promise<Speech> {
  const read = await readRawFile(bytes, fileName);
  return ingestText(read.text, fileName, read.page, read.notes);
}
