/**
 * The site's mark for every picture the build draws (poster bands, the foot of social and share cards): one
 * file, public/favicon.svg, which browsers also show as the tab icon. The page header draws the same shapes
 * inline (src/components/site/Logo.astro), with the palette's colours.
 */
import path from 'node:path';

export const LOGO_FILE = path.resolve('public/favicon.svg');
