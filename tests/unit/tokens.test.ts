import { describe, expect, it } from 'vitest';
import { code36, END, SEPARATOR, phraseProbes, phraseStarts, unitStarts, unitTokens } from '../../src/lib/search/tokens.ts';

const positionsOf = (tokens: string[], term: string) =>
  tokens.flatMap((t, i) => (term.length === 4 ? t.startsWith(term) : t === term) ? [i] : []);
/** What the index answers, simulated: the phrase's starts in a text. */
const find = (units: string[], phrase: string) => {
  const tokens = unitTokens(units);
  const probes = phraseProbes(phrase);
  return phraseStarts(probes, probes.map((p) => positionsOf(tokens, p.term)));
};
const truth = (units: string[], phrase: string) => {
  const starts = unitStarts(units);
  return units.flatMap((u, k) => {
    const chars = [...u];
    const out: number[] = [];
    for (let i = 0; i + [...phrase].length <= chars.length; i++) if (chars.slice(i, i + [...phrase].length).join('') === phrase) out.push(starts[k]! + i);
    return out;
  });
};

describe('character-pair tokens', () => {
  it('encode any code point in four base-36 digits, never as the end mark', () => {
    expect(code36('两')).toBe('0ffo');
    expect(parseInt(code36('两'), 36)).toBe(0x4e24);
    expect(code36('\u{10FFFF}')).toBe('nvnj');
    expect(code36('𠀀')).toHaveLength(4);
    expect(unitTokens(['两个', '维'])).toEqual([code36('两') + code36('个'), code36('个') + END, SEPARATOR, code36('维') + END, SEPARATOR]);
  });

  it('find exactly the occurrences of phrases of any length, punctuation and repeats included', () => {
    const units = ['在全市第二批主题教育工作推进会上的讲话', '坚决做到“两个维护”，增强“四个意识”、坚决做到“两个维护”。', '真学真做真改，上面热、下面冷，“9+2”。', '啊啊啊啊'];
    for (const phrase of ['两个维护', '“两个维护”', '维护', '个', '上面热、下面冷', '真学真做真改', '9+2', '啊啊', '啊啊啊', '讲话坚决', '维护”，增强“四个意识”、坚决做', '量子']) {
      expect(find(units, phrase), phrase).toEqual(truth(units, phrase));
    }
  });

  it('never match across a paragraph break', () => {
    expect(find(['甲乙', '丙丁'], '乙丙')).toEqual([]);
    expect(find(['甲乙', '丙丁'], '丙丁')).toEqual([3]);
    expect(find(['讲话', '坚决做到'], '讲话坚决')).toEqual([]);
  });

  it('probe every other pair, so long phrases need about half the tokens', () => {
    expect(phraseProbes('全面从严治党').map((p) => p.offset)).toEqual([0, 2, 4]);
    expect(phraseProbes('两个维护').map((p) => p.offset)).toEqual([0, 2]);
    expect(phraseProbes('高质量').map((p) => p.offset)).toEqual([0, 1]);
  });

  it('say where each paragraph starts in the token stream', () => {
    expect(unitStarts(['标题', '第一段文字', '第二段'])).toEqual([0, 3, 9]);
  });
});
