/**
 * <video-facade>: the markup already links to the video on its host. Once this script runs, the play button
 * appears; only when the reader presses it is the player's iframe created, so nothing loads from the video
 * host before they choose to watch.
 */
class VideoFacade extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const src = this.dataset.src;
    if (!button || !src) return;
    button.hidden = false;
    button.addEventListener(
      'click',
      () => {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.title = this.dataset.title ?? '';
        frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
        frame.allowFullscreen = true;
        // YouTube refuses to play without the page's origin, whatever the site's own Referrer-Policy says.
        frame.referrerPolicy = 'strict-origin-when-cross-origin';
        button.replaceWith(frame);
        frame.focus();
      },
      { once: true },
    );
  }
}

customElements.define('video-facade', VideoFacade);
