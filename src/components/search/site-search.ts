/**
 * <site-search>: enhances the search page's plain GET form. Without JavaScript the form still submits and
 * keeps ?q= in the address. With it, results appear as the reader types, the address follows the query and
 * filters (so a search can be shared or bookmarked), and the Pagefind bundle is fetched only once the reader
 * starts to search: typing, submitting, choosing a filter, or arriving with ?q=.
 */
import { cleanLaoDisplay, excerptParts } from '../../lib/search/display';
import { FIRST_PAGE_SIZE, PAGE_SIZE } from '../../lib/search/paging';
import { loadPagefind, searchPages, type Filters, type PagefindResult } from './pagefind';

interface Strings {
  searching: string;
  countOne: string;
  countOther: string;
  partialOne: string;
  partialOther: string;
  browseOne: string;
  browseOther: string;
  none: string;
  error: string;
  types: Record<string, string>;
}

const TYPING_DELAY_MS = 250;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

class SiteSearch extends HTMLElement {
  private strings!: Strings;
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private selects: HTMLSelectElement[] = [];
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private results: PagefindResult[] = [];
  private shown = 0;
  /** Each search gets a number; an answer to an older one is dropped. */
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.form = this.querySelector('form')!;
    this.input = this.form.querySelector('input[name="q"]')!;
    this.selects = [...this.form.querySelectorAll('select')];
    this.status = this.querySelector('[data-search-status]')!;
    this.list = this.querySelector('[data-search-results]')!;
    this.more = this.querySelector('[data-search-more]')!;

    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') ?? '';
    for (const select of this.selects) {
      const value = params.get(select.name) ?? '';
      if ([...select.options].some((option) => option.value === value)) select.value = value;
    }

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run();
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.run(), TYPING_DELAY_MS);
    });
    for (const select of this.selects) select.addEventListener('change', () => this.run());
    this.more.addEventListener('click', () => void this.showMore(true));
    this.dataset.state = 'ready';
    if (this.input.value.trim() !== '' || this.filters().type || this.filters().topic) this.run();
  }

  private filters(): Filters {
    const filters: Filters = {};
    for (const select of this.selects) {
      if ((select.name === 'type' || select.name === 'topic') && select.value) filters[select.name] = select.value;
    }
    return filters;
  }

  /** The address shows the search, as the plain form would, without empty fields. */
  private updateAddress(query: string, filters: Filters) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  private async run() {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    const query = this.input.value.trim();
    const filters = this.filters();
    this.updateAddress(query, filters);
    if (!query && !filters.type && !filters.topic) {
      this.clear();
      this.setStatus('', 'ready');
      return;
    }
    performance.mark('site-search:start');
    this.setStatus(this.strings.searching, 'searching');
    try {
      const pagefind = await loadPagefind(Number(this.dataset.excerptLength ?? 30));
      const { results, exact } = await searchPages(pagefind, query, filters);
      if (generation !== this.generation) return;
      this.results = results;
      this.shown = 0;
      this.list.replaceChildren();
      await this.showMore(false);
      if (generation !== this.generation) return;
      const count = results.length;
      const [one, other] = !query
        ? [this.strings.browseOne, this.strings.browseOther]
        : exact
          ? [this.strings.countOne, this.strings.countOther]
          : [this.strings.partialOne, this.strings.partialOther];
      const template = query && count === 0 ? this.strings.none : count === 1 ? one : other;
      this.dataset.count = String(count);
      this.setStatus(fill(template, { count, query }), 'done');
      performance.measure('site-search', 'site-search:start');
    } catch (error) {
      if (generation !== this.generation) return;
      console.error(error);
      this.clear();
      this.setStatus(this.strings.error, 'error');
    }
  }

  private clear() {
    this.results = [];
    this.shown = 0;
    this.list.replaceChildren();
    this.more.hidden = true;
  }

  private setStatus(text: string, state: string) {
    this.status.textContent = text;
    this.dataset.state = state;
  }

  /** Adds the next page of results; only these fragments are downloaded. */
  private async showMore(focusFirst: boolean) {
    const generation = this.generation;
    const batch = this.results.slice(this.shown, this.shown + (this.shown === 0 ? FIRST_PAGE_SIZE : PAGE_SIZE));
    const data = await Promise.all(batch.map((result) => result.data()));
    if (generation !== this.generation) return;
    const items = data.map((page) => this.renderItem(page));
    this.list.append(...items);
    this.shown += batch.length;
    this.more.hidden = this.shown >= this.results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  private renderItem(page: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = page.url;
    link.textContent = cleanLaoDisplay(page.meta.title ?? page.url);
    heading.append(link);
    item.append(heading);
    const type = page.filters.type?.[0];
    const typeName = type ? this.strings.types[type] : undefined;
    if (typeName) {
      const label = document.createElement('p');
      label.className = 'search-result-type';
      label.textContent = typeName;
      item.append(label);
    }
    const excerpt = document.createElement('p');
    for (const part of excerptParts(page.excerpt)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(part.text);
      }
    }
    item.append(excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);
