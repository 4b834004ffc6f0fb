/**
 * The Pagefind bundle, loaded the first time the reader searches (never before), and the searches the page
 * runs on it. Pagefind picks the index of the page's <html lang>.
 */
import { withBase } from '../../i18n/urls';
import { combineResults, planSearch, type Combined } from '../../lib/search/query';

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface PagefindResponse {
  results: PagefindResult[];
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
}

export type Filters = Partial<Record<'type' | 'topic', string>>;

let loading: Promise<PagefindModule> | undefined;

/** Loads the bundle once; a failed load can be retried. */
export function loadPagefind(excerptLength: number): Promise<PagefindModule> {
  loading ??= (async () => {
    // A runtime URL: the bundle is written after the site is built, so it is not part of it.
    const url = withBase('/pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await pagefind.options({
      excerptLength,
      // Pagefind would otherwise fold "diacritics", and for Lao those are the vowel signs and tone marks:
      // ຄ້າ (trade) would match ຄາ, ຄໍ, ຄື…
      exactDiacritics: true,
      // The worker is another 43 kB to download; the index of this site is small enough for the page itself.
      noWorker: true,
      // The index stores each page's full path, the site's base included (src/integrations/search-index.ts):
      // Pagefind would otherwise put the folder it is served from (/repo/) in front of it a second time.
      baseUrl: '/',
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

function activeFilters(filters: Filters): Record<string, string> | undefined {
  const entries = Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * The pages for a query, best first, optionally narrowed by filters; with no words, every page the filters
 * allow (see lib/search/query.ts for the rules). A result found by a phrase search carries an excerpt
 * centred on that phrase, so that one is kept.
 */
export async function searchPages(pagefind: PagefindModule, query: string, filters: Filters): Promise<Combined<PagefindResult>> {
  const plan = planSearch(query);
  const filter = activeFilters(filters);
  const options = filter ? { filters: filter } : {};
  const run = async (term: string | null) => (await pagefind.search(term, options))?.results ?? [];
  if (!plan) return { results: filter ? await run(null) : [], exact: true };
  const [ranked, phrase, ...required] = await Promise.all([
    run(plan.terms),
    plan.phrase ? run(plan.phrase) : Promise.resolve([]),
    ...plan.required.map(run),
  ]);
  const centred = new Map<string, PagefindResult>();
  for (const result of [...phrase, ...required.flat()]) if (!centred.has(result.id)) centred.set(result.id, result);
  const ids = (results: PagefindResult[]) => new Set(results.map((result) => result.id));
  let combined = combineResults(ranked, required.map(ids), ids(phrase));
  // Only a partial match needs the stems: searched then, not on every keystroke.
  if (!combined.exact && plan.stems.length > 0) {
    const stems = await Promise.all(plan.stems.map(run));
    combined = combineResults(ranked, required.map(ids), ids(phrase), stems.map(ids));
  }
  return { ...combined, results: combined.results.map((result) => centred.get(result.id) ?? result) };
}
