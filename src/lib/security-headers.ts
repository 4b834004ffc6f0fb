/**
 * The site's security policy, in one place: astro.config.mjs gives the CSP parts to Astro (which writes a
 * per-page <meta> CSP with the hashes of that page's inline scripts and styles), and the security-headers
 * integration writes the same policy, with every page's hashes merged, as HTTP headers in dist/_headers.
 * A browser applies both, so the header must allow everything each page's meta allows.
 */
import { createHash } from 'node:crypto';
import { attributesInTags } from './tag-attributes.ts';

/** CSP directives other than script-src and style-src (Astro writes those from the resources below). */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  // Video players load only once the reader presses play (principle 5, docs/architecture.md), from these hosts.
  "frame-src https://www.youtube-nocookie.com https://www.facebook.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * No 'unsafe-inline': an inline script runs only if its hash is listed. 'wasm-unsafe-eval' lets the search
 * (Pagefind) compile its WebAssembly; it allows no JavaScript eval.
 */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];
export const styleResources = ["'self'"];

/**
 * The CMS at /admin/ (staff only, never linked, noindex) gets its own, wider policy, on /admin/ only, as
 * narrow as Sveltia CMS allows (tests/e2e/cms.spec.ts fails on any violation while an entry is saved):
 * its components insert <style> elements ('unsafe-inline' styles, no inline scripts); pictures being
 * edited are shown from blob: and data: URLs; it reads and writes the repository through GitHub's API and
 * shows the signed-in person's GitHub picture. Nothing from a CDN: the script is copied into /admin/.
 */
export const adminPath = '/admin/';
export const adminCspDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://avatars.githubusercontent.com",
  "media-src 'self' blob:",
  "connect-src 'self' blob: data: https://api.github.com",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives a <meta> CSP cannot carry (browsers ignore them there, with a console warning). */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** Headers besides the CSP, for every path. */
export const securityHeaders: Readonly<Record<string, string>> = {
  // Readers' visits must not show up in other sites' logs: no referrer at all, on links and requests.
  'Referrer-Policy': 'no-referrer',
  // Nothing here needs these; fullscreen, autoplay and encrypted-media stay allowed for video players.
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  'X-Content-Type-Options': 'nosniff',
  // frame-ancestors for older browsers.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
};

/** A parsed policy: directive name → its sources, in order. */
export type Csp = Map<string, string[]>;

export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !csp.has(name.toLowerCase())) csp.set(name.toLowerCase(), sources);
  }
  return csp;
}

