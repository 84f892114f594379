// An archive's menu of bare numbers above a speech (session 11, wt-above): rows or a column of
// years running one way. What the reader sees: the title block heads the text, the years are gone;
// a table's figures in the speech stay.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { numberMenuLines } from '../../src/lib/ingest/number-menu.ts';
import { SPEECH, blockTexts } from '../helpers/speech-text.ts';

const BLOCK = ['2009年全市工作报告', '——2009年2月12日在市第十四届人民代表大会第三次会议上', '市长　陈　刚'];

describe('a menu of bare years above the title block', () => {
  it('removes rows of years and starts the text at the speech', () => {
    const raw = ['历年工作报告', '2012　2011　2010　2009　2008　2007　2006', '2005　2004　2003　2002　2001　2000', ...BLOCK, ...SPEECH];
    const s = ingestText(raw.join('\n'), 'years.txt');
    expect(s.title).toBe(BLOCK[0]);
    expect(blockTexts(s)).toEqual(SPEECH);
    expect(s.removed.filter((r) => r.reason === 'menu').map((r) => r.text)).toEqual([raw[1], raw[2]]);
  });

  it('removes a column of years, one a line', () => {
    const raw = ['2011年', '2010年', '2009年', '2008年', ...BLOCK, ...SPEECH];
    const s = ingestText(raw.join('\n'), 'years-column.txt');
    expect(s.title).toBe(BLOCK[0]);
    expect(blockTexts(s)).toEqual(SPEECH);
    expect(s.removed.filter((r) => r.reason === 'menu').map((r) => r.text)).toEqual(raw.slice(0, 4));
  });

  it('leaves numbers that do not run one way, or too few to be a menu', () => {
    expect(numberMenuLines(['2019　2020　2021', '标题'], 2)).toEqual([]);
    expect(numberMenuLines(['12　35　8　41　27　3', '标题'], 2)).toEqual([]);
    expect(numberMenuLines(['1', '2', '标题'], 3)).toEqual([]);
  });
});
