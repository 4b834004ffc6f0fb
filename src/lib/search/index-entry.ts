/**
 * What the search index gets of one built page: its address, and either why it is left out or its language
 * and the document Pagefind indexes (the page's main content, its Lao text segmented into syllables).
 * Imports carry their `.ts` extension: the indexer's worker thread runs this file with Node's own loader.
 */
import { withBase, withoutBase } from '../../i18n/urls.ts';
import { indexDecision, indexedDocument } from './indexable.ts';
import { segmentHtmlForIndex } from './segment-html.ts';

export type IndexEntry =
  /** reason: the indexability rule that keeps the page out, or no-search-body. */
  | { url: string; skipped: string }
  | { url: string; language: string; content: string };

/** 'lo/about/index.html' is served as '/lo/about/', or '/repo/lo/about/' on a site published under /repo/. */
export function urlOf(file: string, base: string): string {
  return withBase(`/${file.replace(/(^|\/)index\.html$/, '$1')}`, base);
}

/** file: relative to the output folder ('en/about/index.html'); base: the path the site is published under. */
export function indexEntry(file: string, html: string, base: string): IndexEntry {
  const url = urlOf(file, base);
  const decision = indexDecision(withoutBase(url, base), html);
  if (!decision.index) return { url, skipped: decision.reason };
  let indexed: ReturnType<typeof indexedDocument>;
  try {
    indexed = indexedDocument(html, decision);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { url, language: decision.language, content: segmentHtmlForIndex(indexed.html, indexed.bodyStart) };
}