export function serializeCsp(csp: Csp): string {
  return [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const NONE = "'none'";

/**
 * One policy that allows what any of the given policies allows, directive by directive ('none' goes where
 * another policy allows something: browsers ignore it beside other sources, with a warning).
 */
export function mergeCsp(policies: readonly Csp[]): Csp {
  const merged: Csp = new Map();
  for (const csp of policies) {
    for (const [name, sources] of csp) {
      const into = merged.get(name) ?? [];
      for (const source of sources) if (!into.includes(source)) into.push(source);
      merged.set(name, into);
    }
  }
  for (const [name, sources] of merged) if (sources.length > 1) merged.set(name, sources.filter((source) => source !== NONE));
  return merged;
}

/**
 * The header policy: the pages' meta policies merged, plus the header-only directives. Every source a page's
 * meta allows is in it, so header and meta together allow exactly what that page's meta allows.
 */
export function headerCsp(pagePolicies: readonly string[]): string {
  const merged = mergeCsp([...pagePolicies.map(parseCsp), parseCsp(headerOnlyDirectives.join(';'))]);
  return serializeCsp(merged);
}

/**
 * Directives whose sources in `meta` are missing from `header`, so that header and meta would disagree. A
 * directive that allows nothing ('none') needs only the header to name it.
 */
export function uncoveredDirectives(meta: string, header: string): string[] {
  const headerCsp = parseCsp(header);
  return [...parseCsp(meta)]
    .filter(([name, sources]) => {
      const allowed = headerCsp.get(name);
      return !allowed || sources.some((source) => source !== NONE && !allowed.includes(source));
    })
    .map(([name]) => name);
}

/** A _headers file (Cloudflare Pages and Netlify format): a path pattern, then indented headers. */
export function renderHeadersFile(
  rules: readonly { path: string; detach?: readonly string[]; headers: Readonly<Record<string, string>> }[],
): string {
  return rules
    .map(({ path, detach = [], headers }) =>
      [path, ...detach.map((name) => `  ! ${name}`), ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

export interface HeaderRule {
  /** The path pattern as written ('/_astro/*'). */
  path: string;
  headers: [string, string][];
}

/** Reads a _headers file: the rules in order, comments and blank lines left out. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else if (line.trim().startsWith('!')) rules.at(-1)?.headers.push(['!', line.trim().slice(1).trim()]);
    else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers a host sends for a path: every matching rule applies ('*' matches anything), later ones win,
 * and `! Name` (Cloudflare Pages) removes a header an earlier rule set.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      if (name === '!') delete headers[value.toLowerCase()];
      else headers[name.toLowerCase()] = value;
    }
  }
  return headers;
}

const entities: Record<string, string> = { '&#39;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>' };
const decode = (text: string) => text.replace(/&(#39|quot|amp|lt|gt);/g, (entity) => entities[entity] ?? entity);

/** The policy in a page's <meta http-equiv="content-security-policy">, if it has one. */
export function metaCsp(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv=["']?content-security-policy/i.test(tag)) continue;
    const content = /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return decode(content[1] ?? content[2] ?? '');
  }
  return undefined;
}

/** base64 SHA-256 of a string, as CSP hashes write it. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/**
 * What only some pages use, and the element that uses it. A page without that element gets the narrower
 * policy in its <meta> (a story: about 40 bytes gzip less); the header, merged from every page's, keeps the
 * wider one, and a browser applies both, so on such a page the narrower one holds.
 */
const narrowerWithout: { element: RegExp; wide: RegExp; narrow: string }[] = [
  // The video player (src/components/media/VideoFacade.astro) creates the host's iframe when pressed.
  { element: /<video-facade[\s>]/, wide: /\bframe-src [^;"]*/, narrow: `frame-src ${NONE}` },
  // Search (<site-search>: Pagefind) compiles WebAssembly.
  { element: /<site-search[\s>]/, wide: / (?:'|&#39;)wasm-unsafe-eval(?:'|&#39;)/, narrow: '' },
];

/** The page with a CSP <meta> that no longer allows players' frames or WebAssembly where it has neither. */
export function withoutUnusedAllowances(html: string): string {
  const unused = narrowerWithout.filter(({ element }) => !element.test(html));
  if (unused.length === 0) return html;
  return html.replace(/<meta\b[^>]*http-equiv=["']?content-security-policy[^>]*>/i, (tag) =>
    unused.reduce((narrowed, { wide, narrow }) => narrowed.replace(wide, narrow), tag),
  );
}

/**
 * What in a page the policy would block: inline scripts whose hash script-src does not list, and inline event
 * handlers (onclick=…), which no hash allows. Returned as sentences for the build error.
 */
export function inlineScriptProblems(html: string, policy: string): string[] {
  const allowed = parseCsp(policy).get('script-src') ?? [];
  const problems: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc=/i.test(attributes)) continue;
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    // Data blocks (JSON-LD, import maps aside) are not executed, so CSP does not apply to them.
    if (type && !['module', 'text/javascript', 'application/javascript', 'importmap'].includes(type)) continue;
    const hash = `'sha256-${sha256(body)}'`;
    if (!allowed.includes(hash)) problems.push(`an inline <script> whose hash ${hash} is not in script-src`);
  }
  for (const { text: handler } of attributesInTags(html, /\son[a-z]+\s*=/gi)) {
    problems.push(`an inline event handler (${handler.slice(0, 60)}…): move it into a <script>`);
  }
  return problems;
}

/** The bodies of a page's inline <script> (no src) and <style> elements: all a hash can be needed for. */
function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const bodies: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))) {
    if (tag === 'script' && /\bsrc=/i.test(attributes)) continue;
    bodies.push(body);
  }
  return bodies;
}

/**
 * The page with a CSP <meta> that lists only the hashes of its own inline scripts and styles. Astro writes
 * into every page the hashes of every script and stylesheet file of the whole site, which 'self' already
 * allows: about 0.8 kB per page, which gzip cannot shrink. A hash of an inline element is kept, so the
 * policy allows exactly what it did for this page.
 */
export function withOwnHashesOnly(html: string): string {
  const own = new Set(
    [...inlineBodies(html, 'script'), ...inlineBodies(html, 'style')].map((body) => `sha256-${sha256(body)}`),
  );
  return html.replace(/<meta\b[^>]*http-equiv=["']?content-security-policy[^>]*>/i, (tag) =>
    tag.replace(/ (?:'|&#39;)(sha256-[A-Za-z0-9+/=]+)(?:'|&#39;)/g, (source, hash: string) => (own.has(hash) ? source : '')),
  );
}
