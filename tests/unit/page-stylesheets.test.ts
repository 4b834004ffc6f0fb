import { describe, expect, it } from 'vitest';
import { classesIn, pageClassText, pageGroup, scriptPathsIn, selectorNames, sharedPart, SiteText, utilitiesPart, withoutPrintStyles, wordsIn } from '../../src/lib/page-stylesheets';

// A stylesheet shaped as Tailwind writes it: layers, escaped class names, variants in media queries.
const stylesheet = [
  '@layer properties{@supports (-webkit-hyphens:none){*{--tw-leading:initial}}}',
  '@layer theme{:root{--color-ink:#111}}',
  '@layer base{*{margin:0}table{border-collapse:collapse}hr{height:0}::file-selector-button{padding:0}',
  '::placeholder{opacity:1}summary{display:list-item}:lang(lo) em{font-style:normal}}',
  '@layer components{.prose blockquote{padding-left:1em}.button{display:inline-flex}}',
  '@layer utilities{.invisible{visibility:hidden}.leading-tight{--tw-leading:1.25;line-height:1.25}.flex{display:flex}.grid{display:grid}.py-1\\.5{padding-block:.375rem}',
  '.hover\\:bg-brand:hover{background:teal}.aria-\\[current\\=page\\]\\:bg-brand[aria-current=page]{background:teal}',
  '.grid-cols-\\[minmax\\(0\\,26rem\\)_1fr\\]{grid-template-columns:1fr}',
  '@media (width>=48rem){.md\\:flex{display:flex}.md\\:grid{display:grid}}}',
  '.site-menu[open] .menu-open{display:inline}',
  '@media print{.no-print{display:none!important}}',
].join('');

const site = (text: string): SiteText => new SiteText(selectorNames([stylesheet])).add(text);

describe('classesIn', () => {
  it('reads escaped Tailwind class names and ignores attribute values and strings', () => {
    expect(classesIn('.py-1\\.5')).toEqual(['py-1.5']);
    expect(classesIn('.aria-\\[current\\=page\\]\\:bg-brand[aria-current=page]')).toEqual(['aria-[current=page]:bg-brand']);
    expect(classesIn('.grid-cols-\\[minmax\\(0\\,26rem\\)_1fr\\]')).toEqual(['grid-cols-[minmax(0,26rem)_1fr]']);
    expect(classesIn("a[href$='.pdf'] .x")).toEqual(['x']);
  });
});

describe('SiteText.addPage', () => {
  it("takes a page's classes from its class attributes and inline scripts, and its elements from its tags", () => {
    const page = [
      `<div class="flex py-1.5"><p class='md:grid'>Say invisible, or grid: prose is not a class.</p>`,
      '<hr class=no-print><script type="module">el.classList.add("md:flex")</script>',
    ].join('');
    expect(wordsIn(pageClassText(page))).toEqual(new Set(['flex', 'py-1.5', 'md:grid', 'no-print', 'el.classList.add(', 'md:flex', ')']));
    const site = new SiteText(selectorNames([stylesheet]));
    expect(site.addPage(page)).toEqual(new Set(['flex', 'py-1.5', 'md:grid', 'no-print', 'md:flex', 'hr']));
    expect(site.canMatch('hr')).toBe(true);
    expect(site.canMatch('table')).toBe(false);
  });
});

describe('utilitiesPart', () => {
  it('keeps the utilities a page or a script names, in their order and media queries, and drops the rest', () => {
    const page = '<div class="flex py-1.5 md:grid aria-[current=page]:bg-brand"><a class="grid-cols-[minmax(0,26rem)_1fr]">';
    const script = "link.classList.toggle('invisible', !today)";
    const css = utilitiesPart(stylesheet, wordsIn(`${page}\n${script}`));
    expect(css).toContain('.flex{display:flex}');
    expect(css).toContain('.py-1\\.5{');
    expect(css).toContain('.invisible{');
    expect(css).toContain('.aria-\\[current\\=page\\]\\:bg-brand[aria-current=page]');
    expect(css).toContain('.grid-cols-\\[minmax');
    expect(css).toMatch(/@media \(width>=48rem\)\{\.md\\:grid\{display:grid\}\}/);
    expect(css).not.toContain('.grid{');
    expect(css).not.toContain('md\\:flex');
    expect(css).not.toContain('hover\\:bg-brand');
    expect(css.startsWith('@layer utilities{')).toBe(true);
  });

  it('drops a media query left empty', () => {
    expect(utilitiesPart(stylesheet, wordsIn('<p class="flex">'))).not.toContain('@media');
  });
});

