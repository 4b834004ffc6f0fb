/**
 * The start tags of an HTML page and their attributes, exactly as htmlparser2's Parser reports them to
 * `onopentag` (options decodeEntities, lowerCaseAttributeNames, recognizeSelfClosing), for the link check.
 * htmlparser2 reads every character of the page through a state machine with a callback per piece of
 * text: 0.53 ms of CPU a page at 1,000 stories per language, against 0.23 ms for this reader
 * (docs/performance.md, "The link check's tag reader"). Here text, comments, quoted values
 * and the insides of <script> and <style> are skipped with indexOf; only tag names and the space between
 * attributes are read a character at a time.
 *
 * "Exactly" includes what the Parser does beyond splitting tags, because it changes which tags count:
 * raw text (<script>, <style>, <xmp>, <iframe>, <noembed>, <noframes>, <plaintext>) and RCDATA (<title>,
 * <textarea>) hide the tags inside them, except in <svg> or <math>; a tag name inside <svg> gets its SVG
 * case (clipPath), and <image> outside becomes img; a <form> inside another is dropped; `</p>` without an open
 * p and `</br>` report an empty p and br. tests/unit/start-tags.test.ts and the built-site checks compare this
 * with htmlparser2 on tricky cases and on every page of the built site.
 */
import { decodeHTMLAttribute } from 'entities/decode';

export type Attributes = Record<string, string>;

const TAB = 9;
const NEWLINE = 10;
const FORM_FEED = 12;
const RETURN = 13;
const SPACE = 32;
const BANG = 33;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const DASH = 45;
const SLASH = 47;
const LT = 60;
const EQUALS = 61;
const GT = 62;
const QUESTION = 63;

const isWhitespace = (c: number) => c === SPACE || c === NEWLINE || c === TAB || c === FORM_FEED || c === RETURN;
const isEndOfTagSection = (c: number) => c === SLASH || c === GT || isWhitespace(c);
const isAsciiAlpha = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Elements whose content is text up to their end tag; the RCDATA ones decode entities, which cannot hide a `<`. */
const TEXT_ONLY = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'title', 'textarea']);
const RCDATA = new Set(['title', 'textarea']);

// The Parser's tree rules, as htmlparser2 12 has them (Parser.js): which open tags close which, void elements,
// foreign content (SVG, MathML) and the elements that return to HTML inside it.
const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
const FORM_CONTROLS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', P],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, HEADINGS] as const),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag) => [tag, FORM_CONTROLS] as const),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (tag) => [tag, P] as const,
  ),
  ['rt', RT_RP],
  ['rp', RT_RP],
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
]);
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignObject', 'desc', 'title']);
const SVG_CASE = new Map(
  [
    'altGlyph', 'altGlyphDef', 'altGlyphItem', 'animateColor', 'animateMotion', 'animateTransform', 'clipPath', 'feBlend', 'feColorMatrix',
    'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow',
    'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset',
    'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence', 'foreignObject', 'glyphRef', 'linearGradient',
    'radialGradient', 'textPath',
  ].map((name) => [name.toLowerCase(), name]),
);
/** What kind of content the innermost open element holds. */
type Context = 'html' | 'svg' | 'math';

/** The open elements, as far as they decide how the next tag is read and named. */
class OpenElements {
  /** Innermost last. */
  private readonly stack: string[] = [];
  /** Innermost last; the page itself is HTML. */
  private readonly contexts: Context[] = ['html'];

  get foreign(): boolean {
    return this.contexts[this.contexts.length - 1] !== 'html';
  }

  /** The tag's name as the Parser reports it, from its lower-case spelling. */
  name(lower: string): string {
    if (this.contexts[this.contexts.length - 1] === 'svg') return SVG_CASE.get(lower) ?? lower;
    if (this.contexts.length > 1) {
      const adjusted = SVG_CASE.get(lower);
      if (adjusted !== undefined && this.stack.includes(adjusted)) return adjusted;
    }
    if (!this.foreign) return lower === 'image' ? 'img' : lower;
    return lower;
  }

