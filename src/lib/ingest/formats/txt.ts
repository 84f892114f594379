/** A plain-text file: decoded (decode.ts: UTF-8, UTF-16 with BOM, GB18030), nothing else to read. */
import { decodeRaw } from '../decode.ts';
import { noNotes, type RawRead } from './read.ts';

export function readTxt(bytes: Uint8Array, source: string): RawRead {
  return { text: decodeRaw(bytes, source), page: { format: 'txt' }, notes: noNotes() };
}
