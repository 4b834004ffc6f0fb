/**
 * <copy-text>: a "Copy" button for the text in its [data-copy-source]. The button is in the HTML but hidden
 * until this script knows the clipboard can be written; without it the text is plain, selectable text.
 * If writing fails, the text is selected so the reader can copy it from the phone's menu.
 */
class CopyText extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button');
    const source = this.querySelector<HTMLElement>('[data-copy-source]');
    const status = this.querySelector<HTMLElement>('[role=status]');
    if (!button || !source || !status || !navigator.clipboard || !window.isSecureContext) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = (source.textContent ?? '').trim();
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = this.dataset.copied ?? '';
      } catch {
        const range = document.createRange();
        range.selectNodeContents(source);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        status.textContent = this.dataset.failed ?? '';
      }
    });
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
