import { describe, expect, it } from 'vitest';
import { headerCsp, headersFor, inlineScriptProblems, mergeCsp, metaCsp, parseCsp, parseHeadersFile, renderHeadersFile, serializeCsp, sha256, uncoveredDirectives, withoutUnusedAllowances, withOwnHashesOnly } from '../../src/lib/security-headers';

const pageA = "default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self'";
const pageB = "default-src 'self'; script-src 'self' 'sha256-BBB='; style-src 'self' 'sha256-CCC='";

describe('Content-Security-Policy', () => {
  it('parses and writes a policy back unchanged', () => {
    expect(serializeCsp(parseCsp(`${pageA};`))).toBe(pageA);
  });

  it('merges policies source by source, without duplicates', () => {
    const merged = mergeCsp([parseCsp(pageA), parseCsp(pageB)]);
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(merged.get('default-src')).toEqual(["'self'"]);
  });

  it('gives the header every page\'s hashes plus frame-ancestors, which a <meta> cannot carry', () => {
    const header = headerCsp([pageA, pageB]);
    expect(header).toContain("frame-ancestors 'none'");
    expect(uncoveredDirectives(pageA, header)).toEqual([]);
    expect(uncoveredDirectives(pageB, header)).toEqual([]);
    expect(header).not.toContain('unsafe-inline');
  });

  it('reports where a page allows what the header does not', () => {
    expect(uncoveredDirectives(pageB, headerCsp([pageA]))).toEqual(['script-src', 'style-src']);
  });

  it("merges 'none' away where another page allows something, and needs no header source for it", () => {
    const withoutPlayer = "default-src 'self'; frame-src 'none'";
    const withPlayer = "default-src 'self'; frame-src https://www.youtube-nocookie.com";
    expect(mergeCsp([parseCsp(withoutPlayer), parseCsp(withPlayer)]).get('frame-src')).toEqual(['https://www.youtube-nocookie.com']);
    expect(mergeCsp([parseCsp(withoutPlayer)]).get('frame-src')).toEqual(["'none'"]);
    expect(uncoveredDirectives(withoutPlayer, headerCsp([withoutPlayer, withPlayer]))).toEqual([]);
    expect(uncoveredDirectives(withPlayer, headerCsp([withoutPlayer]))).toEqual(['frame-src']);
  });

  it('reads the policy from a page, entities decoded', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"></head>`;
    expect(metaCsp(html)).toBe("script-src 'self'");
    expect(metaCsp('<head></head>')).toBeUndefined();
  });
});

describe('inline scripts', () => {
  const body = 'console.log(1)';
  const page = (extra = '') => `<script type="module">${body}</script><script src="/x.js"></script>${extra}`;

  it('accepts an inline script whose hash is listed', () => {
    expect(inlineScriptProblems(page(), `script-src 'self' 'sha256-${sha256(body)}'`)).toEqual([]);
  });

  it('refuses an inline script without its hash, and any inline event handler', () => {
    const problems = inlineScriptProblems(page('<button onclick="go()">Go</button>'), "script-src 'self'");
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/inline <script> whose hash 'sha256-.+' is not in script-src/);
    expect(problems[1]).toMatch(/inline event handler/);
  });

  it('ignores data blocks, which are not run', () => {
    expect(inlineScriptProblems('<script type="application/ld+json">{}</script>', "script-src 'self'")).toEqual([]);
  });
});

