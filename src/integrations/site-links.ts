/**
 * Links in content written from the site's root (`[a story](/en/stories/x/)`) get the path the site is
 * served under, so they still lead to the page when it is published at https://org.github.io/repo/. Staff
 * keep writing /en/…; this Sätteri hast plugin adds /repo/ to Markdown and MDX links and images.
 */
import { withBase } from '../i18n/urls';
import type { externalLinks } from './external-links';

type HastPlugin = typeof externalLinks;

/** '/en/about/' → '/repo/en/about/'; other addresses (https:, //host, #part, relative, already based) as they are. */
export function siteHref(href: unknown, base: string): unknown {
  if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return href;
  const prefixed = withBase('/', base);
  return prefixed !== '/' && (href === prefixed.slice(0, -1) || href.startsWith(prefixed)) ? href : withBase(href, base);
}

const ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src', track: 'src' };

export function siteLinks(base: string): HastPlugin {
  return {
    name: 'site-links',
    element: {
      filter: Object.keys(ATTRIBUTES),
      visit(node, ctx) {
        const attribute = ATTRIBUTES[node.tagName];
        if (!attribute) return;
        const value = node.properties[attribute];
        const next = siteHref(value, base);
        if (next !== value) ctx.setProperty(node, attribute, next as string);
      },
    },
  };
}
