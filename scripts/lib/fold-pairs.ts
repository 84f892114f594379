/**
 * The pairs of src/lib/ingest/t2s-table.ts, from OpenCC: every BMP CJK character
 * that OpenCC's traditional → mainland simplified conversion (from standard
 * traditional, else Taiwan, else Hong Kong forms) changes into one other BMP
 * character. A character that is itself the simplified form of another (么, the
 * simplified 麼, which OpenCC reads as traditional 幺) is left alone: folding must
 * not change simplified text. Shared by the generator and the test that keeps the
 * table current.
 */
import * as OpenCC from 'opencc-js/t2cn';

export function foldPairs(): string[] {
  const convs = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const pairs: string[] = [];
  for (let cp = 0x3400; cp <= 0x9fff; cp++) {
    const ch = String.fromCodePoint(cp);
    const s = convs.map((c) => c(ch)).find((x) => x !== ch);
    if (s !== undefined && s.length === 1 && s.codePointAt(0)! <= 0xffff) pairs.push(ch, s);
  }
  const targets = new Set(pairs.filter((_, i) => i % 2 === 1));
  const kept: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) if (!targets.has(pairs[i]!)) kept.push(pairs[i]!, pairs[i + 1]!);
  return kept;
}