  /** Opens an element; false when the Parser drops it (a form inside a form). */
  open(name: string): boolean {
    if (name === 'form' && this.stack.includes('form')) return false;
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1]!)) this.pop();
    if (!VOID.has(name)) {
      this.stack.push(name);
      if (name === 'svg') this.contexts.push('svg');
      else if (name === 'math') this.contexts.push('math');
      else if (HTML_INTEGRATION.has(name)) this.contexts.push('html');
    }
    return true;
  }

  /** Closes the element just opened by a self-closing tag. */
  closeCurrent(name: string): void {
    if (this.stack[this.stack.length - 1] === name) this.pop();
  }

  /** An end tag; returns the tag an unmatched `</p>` or a `</br>` stands for, which the Parser reports as a start tag. */
  close(name: string): 'p' | 'br' | undefined {
    if (VOID.has(name)) return name === 'br' ? 'br' : undefined;
    const index = this.stack.lastIndexOf(name);
    if (index !== -1) {
      while (this.stack.length > index) this.pop();
      return undefined;
    }
    if (name !== 'p') return undefined;
    this.open('p');
    this.closeCurrent('p');
    return 'p';
  }

  private pop(): void {
    const name = this.stack.pop()!;
    if (name === 'svg' || name === 'math' || HTML_INTEGRATION.has(name)) this.contexts.pop();
  }
}

/** Where the comment whose text starts at `start` (after `<!--`) ends: the index of its `>`, or -1. */
function commentEnd(html: string, start: number): number {
  // htmlparser2 ends a comment at `-->` or `--!>`, and at once for `<!-->` and `<!--->`.
  const END = [DASH, DASH, BANG, GT];
  let matched = 0;
  for (let i = start; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (matched <= 1 && i === start + matched && c === GT) return i;
    if (matched === 2 && c === GT) return i;
    if (matched === 3 && c !== GT) {
      matched = c === DASH ? 1 : 0;
    } else if (c === END[matched]) {
      if (++matched === END.length) return i;
    } else if (matched === 0) {
      i = html.indexOf('-', i + 1);
      if (i === -1) return -1;
      matched = 1;
    } else if (c !== END[matched - 1]) {
      matched = 0;
    }
  }
  return -1;
}

/**
 * Where the text of a <script>-like element that starts at `start` ends: the index of the character after
 * `</name` (its end tag's name, matched as htmlparser2 does: ASCII case folded by `| 0x20`), or -1.
 */
function textOnlyEnd(html: string, start: number, name: string, rcdata: boolean): number {
  const sequence = `</${name}`;
  let matched = 0;
  for (let i = start; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (matched === sequence.length) {
      if (isEndOfTagSection(c)) return i;
      matched = 0;
    }
    if ((c | 0x20) === sequence.charCodeAt(matched)) {
      matched++;
    } else if (matched === 0) {
      if (rcdata) continue;
      i = html.indexOf('<', i + 1);
      if (i === -1) return -1;
      matched = 1;
    } else {
      matched = c === LT ? 1 : 0;
    }
  }
  return -1;
}

