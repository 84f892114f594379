/**
 * Markdown marks taken off a text that is evidently Markdown: a note kept in a notes
 * app or a blog's source (`# 标题`, `> 引文`, `**强调**`, `[原文链接](http…)`). The
 * text is parsed with remark-parse (unified); every line keeps exactly the characters
 * Markdown shows as text on it, so line numbers and line breaks stay as written, and
 * the marks and link targets taken off are reported per line (`markdown-marks`). A
 * line that is all marks (a `---` rule, a link definition) is reported whole.
 *
 * Evidently Markdown: marks of at least two kinds that plain Chinese text does not
 * use at the start of a line or around words — an ATX heading, a quote line, a link
 * or image, strong emphasis, a code fence — one of them a mark that shapes a line (a
 * heading, a quote, a fence). One kind alone (a `---` line, a `>` in a breadcrumb) is
 * text, and so are marks inside a sentence only (`**不是粗体** [不是链接](…)` written
 * as characters): they are kept as written.
 */
import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Line } from './noise.ts';
import type { Removal } from './types.ts';

/** Marks that shape a line. */
const LINE_KINDS: readonly RegExp[] = [
  /^ {0,3}#{1,6}[ \t]+\S/m, // ATX heading
  /^ {0,3}>[ \t]?\S/m, // quote line
  /^ {0,3}(```|~~~)/m, // code fence
];
/** Marks inside a line. */
const INLINE_KINDS: readonly RegExp[] = [
  /\]\([^()\s\]]{1,500}\)/, // the end of a link or image, `](target)` (bounded: linear on any line)
  /\*\*[^*\n]+\*\*|__[^_\n]+__/, // strong emphasis
];

/** Whether `text` shows marks of two kinds or more, one of them shaping a line (see the module comment). */
export function isMarkdown(text: string): boolean {
  const lineKinds = LINE_KINDS.filter((k) => k.test(text)).length;
  return lineKinds > 0 && lineKinds + INLINE_KINDS.filter((k) => k.test(text)).length >= 2;
}

export interface MarkdownRead {
  lines: Line[];
  removed: Removal[];
  /** Number of lines that lost marks (0: the text was left as it is). */
  changed: number;
}

/** Takes the Markdown marks off `lines` when the text is evidently Markdown; otherwise returns them as they are. */
export function takeOffMarkdown(lines: readonly Line[]): MarkdownRead {
  const source = lines.map((l) => l.text).join('\n');
  if (!isMarkdown(source)) return { lines: [...lines], removed: [], changed: 0 };
  const texts = lines.map((l) => l.text);
  const shown = shownText(unified().use(remarkParse).parse(source), texts);
  const removed: Removal[] = [];
  let changed = 0;
  const out = lines.map((l, i) => {
    const kept = shown[i] ?? '';
    if (kept === l.text || (!kept.trim() && !l.text.trim())) return l;
    changed++;
    for (const piece of takenOff(l.text, kept)) removed.push({ reason: 'markdown-marks', text: piece, line: l.line });
    return { text: kept, line: l.line };
  });
  return { lines: out, removed, changed };
}

/** The text Markdown shows on each line (0-based), from the text, code and HTML nodes' positions. */
function shownText(tree: Root, source: readonly string[]): string[] {
  const lineCount = source.length;
  const shown: string[] = Array.from({ length: lineCount }, () => '');
  const put = (value: string, firstLine: number): void => {
    value.split('\n').forEach((part, k) => {
      const at = firstLine + k;
      if (at >= 0 && at < lineCount) shown[at] += part;
    });
  };
  const walk = (node: Root | RootContent): void => {
    const start = node.position?.start.line;
    if (start === undefined) return;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        put(node.value, start - 1);
        return;
      case 'code':
        // A fenced block's text begins on the line after its fence; an indented block's on its own line.
        put(node.value, /^ {0,3}(```|~~~)/.test(source[start - 1] ?? '') ? start : start - 1);
        return;
      default:
        if ('children' in node) for (const c of node.children) walk(c);
    }
  };
  walk(tree);
  return shown;
}

/** The runs of `line` that `kept` leaves out (`kept` a subsequence of it), or the whole line when it is not one. */
function takenOff(line: string, kept: string): string[] {
  const pieces: string[] = [];
  let j = 0;
  let run = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (j < kept.length && ch === kept[j]) {
      j++;
      if (run.trim()) pieces.push(run.trim());
      run = '';
    } else run += ch;
  }
  if (run.trim()) pieces.push(run.trim());
  return j === kept.length ? pieces : [line];
}
