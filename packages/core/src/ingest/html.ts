import { JianbaoError } from '../errors.js';
import type { SourceMeta } from '../types.js';
import { citiesTables } from './html-table.js';
import { MAX_HTML_DEPTH } from './limits.js';
import { markedHeading } from './short-heading.js';

/** Elements whose content is never article text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'head',
  'menu',
  'dialog',
]);

/** Elements that start a new line. */
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'wbr',
]);

/** class/id words of page furniture (readability's "unlikely candidates"), unless they also say content. */
const UNLIKELY =
  /(^|[-_\s])(nav|navbar|menu|footer|foot|header|head|sidebar|side|breadcrumbs?|crumbs?|share|sharing|social|comments?|copyright|banner|ads?|advert|related|recommend|toolbar|pager|pagination|login|search|topbar|bottom|links?|friendlink|tags?)([-_\s]|$)/i;
const LIKELY = /(^|[-_\s])(article|content|main|body|text|post|entry|story|detail|zoom|tc|con)([-_\s]|$)/i;

interface Element {
  tag: string;
  parent: number;
  /** Skipped: furniture or script, with everything inside. */
  skip: boolean;
  score: number;
  /** <article>, <main>, role=main: the page says this is the content. */
  main: boolean;
  /** A table cell's colspan. */
  span?: number;
}

interface Block {
  /** Innermost block element holding the text. */
  owner: number;
  text: string;
  linkChars: number;
  heading: boolean;
}

/**
 * The article of a saved web page as text: its headline (the first <h1>, else the <title>) first, then the
 * paragraphs of the main content, a blank line between each two; the <h1> is its title and the info bar's 来源 its
 * attribution (meta). Menus, headers, footers, sidebars, scripts and styles are left
 * out: elements that are furniture by name (nav, header, footer, aside, script …) or by class/id (menu, footer,
 * sidebar …), and, among what is left, everything outside the container that holds most of the prose (scored as
 * readability does: paragraphs of some length with commas count for their parent, half for the grandparent;
 * text that is mostly links does not count). htmlparser2 (loaded on demand) tokenizes, so no DOM is built.
 *
 * Errors: nesting deeper than MAX_HTML_DEPTH → INPUT_LIMIT; no article text → INPUT_EMPTY (by the caller).
 *
 * Why not @mozilla/readability + linkedom: measured on a 68 KB article page (Node 20), they are 486 KB minified
 * (htmlparser2: 69 KB), take 30 ms a page (this: 8 ms), and overflow the stack on 100,000 nested divs, where a
 * tokenizer with a depth count refuses the page in one line.
 */
export async function htmlArticle(html: string, where: string): Promise<{ text: string; meta: SourceMeta }> {
  const { Parser } = await import('htmlparser2');
  const elements: Element[] = [{ tag: '#root', parent: -1, skip: false, score: 0, main: false }];
  const blocks: Block[] = [];
  const stack: number[] = [0];
  let skipping = 0;
  let inLink = 0;
  let title = '';
  let inTitle = false;
  let current: Block | null = null;
  let firstH1: string | null = null;

  const owner = (): number => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const id = stack[i] ?? 0;
      if (BLOCK.has(elements[id]?.tag ?? '') || id === 0) return id;
    }
    return 0;
  };
  const flush = () => {
    if (current && current.text.trim() !== '') blocks.push(current);
    current = null;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toLowerCase();
        if (tag === 'title') inTitle = true;
        if (VOID.has(tag)) {
          if (tag === 'br' && !skipping && current) current.text += '\n';
          if (tag === 'hr') flush();
          return;
        }
        const parent = stack[stack.length - 1] ?? 0;
        const words = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
        const hidden =
          'hidden' in attrs ||
          attrs['aria-hidden'] === 'true' ||
          /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style ?? '');
        const furniture =
          SKIP.has(tag) ||
          hidden ||
          ['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar'].includes(
            attrs.role ?? '',
          ) ||
          (tag !== 'body' && tag !== 'article' && UNLIKELY.test(words) && !LIKELY.test(words));
        const id = elements.length;
        elements.push({
          tag,
          parent,
          skip: furniture,
          score: 0,
          main: tag === 'article' || tag === 'main' || attrs.role === 'main',
          ...((tag === 'td' || tag === 'th') && attrs.colspan
            ? { span: Number.parseInt(attrs.colspan, 10) || 1 }
            : {}),
        });
        stack.push(id);
        if (stack.length > MAX_HTML_DEPTH) {
          throw new JianbaoError(
            'INPUT_LIMIT',
            `${where}: elements nested over ${MAX_HTML_DEPTH} deep (at <${tag}>): not a page a browser would show`,
            { where, snippet: `<${tag}> at depth ${stack.length}`, depth: stack.length },
          );
        }
        if (furniture) skipping++;
        if (tag === 'a') inLink++;
        if (BLOCK.has(tag)) flush();
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipping) return;
        if (!current) {
          const o = owner();
          current = { owner: o, text: '', linkChars: 0, heading: /^h[1-6]$/.test(elements[o]?.tag ?? '') };
        }
        current.text += data;
        if (inLink) current.linkChars += data.trim().length;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (tag === 'title') inTitle = false;
        if (VOID.has(tag)) return;
        // Close up to the matching element (htmlparser2 reports implied closes too).
        for (let i = stack.length - 1; i > 0; i--) {
          const id = stack[i] ?? 0;
          if (elements[id]?.tag !== tag) continue;
          while (stack.length > i) {
            const closed = stack.pop() ?? 0;
            const element = elements[closed];
            if (element?.skip) skipping--;
            if (element?.tag === 'a') inLink--;
            if (element && BLOCK.has(element.tag)) {
              if (element.tag === 'h1' && firstH1 === null && current) firstH1 = clean(current.text);
              flush();
            }
          }
          break;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const paragraphs = citiesTables(
    elements,
    blocks.map((block) => ({ ...block, text: clean(block.text) })).filter((block) => block.text !== ''),
    (text, owner): Block => ({ owner, text, linkChars: 0, heading: false }),
  );
  const top = mainContainer(elements, paragraphs);
  const inside = (id: number): boolean => {
    for (let at = id; at !== -1; at = elements[at]?.parent ?? -1) if (at === top) return true;
    return false;
  };
  const kept = paragraphs
    .filter((block) => inside(block.owner))
    .filter((block) => block.heading || !(block.linkChars > block.text.length / 2 && block.text.length < 80))
    // A short heading under the headline (<h2>南京市</h2>) is marked as one.
    .map(
      (block) => (block.heading && block.text !== firstH1 ? markedHeading(block.text) : null) ?? block.text,
    );
  // The page's info bar (发布时间：… 来源：… 浏览次数：…) is the site's, not the article's; its 来源 is the
  // article's attribution.
  const info = kept.filter((line) => PAGE_INFO.test(line));
  const lines = kept.filter((line) => !PAGE_INFO.test(line));
  // The bar often stands beside the article's text, under the headline, not inside it.
  if (info.length === 0)
    info.push(...paragraphs.map((block) => block.text).filter((line) => PAGE_INFO.test(line)));
  const headline = firstH1 ?? clean(title);
  if (headline !== '' && lines[0] !== headline) lines.unshift(headline);
  const source = info.map((line) => SOURCE_IN_INFO.exec(line)?.[1]).find((name) => name !== undefined);
  return {
    // Paragraphs apart by a blank line: each is one, never joined to the next as a line PDF copy-paste broke.
    text: lines.join('\n\n'),
    meta: { ...(firstH1 ? { title: firstH1 } : {}), ...(source ? { source } : {}) },
  };
}

