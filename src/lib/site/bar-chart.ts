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

export function barChartSvg(bars: readonly Bar[], { labelWidth = 220, barWidth = 260, row = 24 } = {}): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = labelWidth + barWidth + 40;
  const height = bars.length * row + 4;
  const rows = bars.map((b, i) => {
    const y = i * row + 2;
    const w = Math.max(2, Math.round((b.value / max) * barWidth));
    const body =
      `<text x="${labelWidth - 8}" y="${y + row * 0.68}" text-anchor="end">${esc(b.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${row - 8}" rx="2"/>` +
      `<text x="${labelWidth + w + 6}" y="${y + row * 0.68}">${b.value}</text>`;
    return b.href ? `<a href="${esc(b.href)}" tabindex="-1">${body}</a>` : body;
  });
  return `<svg class="bar-chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg>`;
}
