/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五 (Word's chineseCounting); `legal`: 壹贰叁 (chineseLegalSimplified). */
export function chineseNumber(n: number, legal = false): string {
  const digits = legal ? '零壹贰叁肆伍陆柒捌玖' : '零一二三四五六七八九';
  const units = legal ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千'];
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) {
      out += digits[0];
      zero = false;
    }
    out += digits[d]! + unit;
  });
  // 一十一 → 十一 (not for the legal form, which writes 壹拾壹)
  return !legal && n >= 10 && n < 20 ? out.replace(/^一/, '') : out;
}
