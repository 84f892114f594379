/** Raw bytes → text. UTF-8 (with or without BOM); anything else is a clear error. */
import { IngestError } from '../ingest/types.ts';

export function decodeRaw(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new IngestError(
      source,
      null,
      'is not valid UTF-8 text',
      'Save it as UTF-8 (in most editors: "Save as…" → encoding UTF-8) and rebuild.',
    );
  }
}
