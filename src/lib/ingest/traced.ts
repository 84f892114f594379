/**
 * Text that remembers which raw line each part came from. Joining page chunks
 * glues several raw lines into one and splitting glued paragraphs cuts one raw
 * line into several; blocks and reports still have to name the raw line, so
 * every step works on `Traced` values instead of bare strings.
 */

export interface Traced {
  text: string;
  /** Sorted by `offset` (UTF-16 index into `text`); the first has offset 0. */
  starts: { offset: number; line: number }[];
}

export function traced(text: string, line: number): Traced {
  return { text, starts: [{ offset: 0, line }] };
}

/** Raw line of the character at `offset`. */
export function lineAt(t: Traced, offset: number): number {
  let line = t.starts[0]?.line ?? 0;
  for (const s of t.starts) {
    if (s.offset <= offset) line = s.line;
    else break;
  }
  return line;
}

export function slice(t: Traced, from: number, to: number = t.text.length): Traced {
  const starts = [{ offset: 0, line: lineAt(t, from) }];
  for (const s of t.starts) {
    if (s.offset > from && s.offset < to) starts.push({ offset: s.offset - from, line: s.line });
  }
  return { text: t.text.slice(from, to), starts };
}

export function concat(a: Traced, b: Traced): Traced {
  const shift = a.text.length;
  return {
    text: a.text + b.text,
    starts: [...a.starts, ...b.starts.map((s) => ({ offset: s.offset + shift, line: s.line }))],
  };
}

/** Trims whitespace (incl. U+3000) at both ends, keeping line starts right. */
export function trim(t: Traced): Traced {
  const lead = t.text.length - t.text.trimStart().length;
  const end = t.text.trimEnd().length;
  if (end <= lead) return { text: '', starts: [{ offset: 0, line: lineAt(t, lead) }] };
  return slice(t, lead, end);
}
