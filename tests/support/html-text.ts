/**
 * Text of built HTML as readers get it: tags dropped, so a key Lao word in its no-wrap span
 * (src/middleware.ts) reads as the plain word it is.
 */
export const readableText = (html: string): string => html.replace(/<[^>]+>/g, '');

/** The first <h1>'s text as readers get it, or undefined when the page has none. */
export function headingText(html: string): string | undefined {
  const inner = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  return inner === undefined ? undefined : readableText(inner);
}