describe('a page\'s own hashes', () => {
  const script = 'go()';
  const style = 'p{color:red}';
  const policy = (...hashes: string[]) =>
    `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hashes[0]}; style-src 'self' ${hashes.slice(1).join(' ')};">`;
  const own: [string, string] = [`'sha256-${sha256(script)}'`, `'sha256-${sha256(style)}'`];
  const elsewhere: [string, string] = ["'sha256-OTHERSCRIPT='", "'sha256-OTHERSTYLE='"];

  it('keeps the hashes of the page\'s inline script and style, drops those of files and other pages', () => {
    const page = `<head>${policy(`${own[0]} ${elsewhere[0]}`, elsewhere[1], own[1])}<script>${script}</script><style>${style}</style><script src="/_astro/a.js"></script></head>`;
    const csp = parseCsp(metaCsp(withOwnHashesOnly(page))!);
    expect(csp.get('script-src')).toEqual(["'self'", own[0]]);
    expect(csp.get('style-src')).toEqual(["'self'", own[1]]);
    expect(inlineScriptProblems(withOwnHashesOnly(page), metaCsp(withOwnHashesOnly(page))!)).toEqual([]);
  });

  it('leaves a page without inline elements only its sources', () => {
    const page = `<head>${policy(elsewhere[0], elsewhere[1])}<script src="/_astro/a.js"></script></head>`;
    expect(metaCsp(withOwnHashesOnly(page))).toBe("default-src 'self'; script-src 'self'; style-src 'self';");
  });
});

describe('allowances a page does not use', () => {
  const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
  const policy = "default-src 'self';frame-src https://www.youtube-nocookie.com https://www.facebook.com;object-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';";

  it("leaves a page without a player or search no players' frames and no WebAssembly", () => {
    const page = `<head>${meta(policy)}</head><body><p>Watch &lt;video-facade&gt; on site-search</p></body>`;
    expect(metaCsp(withoutUnusedAllowances(page))).toBe("default-src 'self';frame-src 'none';object-src 'none'; script-src 'self'; style-src 'self';");
  });

  it('keeps them where the page has the player or the search', () => {
    const page = `<head>${meta(policy)}</head><body><video-facade class="block"></video-facade><site-search>x</site-search></body>`;
    expect(withoutUnusedAllowances(page)).toBe(page);
    const player = parseCsp(metaCsp(withoutUnusedAllowances(`<head>${meta(policy)}</head><video-facade>`))!);
    expect(player.get('frame-src')).toEqual(['https://www.youtube-nocookie.com', 'https://www.facebook.com']);
    expect(player.get('script-src')).toEqual(["'self'"]);
  });
});

describe('_headers file', () => {
  const rules = parseHeadersFile('# comment\n/*\n  X-Frame-Options: DENY\n  Cache-Control: no-cache\n\n/_astro/*\n  Cache-Control: public, immutable\n');

  it('reads rules in order, without comments', () => {
    expect(rules).toEqual([
      { path: '/*', headers: [['X-Frame-Options', 'DENY'], ['Cache-Control', 'no-cache']] },
      { path: '/_astro/*', headers: [['Cache-Control', 'public, immutable']] },
    ]);
  });

  it('applies every matching rule to a path, the later one winning', () => {
    expect(headersFor(rules, '/_astro/app.1a2b.css')).toEqual({ 'x-frame-options': 'DENY', 'cache-control': 'public, immutable' });
    expect(headersFor(rules, '/lo/')).toEqual({ 'x-frame-options': 'DENY', 'cache-control': 'no-cache' });
    expect(headersFor(rules, '/x_astro/y')).toEqual({ 'x-frame-options': 'DENY', 'cache-control': 'no-cache' });
  });

  it('writes a path line and indented headers', () => {
    expect(renderHeadersFile([{ path: '/*', headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' } }])).toBe(
      '/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n',
    );
  });

  it('lets a later rule remove a header an earlier one set (`! Name`, Cloudflare Pages), as /admin/* does with the CSP', () => {
    const text = renderHeadersFile([
      { path: '/*', headers: { 'Content-Security-Policy': "default-src 'self'", 'X-Frame-Options': 'DENY' } },
      { path: '/admin/*', detach: ['Content-Security-Policy'], headers: { 'Content-Security-Policy': "connect-src 'self' https://api.github.com" } },
    ]);
    expect(text).toContain('/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: connect-src');
    const written = parseHeadersFile(text);
    expect(headersFor(written, '/admin/')).toEqual({ 'content-security-policy': "connect-src 'self' https://api.github.com", 'x-frame-options': 'DENY' });
    expect(headersFor(written, '/en/')).toEqual({ 'content-security-policy': "default-src 'self'", 'x-frame-options': 'DENY' });
  });
});
