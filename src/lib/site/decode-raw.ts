/**
 * Raw bytes → text. The decoder lives with the other ingest steps (it is pure
 * and part of what the ingest digest covers); this re-export keeps the import
 * path that the loader and the scripts use.
 */
export { decodeRaw } from '../ingest/decode.ts';
