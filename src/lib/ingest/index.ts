// PLACEHOLDER until the real cleaner lands: one paragraph per non-empty line.
import type { Speech } from './types.ts';
export * from './types.ts';

export function ingestText(raw: string, source: string): Speech {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  const blocks = lines
    .map((text, i) => ({ kind: 'paragraph' as const, text: text.trim(), line: i + 1 }))
    .filter((b) => b.text);
  return {
    source, title: blocks[0]?.text ?? source, speaker: null, date: null, year: null,
    occasion: null, campaign: null, notes: [], blocks, outline: [], removed: [], repairs: [],
    chars: blocks.reduce((n, b) => n + [...b.text].length, 0),
  };
}
