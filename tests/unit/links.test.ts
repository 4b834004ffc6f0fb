import { describe, expect, it } from 'vitest';
import { checkLinks, describeLinkProblems, formatLinkProblem, pagePath, resolvePath, scanPage, srcsetUrls, type PageScan } from '../../src/lib/quality/links';

const origin = 'https://hub.example.org';

/** A small site: files, and the HTML of its pages. */
function site(pages: Record<string, string>, otherFiles: string[] = []) {
  const scans = new Map<string, PageScan>(Object.entries(pages).map(([file, html]) => [file, scanPage(html)]));
  const files = new Set([...Object.keys(pages), ...otherFiles]);
  return checkLinks(scans, files, origin).map(formatLinkProblem);
}

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('scanPage', () => {
  it('collects links, resources, metadata and ids', () => {
    const scan = scanPage(
      page(
        '<h2 id="help">Help</h2><a name="old"></a><a href="/en/">Home</a><a href="/f.pdf" download>PDF</a><img src="/a.png" srcset="/a-400.webp 400w, /a-800.webp 800w" alt=""><picture><source srcset="/b.avif 1x, /b@2x.avif 2x"></picture><script src="/s.js"></script>',
        '<link rel="stylesheet" href="/c.css"><link rel="canonical" href="https://hub.example.org/en/"><meta property="og:image" content="/og.png"><link rel="preconnect" href="https://fonts.example.com">',
      ),
    );
    expect(scan.ids).toEqual(new Set(['help', 'old']));
    expect(scan.refs.map((ref) => `${ref.kind} ${ref.tag}[${ref.attr}] ${ref.url}`)).toEqual([
      'resource link[href] /c.css',
      'metadata link[href] https://hub.example.org/en/',
      'metadata meta[content] /og.png',
      'resource link[href] https://fonts.example.com',
      'link a[href] /en/',
      'download a[href] /f.pdf',
      'resource img[src] /a.png',
      'resource img[srcset] /a-400.webp',
      'resource img[srcset] /a-800.webp',
      'resource source[srcset] /b.avif',
      'resource source[srcset] /b@2x.avif',
      'resource script[src] /s.js',
    ]);
  });
  it('reads a tag named like a member of every object as any other tag', () => {
    expect(scanPage('<constructor id=c src=/x><toString href=/y><__proto__>').ids).toEqual(new Set(['c']));
    expect(scanPage('<constructor id=c src=/x><toString href=/y><__proto__>').refs).toEqual([]);
  });
  it('decodes entities in addresses', () => {
    expect(scanPage('<a href="/search/?q=a&amp;t=b">s</a>').refs[0]?.url).toBe('/search/?q=a&t=b');
  });
});

describe('srcsetUrls', () => {
  it('splits candidates, keeping commas inside URLs', () => {
    expect(srcsetUrls('/a.webp 400w,/b.webp 800w')).toEqual(['/a.webp', '/b.webp']);
    expect(srcsetUrls(' /a,b.webp 1x , /c.webp 2x ')).toEqual(['/a,b.webp', '/c.webp']);
    expect(srcsetUrls('/only.webp')).toEqual(['/only.webp']);
  });
});

