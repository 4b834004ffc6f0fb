/**
 * Registers the service worker (src/offline/service-worker.js) once the page has loaded, so that it never
 * competes with the page. Only pages that offer offline reading name it (OfflineReading.astro's manifest
 * link, data-worker): the root language chooser and the 404 page do not.
 */
const worker = document.querySelector<HTMLLinkElement>('link[data-worker]')?.dataset.worker;
if (worker && 'serviceWorker' in navigator) {
  addEventListener('load', () => navigator.serviceWorker.register(worker).catch(() => undefined));
}
