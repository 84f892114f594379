// A caption or lead over a report's first paragraph that opens with the days of a meeting that ran
// several (`12月18日至20日，…`), restated by the paragraph under it (session 11, wt-above). What
// the reader sees: the report starts at its own first paragraph; the caption is gone.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/index.ts';

const REPORT = [
  '全省农村工作会议召开',
  '3月5日至6日，全省农村工作会议在江川召开。省委书记张明出席会议并讲话。',
  '点击观看视频',
  '全省农村工作会议3月5日至6日在江川召开。省委书记张明出席会议并讲话，省长李华主持会议并作总结讲话。',
  '会议指出，过去一年全省农业农村发展取得新成效，粮食生产再获丰收，农民收入持续较快增长，乡村面貌明显改观。',
  '会议强调，要坚持农业农村优先发展，扎实推进乡村振兴，确保粮食安全和重要农产品有效供给，持续增加农民收入。',
];

describe('a caption dated by the days of a meeting, restated by the first paragraph', () => {
  it('removes the caption and starts the report at its own first paragraph', () => {
    const s = ingestText(REPORT.join('\n'), 'report.txt');
    expect(s.blocks[0]?.text).toBe(REPORT[3]);
    expect(s.removed.find((r) => r.text === REPORT[1])?.reason).toBe('restated-lead');
  });
});
