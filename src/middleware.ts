/**
 * Every HTML page, as it is built: the words of content/settings/lao-words.yaml are kept on one line
 * (src/lib/lao/keep-words.ts). Done here, once per page, so titles, cards, menus, UI strings and Markdown
 * bodies are all covered without each component having to remember it.
 */
import { defineMiddleware } from 'astro:middleware';
import { keepLaoWordsInHtml } from './lib/lao/keep-words';
import { laoWords } from './lib/lao/word-list';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = keepLaoWordsInHtml(await response.text(), laoWords());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
