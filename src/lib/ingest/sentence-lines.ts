/**
 * A plain text typed one sentence a line, its paragraphs the blocks between blank lines:
 *
 *     龙年春节即将到来。
 *     今天，我们在这里欢聚一堂。
 *
 *     首先，我代表……
 *
 * Read one line to a paragraph, every sentence would be a paragraph of its own. The text says
 * it is typed that way by its own evidence: blank lines stand between blocks, at least four
 * blocks hold two or more lines, and nearly every line of those blocks is one sentence (it ends
 * one, with no sentence end inside it: a text of one paragraph to a line has several sentences
 * on most lines). Then the lines of each block are joined into one paragraph, unless a line
 * opens with an outline marker (`一、`, `（二）`, `1.`; not a series word, `一是`) or is no sentence (a title, a date, a
 * name). Characters are never changed (the lines are concatenated as written); each paragraph
 * joined is reported as a repair `join-sentence-lines`. Runs after rewrap.ts, only when that
 * found no hard wrapping.
 */
import { len } from './line-features.ts';
import { markerAt } from './outline-markers.ts';
import { concat, lineAt, slice } from './traced.ts';
import type { Traced } from './traced.ts';
import type { Repair } from './types.ts';

/** Ends a sentence, quotes closed after it. */
const ENDS = /[。！？!?…][”’」』）)]*$/u;
/** A sentence end followed by more text on the line. */
const INNER_END = /[。！？!?][”’」』）)]*(?=.)/u;

/** A line of one sentence: it ends one, and none ends inside it. */
const oneSentence = (t: string): boolean => ENDS.test(t) && !INNER_END.test(t) && len(t) >= 6;

/** A line opening a heading or a point (`一、`, `（二）`, `1.`); a series word (`一是`, `一些`) goes on a paragraph. */
const heading = (t: string): boolean => markerAt(t)?.series === false;

/** Blocks needed with two or more lines, and the share of their lines that must be one sentence. */
const MIN_BLOCKS = 4;
const MIN_SHARE = 0.85;

/** The blocks (runs of lines with no blank line between) as [from, to) index ranges. */
function blocksOf(blankBefore: readonly boolean[], n: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || blankBefore[i]) {
      out.push([from, i]);
      from = i;
    }
  }
  return out;
}

export function joinSentenceLines(logical: readonly Traced[], blankBefore: readonly boolean[]): { logical: Traced[]; repairs: Repair[] } {
  const texts = logical.map((l) => l.text.trim());
  const blocks = blocksOf(blankBefore, logical.length);
  // Blocks of prose (a line of them ends a sentence: not a title block's lines) with two lines or more.
  const multi = blocks.filter(([a, b]) => b - a >= 2 && texts.slice(a, b).some((t) => ENDS.test(t)));
  const lines = multi.flatMap(([a, b]) => texts.slice(a, b));
  const single = lines.filter(oneSentence).length;
  if (multi.length < MIN_BLOCKS || single < lines.length * MIN_SHARE) return { logical: [...logical], repairs: [] };
  const out: Traced[] = [];
  const repairs: Repair[] = [];
  for (const [a, b] of blocks) {
    let cur: Traced | null = null;
    let joined = 0;
    const flush = (): void => {
      if (!cur) return;
      if (joined)
        repairs.push({
          kind: 'join-sentence-lines',
          detail: `${joined + 1} lines of one sentence each joined into one paragraph (${[...cur.text.trim()].slice(0, 10).join('')}…): the text is typed one sentence a line, its paragraphs the blocks between blank lines (${single} of ${lines.length} lines in ${multi.length} blocks are one sentence)`,
          line: lineAt(cur, 0),
        });
      out.push(cur);
      cur = null;
      joined = 0;
    };
    for (let i = a; i < b; i++) {
      const t = texts[i]!;
      const prev: Traced | null = cur;
      if (prev !== null && oneSentence(t) && ENDS.test(prev.text.trim()) && !heading(t)) {
        const line = logical[i]!;
        cur = concat(slice(prev, 0, prev.text.trimEnd().length), slice(line, line.text.length - line.text.trimStart().length));
        joined++;
        continue;
      }
      flush();
      cur = oneSentence(t) ? logical[i]! : null;
      if (!cur) out.push(logical[i]!);
    }
    flush();
  }
  return { logical: out, repairs };
}
