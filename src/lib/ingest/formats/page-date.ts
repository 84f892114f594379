/**
 * A date as a page's metadata writes it → `YYYY-MM-DD`, or undefined when it
 * is not a plausible full date. Shapes: ISO 8601 (`2019-11-13T09:30:00+08:00`),
 * `2019-11-13 09:30`, `2019/11/13`, `2019.11.13`, `2019年11月13日`, `20191113`,
 * and PDF dates (`D:20191113093000+08'00'`). The calendar date is taken as
 * written (no time-zone shift): it is the date the page states.
 */
export function pageDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const s = value.trim().replace(/^D:/, '');
  const m = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|(\d{2})(\d{2}))/.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined; // 2月30日
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
