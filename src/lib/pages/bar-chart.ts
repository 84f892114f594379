/**
 * A small horizontal bar chart made at build time (no JavaScript): one row per bar,
 * its label and value as HTML text (so they stay legible at any width, a phone's
 * included), the bar an SVG rectangle scaled to the largest value (an SVG attribute,
 * not an inline style, which the CSP forbids). Bars link to `href` when given. The
 * caller adds a text table for screen readers; the chart itself is `aria-hidden`.
 */
export interface Bar {
  label: string;
  value: number;
  href?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The width of each bar in percent of the longest, at least a sliver so a bar is always seen. */
export function barWidths(bars: readonly Bar[]): number[] {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return bars.map((b) => Math.max(1, Math.round((b.value / max) * 1000) / 10));
}

export function barChartHtml(bars: readonly Bar[]): string {
  const widths = barWidths(bars);
  const rows = bars.map((b, i) => {
    const label = esc(b.label);
    const name = b.href
      ? `<a class="bar-label" href="${esc(b.href)}" tabindex="-1" title="${label}">${label}</a>`
      : `<span class="bar-label" title="${label}">${label}</span>`;
    const bar = `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false"><rect width="${widths[i]}" height="10" rx="1"/></svg>`;
    return `<li>${name}${bar}<span class="bar-value">${b.value}</span></li>`;
  });
  return `<ol class="bar-chart" aria-hidden="true">${rows.join('')}</ol>`;
}
