// A title without title words (`关于…的说明`) under a news lead, copied by the page's headline above
// (session 11, wt-above; header.ts titleBelowLead). What the reader sees: the text starts under the
// title block, the title as the block gives it; the lead and the headline copy are gone.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';
import { SPEECH, blockTexts } from '../helpers/speech-text.ts';

const TEXT = SPEECH.slice(1);

describe('a weak title copied by the page’s headline, a news lead between them', () => {
  it('starts the text under the title block and takes the title as the block gives it', () => {
    const raw = [
      '张明关于全省机构改革方案稿的说明',
      '3月2日，全省机构改革方案及解读读物首发式在江川举行。首发的读物中收入了张明同志所作的说明。',
      '值得注意的是，这份说明稿是首次公开发布，内容十分重要。',
      '关于全省机构改革方案稿的说明',
      '张明',
      ...TEXT,
    ];
    const s = ingestText(raw.join('\n'), 'copied-title.txt');
    expect(s.title).toBe('关于全省机构改革方案稿的说明');
    expect(s.speaker).toBe('张明');
    expect(blockTexts(s)).toEqual(TEXT);
  });
});
