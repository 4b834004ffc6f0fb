/**
 * The site's colour tokens (src/styles/tokens.css) for graphics drawn at build: posters, cards, share images
 * and PDFs use the same colours as the pages, from one file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Read from the project root (as the build and tests run): a CSS import would be processed, not raw. */
export const TOKENS_FILE = path.resolve('src/styles/tokens.css');

/** `--color-brand: #0b5259;` → { brand: '#0b5259' }. Only #rrggbb values: what the renderers can draw. */
export function parseColourTokens(source: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const [, name, value] of source.matchAll(/--color-([a-z0-9-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;/g)) {
    tokens[name!] = value!.toLowerCase();
  }
  return tokens;
}

const tokens = parseColourTokens(readFileSync(TOKENS_FILE, 'utf8'));

/** The names of the colours graphics use; each must be in tokens.css (a unit test checks it). */
export const GRAPHIC_COLOURS = ['ink', 'muted', 'paper', 'brand', 'orange', 'orange-deep', 'red-deep', 'white', 'stamp'] as const;
export type GraphicColour = (typeof GRAPHIC_COLOURS)[number];

/** A token's value; a name missing from tokens.css stops the build, naming the file and the fix. */
export function colour(name: GraphicColour): string {
  const value = tokens[name];
  if (!value) throw new Error(`src/styles/tokens.css: --color-${name} is missing or not a #rrggbb colour. Add it to the @theme block.`);
  return value;
}