describe('sharedPart', () => {
  it('keeps everything outside the utilities layer that some page of the site can use, after the layer order', () => {
    const css = sharedPart(stylesheet, site('<html><body><details class="site-menu"><summary>Menu</summary></details><hr><em>'));
    expect(css.startsWith('@layer properties,theme,base,components,utilities;')).toBe(true);
    expect(css).not.toContain('@layer utilities{');
    expect(css).toContain('--tw-leading:initial');
    expect(css).toContain('--color-ink');
    expect(css).toContain('hr{height:0}');
    expect(css).toContain('summary{display:list-item}');
    // Classes are not pruned here: one file serves every page.
    expect(css).toContain('.button{');
    expect(css).toContain('.site-menu[open] .menu-open');
    expect(css).toContain('@media print{.no-print');
    // :lang(lo) names a language, not an element.
    expect(css).toContain(':lang(lo) em');
  });

  it("sets Tailwind's variables on every element instead of registering them with @property", () => {
    const css = sharedPart(
      `${stylesheet}@property --tw-leading{syntax:"*";inherits:false}@property --other{syntax:"*";inherits:false}`,
      site('<p>'),
    );
    expect(css).toContain('@layer properties{*{--tw-leading:initial}}');
    // A variable no rule sets needs no reset.
    const unset = sharedPart(stylesheet.replace('--tw-leading:initial', '--tw-leading:initial;--tw-ordinal:initial'), site('<p>'));
    expect(unset).not.toContain('--tw-ordinal');
    expect(css).not.toContain('@supports (-webkit-hyphens');
    expect(css).not.toContain('@property --tw-leading');
    // Only the variables the fallback declares lose their @property rule.
    expect(css).toContain('@property --other');
  });

  it('drops rules for elements and form controls no page or script has', () => {
    const css = sharedPart(stylesheet, site('<html><body><p>No table here.</p>'));
    expect(css).not.toContain('hr{');
    expect(css).not.toContain('::file-selector-button');
    expect(css).not.toContain('::placeholder');
    expect(css).not.toContain('blockquote');
    // The word "table" in the text is enough to keep the table rule: generous on purpose.
    expect(css).toContain('table{');
  });

  it('keeps a control rule when a page has the control, and an element a script creates', () => {
    const css = sharedPart(stylesheet, site('<input type="file" placeholder="Search">\ndocument.createElement("blockquote")'));
    expect(css).toContain('::file-selector-button');
    expect(css).toContain('::placeholder');
    expect(css).toContain('.prose blockquote');
  });
});

describe('scriptPathsIn', () => {
  it('finds the scripts a page loads and the ones a script imports, statically or not', () => {
    const page = '<script type="module" src="/_astro/Share.D9.js"></script><link rel="modulepreload" href="/repo/_astro/a.js?v=1">';
    expect(scriptPathsIn(page)).toEqual(['/_astro/Share.D9.js', '/repo/_astro/a.js']);
    const script = 'import{n as e}from"./urls.Bi.js";const p=import(e(`/pagefind/pagefind.js`));import(\'../x.mjs\')';
    expect(scriptPathsIn(script)).toEqual(['./urls.Bi.js', '/pagefind/pagefind.js', '../x.mjs']);
    expect(scriptPathsIn('<p>Read "the guide" and "notes.json".</p>')).toEqual([]);
  });
});

describe('pageGroup', () => {
  it('names the section after the language, the home page, and pages outside a language', () => {
    expect(pageGroup('/lo/stories/fake-job-offers/')).toBe('stories');
    expect(pageGroup('/en/stories/')).toBe('stories');
    expect(pageGroup('/en/')).toBe('home');
    expect(pageGroup('/en/index.html')).toBe('home');
    expect(pageGroup('/index.html')).toBe('root');
    expect(pageGroup('/404.html')).toBe('404');
  });
});

describe('withoutPrintStyles', () => {
  it('takes out the inline styles that hold print rules alone, and leaves any that applies on screen', () => {
    const print = '@media print{@page{margin:15mm}[data-print] a{color:#000!important}}';
    const screen = 'p{color:red}';
    const mixed = '@media print{a{color:#000}}p{margin:0}';
    const page = `<head><style>${print}</style><style>${screen}</style><style>${mixed}</style></head><body><p>@media print</p></body>`;
    const { html, printStyles } = withoutPrintStyles(page);
    expect(printStyles).toEqual([print]);
    expect(html).toBe(`<head><style>${screen}</style><style>${mixed}</style></head><body><p>@media print</p></body>`);
    expect(withoutPrintStyles(`<style>${screen}</style>`)).toEqual({ html: `<style>${screen}</style>`, printStyles: [] });
    expect(withoutPrintStyles('<style>@media screen{p{margin:0}}</style>').printStyles).toEqual([]);
  });
});
