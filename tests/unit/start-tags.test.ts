import { describe, expect, it } from 'vitest';
import { scanPage } from '../../src/lib/quality/links';
import { forEachStartTag, type Attributes } from '../../src/lib/start-tags';
import { parserScan, parserStartTags } from '../support/parser-scan';

function startTags(html: string): [string, Attributes][] {
  const tags: [string, Attributes][] = [];
  forEachStartTag(html, (name, attributes) => tags.push([name, { ...attributes }]));
  return tags;
}

/** Both readers give the same start tags and the same scan; returns the tags, for assertions of their own. */
function agree(html: string): [string, Attributes][] {
  const tags = startTags(html);
  expect(tags, html).toEqual(parserStartTags(html));
  const scan = scanPage(html);
  const reference = parserScan(html);
  expect(scan.refs, html).toEqual(reference.refs);
  expect([...scan.ids], html).toEqual([...reference.ids]);
  return tags;
}

const names = (html: string) => agree(html).map(([name]) => name);

describe('start tags, as htmlparser2 reads them', () => {
  it('reads quoted, unquoted and empty attributes, lower-casing names, the first of a name winning', () => {
    expect(agree(`<A HREF=/x/ Title='it''s' data-x="a>b" download ID=one id=two>`)).toEqual([
      ['a', { href: '/x/', title: 'it', "'s'": '', 'data-x': 'a>b', download: '', id: 'one' }],
    ]);
    agree('<a href = "/y"\n\tclass=c>x</a><img src=/a.png alt="">');
    agree('<a b= c=d>'); // `b` takes "c=d"
    agree('<a b=>x<a =c "d\'=e <f>');
    agree('<a href=/x/>text'); // the slash belongs to the value: not self-closing
  });

  it('decodes entities in attribute values as htmlparser2 does (attribute rules for legacy entities)', () => {
    expect(agree('<a href="/s/?q=a&amp;t=b&lt&copy=1&notit;&notin;&#x27;&#39;&#0;&#x110000;&#128;&NotEqualTilde;&bogus;&">')[0]![1].href).toBe(
      '/s/?q=a&t=b<&copy=1&notit;∉\'\'\uFFFD\uFFFD€≂̸&bogus;&',
    );
    agree("<a href=a&amp;b title='&quot;x&quot'>");
    agree('<a href=&amp>x<a href="&amp">y<a href=&ampx>');
  });

  it('skips comments, declarations, processing instructions and CDATA, however they end', () => {
    expect(
      names(
        '<!doctype html><!-- <a href=1> --><!--> <b><!---> <i><!-- x --!> <u><!-- -- --> <s><![CDATA[ <q> ]]><em><?xml <a href=2>?><!x <a href=3>><![if <a href=4>><p>',
      ),
    ).toEqual(['b', 'i', 'u', 's', 'em', 'p']);
    expect(names('<p><!-- <a href=1>')).toEqual(['p']);
    expect(names('<!--->--><a>')).toEqual(['a']);
    expect(names('<!----!-><a> --><b>')).toEqual(['b']);
  });

  it('does not count tags inside script, style and other text-only elements, up to their end tag in any case', () => {
    expect(
      names(
        '<script>if (a<b) document.write("<a href=/x>")</script ><style>a::after{content:"<img src=y>"}</STYLE><title><a href=t></title><textarea>&lt;/textarea><a></textarea><xmp><a></xmp><iframe><a></iframe><noembed><a></noembed><noframes><a></noframes><b>',
      ),
    ).toEqual(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'b']);
    expect(names('<script><</script><</scriptx></script/><a>')).toEqual(['script', 'a']);
    expect(names('<scriptx><a></scriptx><noscript><img src=n></noscript>')).toEqual(['scriptx', 'a', 'noscript', 'img']);
    expect(names('<script src=/s.js /><a href=after>')).toEqual(['script', 'a']);
    expect(names('<plaintext><a href=never></plaintext><b>')).toEqual(['plaintext']);
    expect(names('<script>never closed <a>')).toEqual(['script']);
    // htmlparser2 folds case with `| 0x20`, so U+001C stands for `<` in an end tag inside <title> and <textarea>.
    expect(names('<title>\x1c/title><a>')).toEqual(['title', 'a']);
  });

  it('counts tags in <template>, and reads <svg> and <math> content as foreign: no text-only elements, SVG names', () => {
    expect(names('<template><a href="/t/" id=t></a></template>')).toEqual(['template', 'a']);
    expect(
      names('<svg><title>x<a>y</a></title><style><a href=s></style><clippath id=c></clippath><foreignobject><style><a></style></foreignobject><image href=/i.png /></svg><image src=/j.png>'),
    ).toEqual(['svg', 'title', 'a', 'style', 'a', 'clipPath', 'foreignObject', 'style', 'image', 'img']);
    expect(names('<math><mi><script><a></script></mi><script><a></script></math>')).toEqual(['math', 'mi', 'script', 'script', 'a']);
    agree('<p><svg><p></svg><script><a></script><svg><desc><script><a></script></desc></svg>');
  });

  it('reports an unmatched </p> and a </br> as empty tags, and drops a form inside a form', () => {
    expect(agree('</p></br><form action=/a><form action=/b id=inner></form><form action=/c>')).toEqual([
      ['p', {}],
      ['br', {}],
      ['form', { action: '/a' }],
      ['form', { action: '/c' }],
    ]);
  });

  it('reads self-closing tags with spaces before the >, and a slash that starts no self-closing', () => {
    expect(agree('<br / ><a / href=x/><i/ >')).toEqual([
      ['br', {}],
      ['a', { href: 'x/' }],
      ['i', {}],
    ]);
  });

  it('ignores a < that starts no tag, end tags with attributes, and a tag cut off at the end of the page', () => {
    expect(names('a < b <3 <<a href=1></a title=">"><b>')).toEqual(['a', 'b']);
    expect(names('</ x><a></1><b></><i><a href="never closed>')).toEqual(['a', 'b', 'i']);
    expect(names('<a')).toEqual([]);
    expect(names('<a href')).toEqual([]);
    expect(names('<a href=')).toEqual([]);
    expect(names('<a href=x')).toEqual([]);
  });

  it('gives the link check the same references on the tags it reads (meta, link rel, srcset, input, refresh)', () => {
    agree(
      '<meta property=og:image content=/og.png><meta name="twitter:image" content="/t.png"><meta http-equiv=REFRESH content="0; URL=\'/moved/\'"><link rel="Preload stylesheet" href=/s.css imagesrcset="/a.webp 1x, /b.webp 2x"><link rel=dns-prefetch href=//cdn.example><link rel=alternate href=/lo/>',
    );
    agree('<input type=image src=/i.png><input src=/not.png><input TYPE=IMAGE src=/j.png><area href=/m download><blockquote cite=/c></blockquote><q cite=/q><del cite=/d><ins cite=/n><object data=/o><video src=/v poster=/p><use xlink:href=#s>');
    agree('<picture><source srcset="/a,b.webp 1x , /c.webp 2x"><img srcset=" /x.webp 100w,/y.webp 200w" src=/z.webp></picture><a name=old id=new>');
  });

  it('agrees with htmlparser2 on random pages made of tricky pieces', () => {
    const pieces = [
      '<a href="/x">', '<A HREF=/y ID=Y>', '</a>', '<p>', '</p>', '</br>', '<br/>', '<svg>', '</svg>', '<math>', '</math>', '<mi>', '</mi>',
      '<title>', '</title>', '<script>', '</script>', '</SCRIPT >', '<style>', '</style>', '<textarea>', '</textarea>', '<xmp>', '</xmp>',
      '<iframe src="/f">', '</iframe>', '<noembed>', '</noembed>', '<!--', '-->', '--!>', '<!-->', '<!--->', '<![CDATA[', ']]>', '<!doctype html>',
      '<?php ?>', '<form action="/f">', '</form>', '<template>', '</template>', '<img srcset="a.webp 1x, b.webp 2x" src=c>', '<image href="/i">',
      '<foreignObject>', '</foreignobject>', '<clippath id=c>', '</clipPath>', '<desc>', '</desc>', '<meta property=og:image content="/og.png">',
      '<link rel="stylesheet preload" href=/s.css>', '<div id="a&amp;b" id=dup>', '<a name=top>', '<input type=IMAGE src=/i.png>',
      '<meta http-equiv=Refresh content="0; url=/x">', '<a href=x/>', '<a / href=y>', '<table>', '<tr>', '<td>', '</td>', '<li>', '<h1>', '</h1>',
      '<a download href="/d.pdf">', '<script/>', '<b id=', '"', "'", '=', '/', '>', '<', '&amp;', '&quot', ' ', '\n', 'text', '<', '</', '<!', '-', '!',
    ];
    let seed = 1;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let page = 0; page < 3000; page++) {
      const count = 1 + Math.floor(random() * 40);
      let html = '';
      for (let i = 0; i < count; i++) html += pieces[Math.floor(random() * pieces.length)];
      agree(html);
    }
  });
});
