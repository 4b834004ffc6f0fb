/**
 * The site's mark, drawn once in public/favicon.svg, as a copy named by its content (/_astro/): the header's
 * logo and the tab icon are one file, which the phone keeps from the first page on.
 */
export { default as markUrl } from '../../../public/favicon.svg?no-inline';
