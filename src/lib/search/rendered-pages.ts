/**
 * The way from the page render (src/middleware.ts, bundled by Vite) to the build's search indexer (the
 * integration, loaded by Node): two copies of any module, so the hand-over is a global under a registered
 * symbol. Only `astro build` sets it; in `astro dev` there is none and the render hands nothing over.
 */
import { withoutBase } from '../../i18n/urls.ts';

export interface RenderedPages {
  /** A page as rendered, by its file in the output folder; resolves when the indexer has room for more. */
  add(file: string, html: string): Promise<void>;
}

const KEY = Symbol.for('tip-gbv-laos.rendered-pages');
const slot = globalThis as { [KEY]?: RenderedPages };

export function receiveRenderedPages(receiver: RenderedPages | undefined): void {
  slot[KEY] = receiver;
}

export function renderedPagesReceiver(): RenderedPages | undefined {
  return slot[KEY];
}

/**
 * The file a page address is written to (`build.format: 'directory'`): '/repo/en/about/' → 'en/about/index.html'.
 * Undefined for any other address (404.html and the like): the pass over the built pages hands those over.
 */
export function builtFileOf(pathname: string, base: string): string | undefined {
  if (!pathname.endsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(withoutBase(pathname, base));
  } catch {
    return undefined;
  }
  return `${decoded.slice(1)}index.html`;
}