/** Calls `onStartTag` with each start tag's name and attributes (the first of a name wins), in page order. */
export function forEachStartTag(html: string, onStartTag: (name: string, attributes: Attributes) => void): void {
  const elements = new OpenElements();
  const length = html.length;
  /** An end tag whose name runs from `start` to `end`; returns where reading goes on, or -1 at the end of the page. */
  const endTag = (start: number, end: number): number => {
    const implied = elements.close(elements.name(html.slice(start, end).toLowerCase()));
    if (implied) onStartTag(implied, {});
    const gt = html.indexOf('>', end);
    return gt === -1 ? -1 : gt + 1;
  };

  let position = 0;
  while (position < length) {
    const lt = html.indexOf('<', position);
    if (lt === -1 || lt + 1 >= length) return;
    const first = html.charCodeAt(lt + 1);

    if (first === SLASH) {
      const nameStart = lt + 2;
      const c = html.charCodeAt(nameStart);
      if (c === GT) {
        position = nameStart + 1;
      } else if (isAsciiAlpha(c)) {
        let nameEnd = nameStart + 1;
        while (nameEnd < length && !isEndOfTagSection(html.charCodeAt(nameEnd))) nameEnd++;
        if (nameEnd >= length) return;
        position = endTag(nameStart, nameEnd);
      } else {
        // `</ x>`, `</1>`: a bogus comment up to the next `>`.
        const gt = html.indexOf('>', nameStart + 1);
        position = gt === -1 ? -1 : gt + 1;
      }
    } else if (first === BANG) {
      if (html.startsWith('--', lt + 2)) {
        const end = commentEnd(html, lt + 4);
        position = end === -1 ? -1 : end + 1;
      } else if (html.startsWith('[CDATA[', lt + 2)) {
        const end = html.indexOf(']]>', lt + 9);
        position = end === -1 ? -1 : end + 3;
      } else {
        // <!doctype …>, <!…>, and a `<![` that is not CDATA: up to the next `>`.
        const gt = html.indexOf('>', lt + 2);
        position = gt === -1 ? -1 : gt + 1;
      }
    } else if (first === QUESTION) {
      const gt = html.indexOf('>', lt + 2);
      position = gt === -1 ? -1 : gt + 1;
    } else if (isAsciiAlpha(first)) {
      position = startTag(lt + 1);
    } else {
      // A `<` that starts no tag is text.
      position = lt + 1;
    }
    if (position === -1) return;
  }

  /** The start tag whose name starts at `nameStart`; returns where reading goes on, or -1 at the end of the page. */
  function startTag(nameStart: number): number {
    let i = nameStart + 1;
    while (i < length && !isEndOfTagSection(html.charCodeAt(i))) i++;
    if (i >= length) return -1;
    const lower = html.slice(nameStart, i).toLowerCase();
    // Decided before the tag opens, as the tokenizer does when it meets the name.
    const textOnly = !elements.foreign && (TEXT_ONLY.has(lower) || lower === 'plaintext');
    const name = elements.name(lower);
    const kept = elements.open(name);
    const attributes: Attributes = {};

    // Between attributes; reading each one moves `i` to the character after it.
    while (i < length) {
      const c = html.charCodeAt(i);
      if (c === GT) {
        if (kept) onStartTag(name, attributes);
        if (!textOnly) return i + 1;
        if (lower === 'plaintext') return -1;
        const end = textOnlyEnd(html, i + 1, lower, RCDATA.has(lower));
        if (end === -1) return -1;
        return endTag(end - lower.length, end);
      }
      if (c === SLASH) {
        // `/` then spaces then `>` closes the tag as self-closing; anything else starts an attribute.
        let j = i + 1;
        while (j < length && isWhitespace(html.charCodeAt(j))) j++;
        if (j >= length) return -1;
        if (html.charCodeAt(j) === GT) {
          if (kept) onStartTag(name, attributes);
          elements.closeCurrent(kept ? name : '');
          return j + 1;
        }
        i = j;
        continue;
      }
      if (isWhitespace(c)) {
        i++;
        continue;
      }
      // An attribute name: its first character can be anything (even `=` or a quote).
      const attributeStart = i;
      i++;
      while (i < length) {
        const n = html.charCodeAt(i);
        if (n === EQUALS || isEndOfTagSection(n)) break;
        i++;
      }
      if (i >= length) return -1;
      const attribute = html.slice(attributeStart, i).toLowerCase();
      const wanted = kept && !Object.hasOwn(attributes, attribute);
      let j = i;
      while (j < length && isWhitespace(html.charCodeAt(j))) j++;
      if (j >= length) return -1;
      if (html.charCodeAt(j) !== EQUALS) {
        if (wanted) attributes[attribute] = '';
        i = j;
        continue;
      }
      j++;
      while (j < length && isWhitespace(html.charCodeAt(j))) j++;
      if (j >= length) return -1;
      const quote = html.charCodeAt(j);
      let valueStart = j;
      if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
        valueStart = j + 1;
        i = html.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", valueStart);
        if (i === -1) return -1;
      } else {
        i = j;
        while (i < length) {
          const n = html.charCodeAt(i);
          if (n === GT || isWhitespace(n)) break;
          i++;
        }
        if (i >= length) return -1;
      }
      if (wanted) {
        const raw = html.slice(valueStart, i);
        attributes[attribute] = raw.includes('&') ? decodeHTMLAttribute(raw) : raw;
      }
      // After a quoted value, reading goes on after its closing quote.
      if (valueStart !== j) i++;
    }
    return -1;
  }
}