/** A line of a page's info bar: it opens with one of its labels (发布时间：, 来源：, 浏览次数： …), in either script. */
const PAGE_INFO =
  /^(?:发布时间|發布時間|發佈時間|发布日期|發布日期|发稿时间|來源|来源|信息来源|信息來源|作者|编辑|編輯|责任编辑|責任編輯|浏览次数|瀏覽次數|点击数|點擊數|阅读量|閱讀量|字号|字號)\s*[:：]/;
/** The 来源 an info bar names: Han text up to the next space or label. */
const SOURCE_IN_INFO = /(?:来源|來源)\s*[:：]\s*([\u4e00-\u9fff（）()·]{2,30})/;

/**
 * The character set a page declares in its first 1024 bytes (`<meta charset="big5">`, or http-equiv's
 * `content="text/html; charset=big5"`), as a browser looks for it; null when it declares none.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return /<meta[^>]*?charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
}

/** Collapses whitespace as a browser shows it; a line break between two CJK characters is no space at all. */
function clean(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .reduce((joined, line) => {
      if (joined === '') return line;
      const cjk = /[\u3000-\u9fff\uff00-\uffef]$/.test(joined) && /^[\u3000-\u9fff\uff00-\uffef]/.test(line);
      return joined + (cjk ? '' : ' ') + line;
    }, '');
}

/**
 * The element holding the article: an <article>/<main> with most of the prose if the page marks one, else the
 * best-scored container (each paragraph of 10+ characters scores 1, plus one per comma, plus one per 100
 * characters up to 3; its parent gets the score, its grandparent half).
 */
function mainContainer(elements: Element[], blocks: readonly Block[]): number {
  const prose = (b: Block) => b.text.length >= 10 && b.linkChars <= b.text.length / 2;
  const weight = (b: Block) =>
    1 + (b.text.match(/[，,、；;。]/g)?.length ?? 0) + Math.min(3, Math.floor(b.text.length / 100));
  const total = blocks.filter(prose).reduce((n, b) => n + b.text.length, 0);
  // A page that marks its content: the innermost <article>/<main> with most of the prose.
  const marked = new Map<number, number>();
  for (const block of blocks.filter(prose)) {
    for (let at = block.owner; at !== -1; at = elements[at]?.parent ?? -1) {
      if (elements[at]?.main) marked.set(at, (marked.get(at) ?? 0) + block.text.length);
    }
  }
  const best = [...marked.entries()]
    .filter(([, n]) => n >= total / 2)
    .sort((a, b) => a[1] - b[1] || b[0] - a[0]);
  if (best[0]) return best[0][0];

  for (const block of blocks.filter(prose)) {
    const own = elements[block.owner];
    const isParagraph = own && /^(p|h[1-6]|li|blockquote|pre|td|dd)$/.test(own.tag);
    const parent = isParagraph ? own.parent : block.owner;
    const grand = elements[parent]?.parent ?? -1;
    const score = weight(block);
    const p = elements[parent];
    if (p) p.score += score;
    const g = elements[grand];
    if (g) g.score += score / 2;
  }
  let top = 0;
  let topScore = 0;
  elements.forEach((element, id) => {
    if (id !== 0 && element.score > topScore) {
      top = id;
      topScore = element.score;
    }
  });
  return top;
}