describe('resolvePath and pagePath', () => {
  const files = new Set(['index.html', 'en/index.html', 'en/about/index.html', 'favicon.svg', '404.html']);
  it('serves folders by their index.html, like a static host', () => {
    expect(resolvePath('/', files)).toEqual({ file: 'index.html' });
    expect(resolvePath('/en/about/', files)).toEqual({ file: 'en/about/index.html' });
    expect(resolvePath('/favicon.svg', files)).toEqual({ file: 'favicon.svg' });
    expect(resolvePath('/en/about', files)).toEqual({ folderWithoutSlash: true });
    expect(resolvePath('/en/nope/', files)).toEqual({ missing: true });
  });
  it('turns page files back into addresses', () => {
    expect(pagePath('en/about/index.html')).toBe('/en/about/');
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});

describe('checkLinks', () => {
  const about = page('<h1 id="top-heading">About</h1><h2 id="contact">Contact</h2>');

  it('accepts a site whose references all resolve', () => {
    expect(
      site(
        {
          'en/index.html': page(
            '<a href="/en/about/">About</a> <a href="about/#contact">Contact</a> <a href="#main">Skip</a><main id="main"></main> <a href="#">Top</a> <a href="https://www.example.org/x?y=1">Ext</a> <a href="mailto:info@example.org">Mail</a> <a href="tel:1362">Call</a> <a href="/en/about/?q=x">Q</a> <img src="/img/a.webp" srcset="/img/a.webp 1x, /img/a%202x.webp 2x" alt="">',
            '<link rel="canonical" href="https://hub.example.org/en/"><link rel="alternate" hreflang="lo" href="https://hub.example.org/lo/"><link rel="stylesheet" href="/_astro/c.css">',
          ),
          'en/about/index.html': about,
          'lo/index.html': page(''),
        },
        ['img/a.webp', 'img/a 2x.webp', '_astro/c.css'],
      ),
    ).toEqual([]);
  });

  it('reports a link to a page that does not exist', () => {
    expect(site({ 'en/index.html': page('<a href="/en/storys/">Stories</a>') })).toEqual([
      '/en/: <a href="/en/storys/"> leads to nothing: no page or file in the site has the address /en/storys/. Correct the address, or remove the link.',
    ]);
  });

  it('reports an anchor that is not on the target page, and on the same page', () => {
    expect(site({ 'en/index.html': page('<a href="/en/about/#contacts">C</a><a href="#nowhere">N</a>'), 'en/about/index.html': about })).toEqual([
      '/en/: <a href="/en/about/#contacts"> points to #contacts, but /en/about/ has no element with id="contacts". Link to a heading id that exists on that page, or remove "#contacts".',
      '/en/: <a href="#nowhere"> points to #nowhere, but /en/ has no element with id="nowhere". Link to a heading id that exists on that page, or remove "#nowhere".',
    ]);
  });

  it('reports missing images, srcset candidates, stylesheets, scripts and downloads', () => {
    const problems = site(
      {
        'en/index.html': page(
          '<img src="/a.webp" srcset="/a.webp 1x, /a-2x.webp 2x" alt=""><a href="/files/guide.pdf" download>Guide</a><script type="module" src="/_astro/x.js"></script>',
          '<link rel="stylesheet" href="/_astro/gone.css">',
        ),
      },
      ['a.webp'],
    );
    expect(problems.map((problem) => problem.split(' leads')[0])).toEqual([
      '/en/: <link href="/_astro/gone.css">',
      '/en/: <img srcset="/a-2x.webp">',
      '/en/: <a href="/files/guide.pdf">',
      '/en/: <script src="/_astro/x.js">',
    ]);
  });

  it('reports a folder linked without its final slash', () => {
    expect(site({ 'en/index.html': page('<a href="/en/about">About</a>'), 'en/about/index.html': about })).toEqual([
      '/en/: <a href="/en/about"> leads to a folder: write /en/about/ with the final slash, as every address on this site ends, so it works on every host without a redirect.',
    ]);
  });

  it('resolves absolute addresses on the site itself, and checks them', () => {
    expect(site({ 'en/index.html': page('', '<link rel="alternate" hreflang="lo" href="https://hub.example.org/lo/">') })).toEqual([
      expect.stringContaining('<link href="https://hub.example.org/lo/"> leads to nothing'),
    ]);
  });

  it('checks the syntax of external addresses without fetching them', () => {
    expect(
      site({
        'en/index.html': page(
          '<a href="htps://example.org/">1</a><a href="https://example">2</a><a href="mailto:nobody">3</a><a href="tel:call-us">4</a><a href="javascript:void(0)">5</a><a href="">6</a><a href="https://exa mple.org/">7</a>',
        ),
      }),
    ).toEqual([
      expect.stringContaining('<a href="htps://example.org/"> uses "htps:", which is not a web, e-mail or phone address'),
      expect.stringContaining('<a href="https://example"> has no real host name ("example")'),
      expect.stringContaining('<a href="mailto:nobody"> is not an e-mail address'),
      expect.stringContaining('<a href="tel:call-us"> is not a phone number'),
      expect.stringContaining('<a href="javascript:void(0)"> uses "javascript:"'),
      expect.stringContaining('<a href=""> is empty'),
      expect.stringContaining('<a href="https://exa mple.org/">'),
    ]);
  });

  it('reports anything that would load from another host as the page opens', () => {
    expect(
      site({
        'en/index.html': page(
          '<img src="https://cdn.example.com/a.png" alt=""><iframe src="https://www.youtube-nocookie.com/embed/x" title="v"></iframe><a href="https://www.youtube.com/watch?v=x">Watch on YouTube</a>',
          '<link rel="preconnect" href="https://fonts.gstatic.com"><script src="https://cdn.example.com/s.js"></script>',
        ),
      }),
    ).toEqual([
      expect.stringContaining('<link href="https://fonts.gstatic.com"> loads from another host (fonts.gstatic.com)'),
      expect.stringContaining('<script src="https://cdn.example.com/s.js"> loads from another host'),
      expect.stringContaining('<img src="https://cdn.example.com/a.png"> loads from another host'),
      expect.stringContaining('<iframe src="https://www.youtube-nocookie.com/embed/x"> loads from another host'),
    ]);
  });

  it('allows inline data images', () => {
    expect(site({ 'en/index.html': page('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">') })).toEqual([]);
  });
});

describe('describeLinkProblems', () => {
  const scans = new Map<string, PageScan>([
    ['en/a/index.html', scanPage(page('<a href="/en/gone/">x</a><a href="/en/typo/">y</a>'))],
    ['lo/a/index.html', scanPage(page('<a href="/en/gone/">x</a>'))],
  ]);
  const problems = checkLinks(scans, new Set(scans.keys()), origin);

  it('traces a broken link to the content file and line that contain it, once for all pages it is on', () => {
    const content = [{ path: 'content/pages/en/a.mdx', text: '---\ntitle: A\n---\n\nSee [the guide](/en/typo/).\n' }];
    expect(describeLinkProblems(problems, content)).toEqual([
      '/en/a/, /lo/a/: the link "/en/gone/" leads to nothing: no page or file in the site has the address /en/gone/. Correct the address, or remove the link. It is not written in content/, so it comes from the site\'s code (src/).',
      'content/pages/en/a.mdx:5: the link "/en/typo/" leads to nothing: no page or file in the site has the address /en/typo/. Correct the address, or remove the link. (Seen on /en/a/.)',
    ]);
  });
});

describe('a site published under a path (https://org.github.io/hub/)', () => {
  const hub = 'https://org.github.io/hub/';
  const check = (pages: Record<string, string>, otherFiles: string[] = []) => {
    const scans = new Map<string, PageScan>(Object.entries(pages).map(([file, html]) => [file, scanPage(html)]));
    return checkLinks(scans, new Set([...Object.keys(pages), ...otherFiles]), hub).map(formatLinkProblem);
  };

  it('accepts addresses under the path, relative ones and absolute ones on the site', () => {
    expect(
      check(
        {
          'en/index.html': page('<a href="/hub/en/about/">About</a><a href="about/">About</a><a href="https://org.github.io/hub/en/about/">About</a><img src="/hub/favicon.svg" alt="">'),
          'en/about/index.html': page('<a href="../">Home</a>'),
        },
        ['favicon.svg'],
      ),
    ).toEqual([]);
  });

  it('refuses an address written from the host root, which leads outside the site', () => {
    expect(check({ 'en/index.html': page('<a href="/en/about/">About</a>'), 'en/about/index.html': page('') })).toEqual([
      '/en/: <a href="/en/about/"> leads to /en/about/, outside /hub/, where the site is published. Start the address with /hub/ (in code: localizedPath() or withBase() from src/i18n/urls.ts).',
    ]);
  });

  it('still finds missing files under the path', () => {
    expect(check({ 'en/index.html': page('<img src="/hub/missing.png" alt="">') })).toEqual([
      '/en/: <img src="/hub/missing.png"> leads to nothing: no page or file in the site has the address /hub/missing.png. Correct the address, or remove the link.',
    ]);
  });
});
