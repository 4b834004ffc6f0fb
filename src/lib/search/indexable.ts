/**
 * Which built pages go into the search index: those src/lib/indexability.ts calls searchable, and of each
 * only the main content its layout marks with data-pagefind-body (never the header, help lines or footer).
 */
import { indexability, pageFacts } from '../indexability.ts';
import { firstTagWith } from '../tag-attributes.ts';

export type IndexDecision =
  /** bodyStart: where the element marked data-pagefind-body starts in the HTML. */
  | { index: true; language: string; bodyStart: number }
  /** reason: the indexability rule that keeps the page out, or no-search-body. */
  | { index: false; reason: string };

const LANG = /<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z-]+)/i;
const BODY = /\sdata-pagefind-body(?=[\s=>/])/gi;

/** Whether the page marks a part of itself as its main content, for search. */
export const hasSearchBody = (html: string): boolean => firstTagWith(html, BODY) >= 0;

/** url: the page's path, '/lo/about/'. */
export function indexDecision(url: string, html: string): IndexDecision {
  const decision = indexability(url, pageFacts(html));
  if (!decision.search) return { index: false, reason: decision.name };
  // A searchable page whose layout marks no main content: the site check over dist/ reports it.
  const bodyStart = firstTagWith(html, BODY);
  if (bodyStart < 0) return { index: false, reason: 'no-search-body' };
  return { index: true, language: (LANG.exec(html)?.[1] ?? 'unknown').toLowerCase(), bodyStart };
}

const TITLE = /<title\b[^>]*>[\s\S]*?<\/title\s*>/i;

/**
 * What the indexer is given of a page it indexes: the page's language and <title>, then the page from the
 * element marked data-pagefind-body on (every Pagefind attribute of the site sits inside that element). The
 * head, menus and banners before it, about 40% of a page, would be encoded and parsed for nothing.
 * `bodyStart`: where the indexed part starts in the document returned. Throws if a Pagefind attribute stands
 * before that element.
 */
export function indexedDocument(html: string, decision: { language: string; bodyStart: number }): { html: string; bodyStart: number } {
  const before = html.slice(0, decision.bodyStart);
  if (/\sdata-pagefind-/i.test(before)) {
    throw new Error('a data-pagefind- attribute stands before the element marked data-pagefind-body, where the indexer would not see it: move it inside that element');
  }
  const head = `<!DOCTYPE html><html lang="${decision.language}"><head>${TITLE.exec(before)?.[0] ?? ''}</head><body>`;
  return { html: head + html.slice(decision.bodyStart), bodyStart: head.length };
}
