/**
 * Word list numbers → visible text. Word draws a list item's number (`一、`,
 * `1.`, `（一）`) from numbering.xml; it is not in the paragraph's text runs, so
 * a plain conversion loses it — and with it the outline of the speech, whose
 * parts and points are numbered exactly that way. Here every numbered paragraph
 * (direct `w:numPr`, or through its paragraph style) gets its number written
 * into its text as Word would show it, and its numbering is switched off, so
 * the converter sees an ordinary paragraph (or heading) that starts with it.
 * Bullets (`●`, `▪`) are not numbers and carry no outline: they are left to the
 * converter, which drops them as Word's list decoration.
 *
 * Counting follows Word: one counter per list (`w:num`) and level, starting at
 * the level's `w:start` (or a `w:startOverride`), deeper levels restarting
 * whenever a shallower one counts on.
 */
import { DOMParser } from 'linkedom';
import { chineseNumber } from './chinese-number.ts';

interface XmlEl {
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlEl>;
  remove(): void;
  after(...nodes: XmlEl[]): void;
  prepend(...nodes: XmlEl[]): void;
  appendChild(node: XmlEl): XmlEl;
  setAttribute(name: string, value: string): void;
  textContent: string | null;
  parentNode: XmlEl | null;
}
interface XmlDoc extends XmlEl {
  createElement(name: string): XmlEl;
  toString(): string;
}

interface Level {
  fmt: string;
  text: string;
  start: number;
}

export interface NumberedParagraph {
  /** The number as shown, e.g. `一、`. */
  label: string;
  /** The paragraph's own text (without the number). */
  text: string;
}

const parse = (xml: string): XmlDoc => new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlDoc;
const first = (el: XmlEl, tag: string): XmlEl | undefined => el.getElementsByTagName(tag)[0];
const val = (el: XmlEl | undefined): string | null => el?.getAttribute('w:val') ?? null;

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumber(n);
    case 'chineseLegalSimplified':
      return chineseNumber(n, true);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10]!;
    case 'ideographZodiac':
      return '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12]!;
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'upperLetter':
    case 'lowerLetter': {
      const c = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return fmt === 'upperLetter' ? c : c.toLowerCase();
    }
    case 'upperRoman':
    case 'lowerRoman': {
      const r = roman(n);
      return fmt === 'upperRoman' ? r : r.toLowerCase();
    }
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

function readLevels(numberingXml: string | null): { levelsOf: (numId: string) => Map<number, Level> | undefined } {
  if (!numberingXml) return { levelsOf: () => undefined };
  const doc = parse(numberingXml);
  const abstract = new Map<string, Map<number, Level>>();
  const abs = doc.getElementsByTagName('w:abstractNum');
  for (let i = 0; i < abs.length; i++) {
    const a = abs[i]!;
    const levels = new Map<number, Level>();
    const lvls = a.getElementsByTagName('w:lvl');
    for (let j = 0; j < lvls.length; j++) {
      const l = lvls[j]!;
      levels.set(Number(l.getAttribute('w:ilvl') ?? 0), {
        fmt: val(first(l, 'w:numFmt')) ?? 'decimal',
        text: val(first(l, 'w:lvlText')) ?? '',
        start: Number(val(first(l, 'w:start')) ?? 1),
      });
    }
    abstract.set(a.getAttribute('w:abstractNumId') ?? '', levels);
  }
  const nums = new Map<string, Map<number, Level>>();
  const ns = doc.getElementsByTagName('w:num');
  for (let i = 0; i < ns.length; i++) {
    const n = ns[i]!;
    const base = abstract.get(val(first(n, 'w:abstractNumId')) ?? '');
    if (!base) continue;
    const levels = new Map([...base].map(([k, v]) => [k, { ...v }]));
    const overrides = n.getElementsByTagName('w:lvlOverride');
    for (let j = 0; j < overrides.length; j++) {
      const o = overrides[j]!;
      const lv = levels.get(Number(o.getAttribute('w:ilvl') ?? 0));
      const start = val(first(o, 'w:startOverride'));
      if (lv && start !== null) lv.start = Number(start);
    }
    nums.set(n.getAttribute('w:numId') ?? '', levels);
  }
  return { levelsOf: (numId) => nums.get(numId) };
}

/** Paragraph style id → its numbering (numId, level), from styles.xml. */
function styleNumbering(stylesXml: string | null): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  if (!stylesXml) return out;
  const styles = parse(stylesXml).getElementsByTagName('w:style');
  for (let i = 0; i < styles.length; i++) {
    const s = styles[i]!;
    const numPr = first(s, 'w:numPr');
    const numId = val(numPr && first(numPr, 'w:numId'));
    if (numPr && numId) out.set(s.getAttribute('w:styleId') ?? '', { numId, ilvl: Number(val(first(numPr, 'w:ilvl')) ?? 0) });
  }
  return out;
}

/**
 * document.xml with every list number written into its paragraph, and the
 * numbered paragraphs in order (for the report).
 */
export function materialiseNumbers(
  documentXml: string,
  numberingXml: string | null,
  stylesXml: string | null,
): { xml: string; numbered: NumberedParagraph[] } {
  const { levelsOf } = readLevels(numberingXml);
  const byStyle = styleNumbering(stylesXml);
  const doc = parse(documentXml);
  const counters = new Map<string, number[]>();
  const numbered: NumberedParagraph[] = [];
  const paras = doc.getElementsByTagName('w:p');
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const pPr = p.getElementsByTagName('w:pPr')[0];
    const direct = pPr ? first(pPr, 'w:numPr') : undefined;
    const style = pPr ? val(first(pPr, 'w:pStyle')) : null;
    const viaStyle = style ? byStyle.get(style) : undefined;
    const numId = direct ? val(first(direct, 'w:numId')) : (viaStyle?.numId ?? null);
    if (!numId || numId === '0') continue;
    const ilvl = direct ? Number(val(first(direct, 'w:ilvl')) ?? viaStyle?.ilvl ?? 0) : viaStyle!.ilvl;
    const levels = levelsOf(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level || level.fmt === 'bullet') continue;
    const count = counters.get(numId) ?? [];
    for (let l = 0; l <= ilvl; l++) if (count[l] === undefined) count[l] = (levels.get(l)?.start ?? 1) - (l === ilvl ? 1 : 0);
    count[ilvl] = count[ilvl]! + 1;
    count.length = ilvl + 1; // deeper levels restart
    counters.set(numId, count);
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(count[l] ?? levels.get(l)?.start ?? 1, levels.get(l)?.fmt ?? 'decimal');
    });
    if (!label.trim()) continue;
    const text = Array.from(p.getElementsByTagName('w:t'), (t) => t.textContent ?? '').join('');
    if (text.trimStart().startsWith(label.trim())) continue; // typed as well as numbered: shown once
    numbered.push({ label, text });
    // The number as the paragraph's first run; its numbering off (numId 0 also cancels a style's).
    const run = doc.createElement('w:r');
    const t = doc.createElement('w:t');
    t.setAttribute('xml:space', 'preserve');
    t.textContent = label;
    run.appendChild(t);
    const off = doc.createElement('w:numPr');
    const zero = doc.createElement('w:numId');
    zero.setAttribute('w:val', '0');
    off.appendChild(zero);
    if (direct) direct.remove();
    pPr!.appendChild(off);
    pPr!.after(run);
  }
  return { xml: doc.toString(), numbered };
}
