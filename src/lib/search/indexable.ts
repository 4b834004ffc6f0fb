/**
 * Which built pages go into the search index: those src/lib/indexability.ts calls searchable, and of each
 * only the main content its layout marks with data-pagefind-body (never the header, help lines or footer).
 */
import { indexability, pageFacts } from '../indexability';

export type IndexDecision =
  | { index: true; language: string }
  /** reason: the indexability rule that keeps the page out, or no-search-body. */
  | { index: false; reason: string };

const LANG = /<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z-]+)/i;
const BODY = /<[a-z][^>]*\sdata-pagefind-body(?:[\s=>/])/i;

/** Whether the page marks a part of itself as its main content, for search. */
export const hasSearchBody = (html: string): boolean => BODY.test(html);

/** url: the page's path, '/lo/about/'. */
export function indexDecision(url: string, html: string): IndexDecision {
  const decision = indexability(url, pageFacts(html));
  if (!decision.search) return { index: false, reason: decision.name };
  // A searchable page whose layout marks no main content: the site check over dist/ reports it.
  if (!hasSearchBody(html)) return { index: false, reason: 'no-search-body' };
  return { index: true, language: (LANG.exec(html)?.[1] ?? 'unknown').toLowerCase() };
}
