// Text that is hostile to a pipeline (markup, MDX, YAML fences, huge lines,
// invisible characters) passes through ingest as plain characters. Ingest does
// not escape; rendering does (tested with the pages). Invisible characters are
// the one exception: they are removed, and every removal is reported.
import { describe, expect, test } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import type { Speech } from '../../src/lib/ingest/index.ts';
import { decodeRaw } from '../../src/lib/ingest/decode.ts';
import { toFullWidthPunctuation } from '../../src/lib/ingest/normalise.ts';
import { lostSentences } from './fixtures/ingest-helpers.ts';

const HOSTILE = [
  '{ } < > & ` * _ # [ ] |',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<Component prop={x} />',
  "import x from 'y'",
  'export const a = 1',
  '{/* comment */}',
  '&lt;b&gt; &amp;amp; &#x3C;',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile input, not a template
  '${process.env.SECRET}',
  '<!-- comment -->',
  '](javascript:alert(1))',
  '\\n \\u0000 %s %d',
];

const HEAD = ['在全市工作推进会上的讲话', '', '同志们：', '现在开会。'];
const textOf = (s: Speech): string => s.blocks.map((b) => b.text).join('\n');

describe('markup-like text survives as characters', () => {
  test.each(HOSTILE)('on its own line: %s', (h) => {
    const s = ingestText([...HEAD, h, '这是最后一段。'].join('\n'), 'hostile.txt');
    expect(s.blocks.map((b) => b.text)).toContain(h);
    expect(s.removed).toEqual([]);
  });

  test.each(HOSTILE)('inside a Chinese sentence: %s', (h) => {
    const line = `我们看到${h}这样的字符也要保留。`;
    const s = ingestText([...HEAD, line].join('\n'), 'hostile.txt');
    // The one documented change: half-width , : ; ! ? ( ) touching Chinese
    // become full-width (normalise.ts rule 1), e.g. the `;` of `&#x3C;这`.
    const expected = toFullWidthPunctuation(line).text;
    expect(s.blocks.map((b) => b.text)).toContain(expected);
    if (!/[,:;!?()]$/.test(h)) expect(textOf(s)).toContain(h);
  });

  test('all of them in one file, with --- lines below the top', () => {
    const raw = [...HEAD, '---', ...HOSTILE, '---', 'title: "not front matter"', '---', '这是最后一段。'].join('\n');
    const s = ingestText(raw, 'hostile.txt');
    const blocks = s.blocks.map((b) => b.text);
    for (const h of [...HOSTILE, '---', 'title: "not front matter"']) expect(blocks).toContain(h);
    expect(blocks.filter((b) => b === '---')).toHaveLength(3);
    expect(s.title).toBe('在全市工作推进会上的讲话'); // not overridden by the `title:` line
    expect(lostSentences(raw, s)).toEqual([]);
  });

  test('a 50,000-character line is kept whole, and fast', () => {
    const long = `${'为人民服务，坚持到底；'.repeat(5000).slice(0, 49_999)}。`;
    expect(long.length).toBe(50_000);
    const s = ingestText([...HEAD, long, '这是最后一段。'].join('\n'), 'long.txt');
    // Linear in the line's length: an eighth of it takes about an eighth of the time
    // (quadratic work on the line would take 64 times as long). Each is the fastest of three
    // runs, so a busy machine's pauses do not count.
    const fastest = (text: string): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        ingestText(text, 'timed.txt');
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const longMs = fastest([...HEAD, long, '这是最后一段。'].join('\n'));
    const eighthMs = fastest([...HEAD, `${long.slice(0, 6_249)}。`, '这是最后一段。'].join('\n'));
    expect(longMs / Math.max(eighthMs, 20)).toBeLessThan(32);
    expect(s.blocks.map((b) => b.text)).toContain(long);
  });

  test('a 50,000-character line of markup is kept whole', () => {
    const long = '<b>&amp;{x}</b>'.repeat(Math.ceil(50_000 / 15)).slice(0, 50_000);
    const s = ingestText([...HEAD, long].join('\n'), 'long.txt');
    expect(s.blocks.map((b) => b.text)).toContain(long);
  });

  test('through decodeRaw too (UTF-8 bytes in, same characters out)', () => {
    const raw = [...HEAD, ...HOSTILE].join('\n');
    const s = ingestText(decodeRaw(new TextEncoder().encode(raw), 'h.txt'), 'h.txt');
    for (const h of HOSTILE) expect(s.blocks.map((b) => b.text)).toContain(h);
  });
});

