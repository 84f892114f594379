// A slide deck's end after the speech read from its notes (session 11, wt-after): the last slide's
// marker, the closing slide with its note and page number, and the cue before it. What the reader
// sees: the speech ends at the last note's paragraph; the deck's lines are reported.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { HEAD, SPEECH, lastBlock } from '../helpers/speech-text.ts';

const removedAs = (s: Speech, reason: string): string[] => s.removed.filter((r) => r.reason === reason).map((r) => r.text);

/** Three slides, their notes (under `备注：` when `label` is given), the closing slide last. */
const deck = (label: string[]): string[] => [
  ...HEAD,
  'Slide 1',
  ...label,
  ...SPEECH.slice(0, 3),
  '1',
  'Slide 2',
  ...label,
  ...SPEECH.slice(3),
  '（此处插入短片，约三分钟）',
  '2',
  'Slide 3',
  '感谢聆听',
  ...label,
  '（宣讲结束，请各小组交流体会）',
  '3',
];
const DECK_END = ['（此处插入短片，约三分钟）', 'Slide 3', '感谢聆听'];

describe('a deck’s closing slide after the last note', () => {
  it('ends the speech before the cue, the page number, the last marker and the closing slide', () => {
    const s = ingestText(deck(['备注：']).join('\n'), 'deck.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(s.blocks.map((b) => b.text).join('')).not.toContain('感谢聆听');
    // Reported, whichever rule takes them (the notes pages' slide marks and cues, or the closing slide).
    expect(s.removed.map((r) => r.text)).toEqual(expect.arrayContaining(DECK_END));
    // The title block above the first slide (no cover slide) is the speech's header, not the export's head.
    expect(s.title).toBe(HEAD[0]);
    expect(s.speaker).toBe('张明');
  });

  it('a deck with no notes label (no notes pages found): the closing slide and what follows the last note go as closing-slide', () => {
    const s = ingestText(deck([]).join('\n'), 'deck.txt');
    expect(lastBlock(s)).toBe(SPEECH.at(-1));
    expect(removedAs(s, 'closing-slide')).toEqual(expect.arrayContaining(DECK_END));
  });

  it('keeps a closing line alone on a printed copy’s last page', () => {
    const raw = [...HEAD, '第1页', ...SPEECH.slice(0, 2), '第2页', ...SPEECH.slice(2), '第3页', '谢谢大家！'];
    const s = ingestText(raw.join('\n'), 'printed.txt');
    expect(lastBlock(s)).toBe('谢谢大家！');
  });
});
