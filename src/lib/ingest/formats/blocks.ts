/**
 * A DOM subtree → lines of text, one per block: a paragraph, a heading, a list
 * item, a table cell's text each become their own line, and `<br>` ends a line
 * (many Chinese sites separate paragraphs with `<br>` only). Inline markup
 * (`<strong>`, `<a>`, `<span>`) stays within its line. Whitespace runs that HTML
 * collapses are collapsed to one space; line edges are trimmed. Scripts, styles,
 * form controls and hidden elements are not text a reader sees, so they give no
 * lines. Used for saved web pages and for Word files (through mammoth's HTML).
 */

/** Elements whose start and end break a line. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is not shown as text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'svg',
  'canvas',
  'select',
  'option',
  'textarea',
  'button',
  'input',
  'map',
  'audio',
  'video',
]);

/** The subset of the DOM this module reads; linkedom's and a browser's nodes both fit. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

function hidden(el: DomNode): boolean {
  if (!el.getAttribute) return false;
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style') ?? '';
  // Not `visibility: hidden`: pages hide their article that way until a script shows it
  // (WeChat's js_content), and no script runs on a saved page.
  return /(?:^|;)\s*display\s*:\s*none/i.test(style);
}

export interface BlockLine {
  text: string;
  /** Lower-case tag of the block the line came from (`p`, `h2`, `li`, `div` …). */
  tag: string;
  /** Set apart as a heading: in an `<h1>`…`<h6>`, or every character in bold or enlarged type (`<b>`, `<strong>`, `<font size>`, `<big>`). */
  heading: boolean;
}

const EMPHASIS = new Set(['b', 'strong', 'big']);
const isHeadingTag = (tag: string): boolean => /^h[1-6]$/.test(tag);

/** Lines of the visible text under `root`, in document order, blank lines left out. */
export function blockLines(root: DomNode): BlockLine[] {
  const out: BlockLine[] = [];
  let buf = '';
  let plain = 0; // non-space characters of the line outside emphasis
  let emphasis = 0; // depth of emphasis elements around the walk
  const blockTags: string[] = [];
  const flush = (): void => {
    const text = buf.replace(/[ \t\n\r\f]+/g, ' ').replace(/^\s+|\s+$/g, '');
    const tag = blockTags[blockTags.length - 1] ?? 'div';
    if (text) out.push({ text, tag, heading: isHeadingTag(tag) || blockTags.some(isHeadingTag) || plain === 0 });
    buf = '';
    plain = 0;
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      buf += t;
      if (!emphasis) plain += t.replace(/\s+/g, '').length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag) || (node.nodeType === 1 && hidden(node))) return;
    if (tag === 'br') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      blockTags.push(tag);
    }
    const emphasised = EMPHASIS.has(tag) || (tag === 'font' && Number(node.getAttribute?.('size') ?? 3) > 3);
    if (emphasised) emphasis++;
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (emphasised) emphasis--;
    if (block) {
      flush();
      blockTags.pop();
    }
  };
  walk(root);
  flush();
  return out;
}
