/**
 * Page counters as printers and browsers set them: `3`, `- 3 -`, `— 3 —`, `· 3 ·`, `3/9`,
 * `第3页`, `第3页 共9页`, alone on a line or set apart by a wide gap at its start or end
 * (`第十五章　　· 512 ·`, `http://…　　1/3`).
 */
/** A page counter on its own: `3`, `- 3 -`, `— 3 —`, `· 3 ·`, `3/9`, `第3页`, `第3页 共9页`, `共9页 第3页`. */
export const COUNTER =
  /^(?:[-—–－·・•∙]?\s*\d{1,4}\s*[-—–－·・•∙]?|\d{1,4}\s*[/／]\s*\d{1,4}|第\s*\d{1,4}\s*[页頁](?:\s*[,，/／]?\s*共\s*\d{1,4}\s*[页頁])?|共\s*\d{1,4}\s*[页頁]\s*[,，]?\s*第\s*\d{1,4}\s*[页頁])$/u;
/** A counter set apart by a wide gap at a line's end or start (`第十五章　　· 512 ·`, `http://…　　1/3`). */
export const GAP = /(?:\s{2,}|\u3000+)/u;

/** Whether `t` is a page counter, alone or set apart at the line's start or end. */
export function hasPageCounter(t: string): boolean {
  if (COUNTER.test(t)) return true;
  const parts = t.split(GAP).filter((p) => p);
  return parts.length >= 2 && (COUNTER.test(parts[parts.length - 1]!) || COUNTER.test(parts[0]!));
}
