import { locales, isLocale } from '../i18n/locales';
import { SLUG } from './slug';

/**
 * Turns 'content/stories/lo/fake-job-offers.mdx' into the entry id 'lo/fake-job-offers', refusing files
 * outside a language folder and names that would make poor URLs.
 */
export function localizedEntryId(filePath: string): string {
  const parts = filePath.split(/[\\/]/);
  const fileName = parts.at(-1) ?? '';
  const folder = parts.at(-2) ?? '';
  if (!isLocale(folder)) {
    throw new Error(
      `${filePath}: "${folder}" is not a language folder. Move the file into one of: ${locales.map((l) => `${l}/`).join(', ')}.`,
    );
  }
  const slug = fileName.replace(/\.mdx?$/, '');
  if (!SLUG.test(slug)) {
    throw new Error(
      `${filePath}: the file name "${fileName}" cannot be used as a web address. Rename it with lowercase letters, digits and dashes only, e.g. fake-job-offers.mdx.`,
    );
  }
  return `${folder}/${slug}`;
}