describe('control and zero-width characters are removed and each is reported', () => {
  const INVISIBLES: [string, string][] = [
    ['NUL', '\u0000'],
    ['SOH', '\u0001'],
    ['BEL', '\u0007'],
    ['BS', '\u0008'],
    ['VT', '\u000B'],
    ['FF', '\u000C'],
    ['ESC', '\u001B'],
    ['US', '\u001F'],
    ['DEL', '\u007F'],
    ['C1 PAD', '\u0080'],
    ['NEL', '\u0085'],
    ['C1 APC', '\u009F'],
    ['ZWSP', '\u200B'],
    ['ZWNJ', '\u200C'],
    ['ZWJ', '\u200D'],
    ['WJ', '\u2060'],
    ['BOM inside text', '\uFEFF'],
    ['LRM', '\u200E'],
    ['RLM', '\u200F'],
    ['RLO', '\u202E'],
    ['LRE', '\u202A'],
    ['RLI', '\u2067'],
    ['PDI', '\u2069'],
  ];

  test.each(INVISIBLES)('%s inside a line', (_, ch) => {
    const raw = [...HEAD, `我们要${ch}坚持${ch}${ch}到底。`, '这是最后一段。'].join('\n');
    const s = ingestText(raw, 'c.txt');
    expect(s.blocks.map((b) => b.text)).toContain('我们要坚持到底。');
    const reports = s.removed.filter((r) => r.reason === 'control-char');
    expect(reports).toEqual([
      { reason: 'control-char', text: ch, line: 5 },
      { reason: 'control-char', text: ch + ch, line: 5 },
    ]);
    expect(lostSentences(raw, s)).toEqual([]);
  });

  test('nothing invisible is left anywhere, and every removed character is in a report', () => {
    const all = INVISIBLES.map(([, c]) => c).join('');
    const raw = [
      `在全市${all}工作推进会上的讲话`,
      '',
      '同志们：',
      ...INVISIBLES.map(([, c], i) => `第${i}句${c}话。`),
      `尾${all}声。`,
    ].join('\n');
    const s = ingestText(raw, 'c.txt');
    const visible = [s.title, ...(s.header ?? []).map((h) => h.text), ...s.blocks.map((b) => b.text)].join('');
    for (const [name, c] of INVISIBLES) expect(visible.includes(c), name).toBe(false);
    const reported = s.removed
      .filter((r) => r.reason === 'control-char')
      .map((r) => r.text)
      .join('');
    expect([...reported].sort()).toEqual([...(all + all + all)].sort());
    expect(s.title).toBe('在全市工作推进会上的讲话');
  });

  test('tab is kept inside a line; U+3000 indents are still trimmed, not reported', () => {
    const raw = [...HEAD, '\u3000\u3000我们要\t坚持到底。', '这是最后一段。'].join('\n');
    const s = ingestText(raw, 'c.txt');
    expect(s.blocks.map((b) => b.text)).toContain('我们要\t坚持到底。');
    expect(s.removed).toEqual([]);
  });

  test('CR, CRLF and LF all end lines (no CR is left in a block)', () => {
    const s = ingestText(
      ['在全市工作推进会上的讲话', '', '同志们：', '第一段。', '第二段。'].join('\r\n').replace('第二段。', '第二段。\r第三段。'),
      'c.txt',
    );
    expect(s.blocks.map((b) => b.text)).toEqual(['同志们：', '第一段。', '第二段。', '第三段。']);
  });

  test('a file of only invisible characters is refused', () => {
    expect(() => ingestText('\u200B\u200E\n\u0001\n', 'c.txt')).toThrow(/nothing is left|empty/);
    expect(() => decodeRaw(new TextEncoder().encode('\u200B\uFEFF\n \u3000\n'), 'c.txt')).toThrow(/is empty/);
  });
});
