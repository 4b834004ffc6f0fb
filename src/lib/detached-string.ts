/**
 * A copy of `text` that keeps nothing else in memory. V8 makes a substring of a longer string (a regex match,
 * an attribute value htmlparser2 cuts out of a page) a view into the string it was cut from: keeping a
 * 60-character link from a built page keeps the whole page alive. Steps of the pass over the built pages
 * that keep something from every page keep copies made here, or at 3,000 stories per language they held
 * every page until the end of the build (docs/performance.md, "Where the pass's memory went").
 */
export function detached(text: string): string {
  // Serialising and reading back makes a new string of its own (measured: slicing, concatenating with an empty
  // string or using the text as a Map key all still keep the page).
  return structuredClone(text);
}
