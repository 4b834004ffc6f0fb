/**
 * Every HTML page, as it is built: the words of content/settings/lao-words.yaml are kept on one line
 * (src/lib/lao/keep-words.ts). Done here, once per page, so titles, cards, menus, UI strings and Markdown
 * bodies are all covered without each component having to remember it.
 *
 * In `astro build`, the finished page also goes to the search indexer (src/integrations/search-index.ts),
 * which segments it while the next pages render instead of after the whole site is built.
 */
import { defineMiddleware } from 'astro:middleware';
import { keepLaoWordsInHtml } from './lib/lao/keep-words';
import { laoWords } from './lib/lao/word-list';
import { builtFileOf, renderedPagesReceiver } from './lib/search/rendered-pages';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = keepLaoWordsInHtml(await response.text(), laoWords());
  const receiver = renderedPagesReceiver();
  const file = receiver && response.status === 200 ? builtFileOf(context.url.pathname, import.meta.env.BASE_URL) : undefined;
  if (file) await receiver!.add(file, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
