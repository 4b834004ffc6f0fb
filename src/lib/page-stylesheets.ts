/**
 * Splits the site stylesheet (Tailwind's output) so a page downloads the rules it can use, not every rule
 * of every page type:
 * - a *shared* file: everything outside Tailwind's utilities layer (preflight, theme, base, components,
 *   the site's own unlayered rules), less the rules for elements no page of the site has;
 * - a *utilities* file per page type: the utilities that some page of that type, or some script of the
 *   site, names.
 * Only the utilities layer is split between files: it comes last in the layer order, and stays in one file
 * in its original order, so the cascade is the one of the whole stylesheet.
 *
 * Conservative on purpose: a utility is kept when every class in one of its selectors appears in a page's
 * class attributes or inline scripts, or anywhere in any script file (classes that scripts add or toggle
 * count, whatever the state); rules
 * outside the utilities layer go only when they name an element or a form control found on no page and in
 * no script of the whole site.
 */
import postcss, { type AtRule, type Root, type Rule } from 'postcss';
import { detached } from './detached-string';

/**
 * Anything that could be a class name or an element name in a page or a script (generous on purpose).
 * Split only where a class name cannot go on: arbitrary values hold brackets, parentheses and commas
 * (`grid-cols-[minmax(0,26rem)_1fr]`).
 */
