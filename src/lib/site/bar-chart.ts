/**
 * A small horizontal bar chart as an SVG string, made at build time (no JavaScript).
 * Bars link to `href` when given. The caller adds a text table for screen readers;
 * the SVG itself is `aria-hidden`.
 */
export interface Bar {
  label: string;
  value: number;
  href?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Labels longer than this are cut with an ellipsis; the full label is the bar's tooltip and in the table. */
const MAX_LABEL = 12;
const shortLabel = (label: string) => ([...label].length > MAX_LABEL ? `${[...label].slice(0, MAX_LABEL - 1).join('')}…` : label);

export function barChartSvg(bars: readonly Bar[], { labelWidth = 180, barWidth = 200, row = 24 } = {}): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = labelWidth + barWidth + 40;
  const height = bars.length * row + 4;
  const rows = bars.map((b, i) => {
    const y = i * row + 2;
    const w = Math.max(2, Math.round((b.value / max) * barWidth));
    const body =
      `<title>${esc(b.label)}：${b.value}</title>` +
      `<text x="${labelWidth - 8}" y="${y + row * 0.68}" text-anchor="end">${esc(shortLabel(b.label))}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${row - 8}" rx="2"/>` +
      `<text x="${labelWidth + w + 6}" y="${y + row * 0.68}">${b.value}</text>`;
    return b.href ? `<a href="${esc(b.href)}" tabindex="-1">${body}</a>` : `<g>${body}</g>`;
  });
  return `<svg class="bar-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg>`;
}
