/**
 * The site's mark for every picture the build draws (poster bands, the foot of social and share cards): one
 * file, public/favicon.svg, which the pages also show as the tab icon and in the header
 * (src/components/site/mark.ts).
 */
import path from 'node:path';

export const LOGO_FILE = path.resolve('public/favicon.svg');
