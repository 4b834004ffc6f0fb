/**
 * How many results the search page shows at once. Each needs its fragment (the page's whole text, about
 * 2 kB, for the excerpt), so a first search shows five, which fill a phone's screen (Pagefind's own UI also
 * starts with five); "more" then adds ten at a time. scripts/bench-search.mjs fetches the same first five
 * from the plain index it compares against.
 */
export const FIRST_PAGE_SIZE = 5;
export const PAGE_SIZE = 10;