export function wordsIn(text: string): Set<string> {
  return new Set(text.split(/[\s"'`<>\\]+/).filter(Boolean));
}

const CLASS_VALUE = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const SCRIPT_BODY = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * The text of a built page where a class name can be: its class attributes, and its inline scripts (which
 * may add classes). A page's other words cannot name a class, and splitting all of them took 1 ms a page
 * (profiled at 1,000 stories per language); its element names are read from its tags (SiteText.addPage).
 */
export function pageClassText(html: string): string {
  let text = '';
  for (const match of html.matchAll(CLASS_VALUE)) text += ` ${match[1] ?? match[2] ?? match[3]}`;
  for (const match of html.matchAll(SCRIPT_BODY)) text += ` ${match[1]}`;
  return text;
}

const isUtilitiesLayer = (node: postcss.ChildNode): node is AtRule =>
  node.type === 'atrule' && node.name === 'layer' && node.params.trim() === 'utilities';

/** True when the stylesheet is one this module knows how to split: it has Tailwind's utilities layer. */
export function hasUtilitiesLayer(css: string): boolean {
  return postcss.parse(css).nodes.some(isUtilitiesLayer);
}

/**
 * Quoted strings, attribute selectors and the arguments of :lang() and :nth-*(), where a dot or a word is
 * not a class or an element. Escaped brackets belong to a class name (`.grid-cols-\[1fr\]`) and stay.
 */
const withoutStringsAndAttributes = (selector: string) =>
  selector.replace(/"[^"]*"|'[^']*'|(?<!\\)\[(?:\\.|[^\]\\])*\]|:(?:lang|dir|nth-[a-z-]+)\([^)]*\)/g, '');

/** The class names a selector needs, unescaped (`.md\:flex` → `md:flex`). */
export function classesIn(selector: string): string[] {
  return [...withoutStringsAndAttributes(selector).matchAll(/\.((?:\\.|[\w-])+)/g)].map((match) => match[1]!.replace(/\\(.)/g, '$1'));
}

/** Element names a selector needs (`ul li` → ul, li; `:where(select:is([multiple]))` → select). */
function elementsIn(selector: string): string[] {
  return [...withoutStringsAndAttributes(selector).matchAll(/(?:^|[\s>+~(,])([a-z][a-z0-9-]*)(?![\w-]*\()/g)].map((match) => match[1]!);
}

/**
 * Pseudo-elements of form controls, and what a page must have for them to apply. Only the ones listed go;
 * anything else (including Firefox's :-moz-focusring, which any link can match) stays.
 */
const controlPseudoElements: [RegExp, RegExp][] = [
  [/::file-selector-button/, /\btype=["']?file|file-selector/],
  [/::-webkit-(?:date-and-time-value|datetime-edit|calendar-picker-indicator)/, /\btype=["']?(?:date|time|datetime-local|month|week)\b/],
  [/::-webkit-(?:inner|outer)-spin-button/, /\btype=["']?number\b/],
  [/::-webkit-search-decoration/, /\btype=["']?search\b/],
  [/::placeholder/, /\bplaceholder\b/],
];

/**
 * Every class and element name a selector of these stylesheets names: the only words of a page that can
 * decide whether a rule stays. Each is a string of the stylesheet's own (mapped to itself, to hand it out).
 */
export function selectorNames(stylesheets: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const css of stylesheets) {
    postcss.parse(css).walkRules((rule) => {
      for (const selector of rule.selectors) for (const name of [...classesIn(selector), ...elementsIn(selector)]) names.set(name, name);
    });
  }
  return names;
}

/**
 * What any page could show, as far as the stylesheet can ask: the class and element names and form-control
 * needs of every page and script of the site, gathered one text at a time (a large site's pages are never
 * held together).
 */
export class SiteText {
  readonly #names: ReadonlyMap<string, string>;
  readonly #seen = new Set<string>();
  readonly #controlNeedsMet = new Set<RegExp>();

  /** `names`: what the stylesheet's selectors ask about (`selectorNames`). */
  constructor(names: ReadonlyMap<string, string>) {
    this.#names = names;
  }

  /** Any text (a script, or a page read word by word): every word that a selector names counts. */
  add(text: string): this {
    for (const name of this.namesIn(text)) this.#seen.add(name);
    this.#addTagsAndControls(text);
    return this;
  }

  /**
   * A built page: the names its class attributes and inline scripts give, and its elements. Returns them
   * (what a selector asks about that this page has).
   */
  addPage(html: string): Set<string> {
    const names = new Set(this.namesIn(pageClassText(html)));
    for (const name of names) this.#seen.add(name);
    for (const name of this.#addTagsAndControls(html)) names.add(name);
    return names;
  }

  /** Records, and returns, the element names of the tags in `text`; and the form controls it has. */
  #addTagsAndControls(text: string): Set<string> {
    const elements = new Set<string>();
    for (const [, tag] of text.matchAll(/<([a-z][a-z0-9-]*)/g)) {
      const name = this.#names.get(tag!);
      if (name) elements.add(name);
    }
    for (const name of elements) this.#seen.add(name);
    for (const [, needs] of controlPseudoElements) if (needs.test(text)) this.#controlNeedsMet.add(needs);
    return elements;
  }

  /**
   * The words of `text` that a selector names, as the stylesheet's own strings. Only these are kept: a word
   * split out of a page is a view that keeps the whole page in memory (src/lib/detached-string.ts), and Lao,
   * written without spaces, gives most pages words no other page has.
   */
  *namesIn(text: string): Generator<string> {
    for (const word of wordsIn(text)) {
      const name = this.#names.get(word);
      if (name) yield name;
    }
  }

  /** False for a selector that can match nothing anywhere on the site. */
  canMatch(selector: string): boolean {
    for (const [pseudo, needs] of controlPseudoElements) if (pseudo.test(selector) && !this.#controlNeedsMet.has(needs)) return false;
    return elementsIn(selector).every((element) => this.#seen.has(element));
  }
}

/** Drops, from each rule, the selectors `keep` rejects, and the rules (and then empty at-rules) left with none. */
function pruneRules(root: postcss.Container, keep: (selector: string) => boolean): void {
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name)) return;
    const kept = rule.selectors.filter(keep);
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  let removed = true;
  while (removed) {
    removed = false;
    root.walkAtRules((atRule) => {
      if (atRule.nodes && atRule.nodes.length === 0) {
        atRule.remove();
        removed = true;
      }
    });
  }
}

/** Minified output as the input was, without the blank lines postcss keeps between removed nodes. */
const print = (root: Root) => root.toString().replace(/\n+/g, '\n').trim();

/**
 * Tailwind gives its --tw-* variables their starting values twice: as @property rules, and, for browsers
 * without @property, as declarations on every element inside an @supports test. The declarations alone work
 * in every browser and mean the same here (not inherited either way; nothing animates them), so they apply
 * everywhere and the @property rules of the variables they declare go: 0.28 kB less for every first visit.
 * Call it on the whole stylesheet: which variables some rule sets is read from the utilities too.
 */
export function plainPropertyDefaults(root: Root): void {
  // A variable no rule sets never has a value to stop from inheriting: `--x:initial` on it does nothing.
  const set = new Set<string>();
  root.walkDecls((declaration) => {
    if (declaration.value.trim() !== 'initial') set.add(declaration.prop);
  });
  root.each((layer) => {
    if (layer.type !== 'atrule' || layer.name !== 'layer' || layer.params.trim() !== 'properties') return;
    layer.each((supports) => {
      if (supports.type !== 'atrule' || supports.name !== 'supports' || !supports.nodes) return;
      const declared = new Set<string>();
      supports.walkDecls((declaration) => {
        declared.add(declaration.prop);
      });
      root.walkAtRules('property', (property) => {
        if (declared.has(property.params.trim())) property.remove();
      });
      supports.walkDecls((declaration) => {
        if (declaration.value.trim() === 'initial' && !set.has(declaration.prop)) declaration.remove();
      });
      supports.replaceWith(supports.nodes);
    });
  });
}

/**
 * The shared part of a stylesheet: everything but the utilities layer, without rules no page of the site
 * can use. It starts by naming the layer order, so the utilities file that follows keeps its place.
 */
export function sharedPart(css: string, site: SiteText): string {
  const root = postcss.parse(css);
  const layers: string[] = [];
  root.walkAtRules('layer', (atRule) => {
    for (const name of atRule.params.split(',').map((part) => part.trim())) if (name && !layers.includes(name)) layers.push(name);
  });
  plainPropertyDefaults(root);
  for (const node of [...root.nodes]) if (isUtilitiesLayer(node)) node.remove();
  pruneRules(root, (selector) => site.canMatch(selector));
  return `@layer ${layers.join(',')};${print(root)}`;
}

/** The utilities layer of a stylesheet, with only the utilities whose classes all occur among `words`. */
export function utilitiesPart(css: string, words: ReadonlySet<string>): string {
  const layer = postcss.parse(css).nodes.find(isUtilitiesLayer);
  if (!layer) return '';
  const root = postcss.root();
  root.append(layer.clone());
  pruneRules(root, (selector) => classesIn(selector).every((name) => words.has(name)));
  return print(root);
}

/**
 * The scripts a page or a script names, as written (`/_astro/x.js`, `./urls.js`): every quoted path ending
 * in .js or .mjs, which covers `<script src>`, module preloads, and static and dynamic imports written as
 * strings. Generous: a path that names no file of the site is dropped by the caller.
 */
export function scriptPathsIn(text: string): string[] {
  return [...text.matchAll(/["'`]([^"'`\s]+?\.m?js)(?:[?#][^"'`\s]*)?["'`]/g)].map((match) => match[1]!);
}

const INLINE_STYLE = /<style>([\s\S]*?)<\/style>/g;
/** Answers by style text: pages of a type carry the same few styles, and parsing each again took 0.1 ms a page. */
const printOnly = new Map<string, boolean>();
const isPrintOnly = (css: string) => {
  let answer = printOnly.get(css);
  if (answer === undefined) {
    const nodes = postcss.parse(css).nodes.filter((node) => node.type !== 'comment');
    answer = nodes.length > 0 && nodes.every((node) => node.type === 'atrule' && node.name === 'media' && node.params.trim() === 'print');
    printOnly.set(detached(css), answer);
  }
  return answer;
};

/**
 * The page's inline `<style>` elements that hold print rules alone (`@media print{…}`), and the page without
 * them. Such rules can move into a stylesheet the page links without changing anything on screen; the
 * stylesheet's other pages get them too, so they must name what they are for (src/styles/print.css applies
 * to pages marked `data-print`).
 */
export function withoutPrintStyles(html: string): { html: string; printStyles: string[] } {
  const printStyles: string[] = [];
  const rest = html.replace(INLINE_STYLE, (element, css: string) => {
    if (!isPrintOnly(css)) return element;
    printStyles.push(css);
    return '';
  });
  return { html: printStyles.length === 0 ? html : rest, printStyles };
}

/** The page type a stylesheet is cut for: the section after the language (`/lo/stories/x/` → stories). */
export function pageGroup(pagePath: string): string {
  const [first, second] = pagePath.replace(/(^|\/)index\.html$/, '/').split('/').filter(Boolean);
  if (!first) return 'root';
  if (!/^[a-z]{2}$/.test(first)) return first.replace(/\.html$/, '');
  return second ?? 'home';
}
