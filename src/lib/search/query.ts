/**
 * How a reader's query becomes Pagefind searches. Pagefind ranks pages by each term separately, so a Lao
 * compound typed without spaces (ການຄ້າມະນຸດ → ການ ຄ້າ ມະ ນຸດ) would rank every page that has those
 * syllables anywhere. The same terms are therefore also searched as an exact phrase, and the pages where
 * they stand together, in that order, come first; the rest follow in Pagefind's order. (English benefits
 * too: "human trafficking" before pages that only mention "human" and "trafficking".)
 */
import { queryTerms } from './segment';

export interface SearchPlan {
  /** Terms for Pagefind's ranked search, separated by spaces. */
  terms: string;
  /** The same terms quoted, for Pagefind's exact search, when there is more than one. */
  phrase: string | undefined;
}

/** undefined when the query has no word to search for. */
export function planSearch(query: string): SearchPlan | undefined {
  const terms = queryTerms(query);
  if (terms.length === 0) return undefined;
  const joined = terms.join(' ');
  return { terms: joined, phrase: terms.length > 1 ? `"${joined}"` : undefined };
}

/** Pagefind's ranked results with the phrase matches moved to the front, each group keeping its order. */
export function rankResults<T extends { id: string }>(ranked: readonly T[], phraseIds: ReadonlySet<string>): T[] {
  if (phraseIds.size === 0) return [...ranked];
  return [...ranked.filter((result) => phraseIds.has(result.id)), ...ranked.filter((result) => !phraseIds.has(result.id))];
}
