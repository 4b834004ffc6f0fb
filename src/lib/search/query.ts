/**
 * How a reader's query becomes Pagefind searches. Lao is indexed in syllables (see segment.ts), and
 * Pagefind matches each term on its own: ໂຮງໝໍ (hospital) → ໂຮງ ໝໍ would also match every page with ໂຮງງານ
 * (factory) and ທ່ານໝໍ (doctor). So each run of Lao the reader typed without a space is also searched as an
 * exact phrase, and only pages that have every such run, as written, are results. If none has, the loose
 * matches are offered instead, said to be partial (a word still being typed, or spelled another way), and
 * among them first the pages where each run's syllables but the last stand together: ຈິດສຳນ (ຈິດສຳນຶກ half
 * typed) puts pages with ຈິດສຳ before the many that only have ຈິດ somewhere.
 * Pages where the whole query stands together come first (for English too: "human trafficking" before
 * pages that only mention "human" and "trafficking"); otherwise Pagefind's ranking is kept.
 */
import { hasLao, queryTerms } from './segment';

export interface SearchPlan {
  /** Every term, for Pagefind's ranked search. */
  terms: string;
  /** Each Lao run of more than one syllable, quoted for Pagefind's exact search: all must match. */
  required: string[];
  /** The whole query quoted, when it has more than one term and is not already the one required run. */
  phrase: string | undefined;
  /** Each required run without its last syllable (maybe still being typed), quoted, when two or more are left. */
  stems: string[];
}

const quote = (terms: string[]) => `"${terms.join(' ')}"`;

/** undefined when the query has no word to search for. */
export function planSearch(query: string): SearchPlan | undefined {
  const terms = queryTerms(query);
  if (terms.length === 0) return undefined;
  const runs = query
    .split(/\s+/)
    .filter(hasLao)
    .map(queryTerms)
    .filter((chunk) => chunk.length > 1);
  const required = runs.map(quote);
  const stems = runs.filter((run) => run.length > 2).map((run) => quote(run.slice(0, -1)));
  const phrase = terms.length > 1 ? quote(terms) : undefined;
  return {
    terms: terms.join(' '),
    required,
    phrase: phrase !== undefined && !(required.length === 1 && required[0] === phrase) ? phrase : undefined,
    stems,
  };
}

export interface Combined<T> {
  results: T[];
  /** False when no page has every required run and the loose matches stand in. */
  exact: boolean;
}

/** The list with the results `first` picks moved to the front; each part keeps its order. */
function firstWhere<T>(list: readonly T[], first: (item: T) => boolean): T[] {
  return [...list.filter(first), ...list.filter((item) => !first(item))];
}

/**
 * The results to show, from Pagefind's ranked results, the pages matching each required run, those
 * matching the whole phrase and, for partial matches, those matching every stem. Each group keeps
 * Pagefind's order.
 */
export function combineResults<T extends { id: string }>(
  ranked: readonly T[],
  required: ReadonlyArray<ReadonlySet<string>>,
  phraseIds: ReadonlySet<string>,
  stems: ReadonlyArray<ReadonlySet<string>> = [],
): Combined<T> {
  const phraseFirst = (list: readonly T[]) => firstWhere(list, (result) => phraseIds.has(result.id));
  if (required.length === 0) return { results: phraseFirst(ranked), exact: true };
  const matching = ranked.filter((result) => required.every((ids) => ids.has(result.id)));
  if (matching.length > 0) return { results: phraseFirst(matching), exact: true };
  const stemFirst = stems.length === 0 ? phraseFirst(ranked) : firstWhere(phraseFirst(ranked), (result) => stems.every((ids) => ids.has(result.id)));
  return { results: stemFirst, exact: ranked.length === 0 };
}
