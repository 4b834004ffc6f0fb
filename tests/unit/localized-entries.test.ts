import { describe, expect, it } from 'vitest';
import { entriesFor, localizeEntries, parseEntryId } from '../../src/lib/localized-entries';

describe('parseEntryId', () => {
  it('splits the language folder from the slug', () => {
    expect(parseEntryId('lo/fake-job-offers')).toEqual({ locale: 'lo', slug: 'fake-job-offers' });
  });
  it('refuses an id outside a language folder', () => {
    expect(() => parseEntryId('fr/x')).toThrow(/language folder/);
    expect(() => parseEntryId('x')).toThrow(/language folder/);
  });
});

describe('localizeEntries', () => {
  const entries = [{ id: 'en/a' }, { id: 'lo/a' }, { id: 'en/only-english' }, { id: 'lo/only-lao' }];

  it('publishes every slug in both languages', () => {
    const pages = localizeEntries(entries).map((item) => `${item.locale}/${item.slug}`);
    expect(pages.sort()).toEqual(['en/a', 'en/only-english', 'en/only-lao', 'lo/a', 'lo/only-english', 'lo/only-lao']);
  });

  it('uses the real translation when there is one', () => {
    const lao = entriesFor(entries, 'lo').find((item) => item.slug === 'a');
    expect(lao).toMatchObject({ contentLocale: 'lo', isFallback: false, translated: true, entry: { id: 'lo/a' } });
  });

  it('falls back to the other language, marked as such', () => {
    const lao = entriesFor(entries, 'lo').find((item) => item.slug === 'only-english');
    expect(lao).toMatchObject({ locale: 'lo', contentLocale: 'en', isFallback: true, translated: false, entry: { id: 'en/only-english' } });
    const english = entriesFor(entries, 'en').find((item) => item.slug === 'only-lao');
    expect(english).toMatchObject({ locale: 'en', contentLocale: 'lo', isFallback: true });
  });
});
