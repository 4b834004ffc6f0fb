/**
 * <quick-exit>: the keyboard exit and the instant exit of src/components/safety/QuickExit.astro (which
 * explains both). Loaded by src/scripts/every-page.ts.
 */
// Shift released three times within 5 s, with no other key between, exits (GOV.UK's rule: Shift used to
// type a capital letter does not count).
customElements.define(
  'quick-exit',
  class extends HTMLElement {
    connectedCallback() {
      const link = this.querySelector<HTMLAnchorElement>('[data-exit]')!;
      const status = this.querySelector('[data-status]')!;
      const dots = this.querySelector<HTMLElement>('[data-dots]')!;
      const text = this.dataset;
      let count = 0;
      let timer = 0;
      let typing = false;
      const show = (message = '') => {
        status.textContent = message;
        dots.hidden = !count;
        dots.dataset.count = String(count);
      };
      const exit = (event?: Event) => {
        event?.preventDefault();
        // Hide everything at once, then leave without leaving this page in the history.
        const note = document.createElement('p');
        note.setAttribute('role', 'alert');
        note.textContent = document.title = text.leaving!;
        document.body.replaceChildren(note);
        // Pages kept for offline reading are a record of what was read: the service worker deletes them.
        navigator.serviceWorker?.controller?.postMessage('forget');
        location.replace(link.href);
      };
      // Too slow, or another key between: start again, and say so.
      const reset = () => {
        count = 0;
        show(text.timedOut);
        clearTimeout(timer);
        timer = window.setTimeout(show, 5000);
      };
      link.addEventListener('click', exit);
      document.addEventListener(
        'keyup',
        (event) => {
          if (event.key === 'Shift' && !typing) {
            clearTimeout(timer);
            if (++count === 3) return exit();
            show(count === 1 ? text.two : text.one);
            timer = window.setTimeout(reset, 5000);
          } else if (count) reset();
          typing = event.shiftKey;
        },
        true,
      );
    }
  },
);
