/**
 * Sveltia CMS asks a CDN for its icon font and for its interface in languages other than US English (a
 * browser set to British English waits for it and never starts). /admin/ serves both itself instead: the
 * site loads nothing from other hosts, and its CSP blocks them. Its two text fonts are left to the CSP to
 * block: the browser's own fonts stand in for them. Paths are relative to the page, /admin/.
 */
export const iconFontFile = 'material-symbols-outlined.woff2';
export const localesFolder = 'locales';

const rewrites: { what: string; from: RegExp; to: string }[] = [
  {
    what: 'its icon font',
    from: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    to: iconFontFile,
  },
  // `${'https://unpkg.com/@sveltia/cms'}@${version}/locales`, with the bundle's minified names.
  { what: 'its interface languages', from: /`\$\{\w+\}@\$\{\w+\}\/locales`/g, to: `\`${localesFolder}\`` },
];

/** The CMS script reading its icon font and languages from /admin/; fails if the CMS changed how it asks. */
export function selfHostedCms(script: string): string {
  return rewrites.reduce((text, { what, from, to }) => {
    if (!from.test(text)) {
      throw new Error(`src/cms/self-host.ts: @sveltia/cms no longer loads ${what} from the address expected; update the pattern for this version.`);
    }
    from.lastIndex = 0;
    return text.replace(from, to);
  }, script);
}
