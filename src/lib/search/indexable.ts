/**
 * Which built pages go into the search index, decided from their HTML. Only the main content marked with
 * data-pagefind-body is indexed (never the header, help lines or footer), and a page that shows the other
 * language's content because its translation is missing (EntryLayout marks it data-fallback) is left out:
 * the original is in its own language's index already.
 */
export type IndexDecision =
  | { index: true; language: string }
  | { index: false; reason: 'no-search-body' | 'untranslated-fallback' };

const LANG = /<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z-]+)/i;
const BODY = /<[a-z][^>]*\sdata-pagefind-body(?:[\s=>/])/i;
const FALLBACK = /<[a-z][^>]*\sdata-fallback\s*=\s*["']?true\b|\sdata-testid\s*=\s*["']?fallback-notice\b/i;

export function indexDecision(html: string): IndexDecision {
  if (FALLBACK.test(html)) return { index: false, reason: 'untranslated-fallback' };
  if (!BODY.test(html)) return { index: false, reason: 'no-search-body' };
  return { index: true, language: (LANG.exec(html)?.[1] ?? 'unknown').toLowerCase() };
}
