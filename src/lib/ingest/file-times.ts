/**
 * A file's own times: when a copy was uploaded, transcribed, written, exported, shared, saved,
 * created, modified, synced or printed (`上传时间：2023-11-16 09:38`, `转写时间：…`, `编写时间：2024年3月12日`,
 * `导出时间：…`, `分享时间：…`, `修改日期：…`, `保存于 2024-05-20`). They date the file — what someone did to it —
 * not the speech, nor the speech's publication: a transcript made years after the speech, a lesson plan
 * written about a report of 1987. So they are never read as a publication line (the weakest evidence for
 * the year, datelines.ts `readPublished`), and the year stays unknown rather than take the file's.
 * A page's publication (`发布时间`, `发表日期`, `更新时间`, a bare `时间：`) is not a file time.
 */
const FILE_ACT =
  '(?:上传|转写|转录|识别|编写|撰写|编制|制作|创建|新建|修改|修订|编辑|导出|导入|分享|共享|保存|存档|归档|同步|下载|打印|收藏|录制|拍摄|扫描)';

/** A file time's label ending right where `at` is in `text` (the label's act then `时间`/`日期`, a colon after). */
const FILE_TIME_LABEL = new RegExp(`${FILE_ACT}(?:完成)?(?:时间|日期|于)?[\\s\\u3000]*[:：]?[\\s\\u3000]*$`, 'u');

/** True when the date at `index` in `line` is given under a file time's label (`上传时间：`, `保存于 `). */
export function fileTimeAt(line: string, index: number): boolean {
  return FILE_TIME_LABEL.test(line.slice(Math.max(0, index - 12), index));
}
