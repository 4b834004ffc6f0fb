/**
 * Every file a drawing depends on (the graphics code, the colour tokens, the fonts): part of each cached
 * file's key (lib/build-cache), so a change to any of them draws the files again. Its own module, light to
 * import: the share-images integration needs it without the renderers.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FONT_FILES } from './fonts';
import { TOKENS_FILE } from './tokens';

export const RENDERER_FILES: readonly string[] = [
  ...readdirSync('src/lib/graphics', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => path.join('src/lib/graphics', file)),
  TOKENS_FILE,
  FONT_FILES.regular,
  FONT_FILES.bold,
];
