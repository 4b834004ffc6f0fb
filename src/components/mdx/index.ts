/**
 * Components staff can use in any MDX file without importing them. Pages that render MDX pass these:
 * <Content components={mdxComponents} />.
 */
import HelplineList from '../helplines/HelplineList.astro';
import Video from '../media/Video.astro';

export const mdxComponents = { HelplineList, Video };
