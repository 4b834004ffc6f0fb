import { describe, expect, it } from 'vitest';
import {
  allFilters,
  availableVersions,
  fileParam,
  filterPath,
  impossibleVersions,
  isUnlistedPosterPage,
  matchesFilter,
  messageParagraphs,
  posterFile,
  posterSpec,
  previewFile,
  versionLocale,
  withFilter,
  type PosterAudience,
  type PosterLanguageText,
  type PosterVersion,
} from '../../src/lib/posters';

const text = (title: string) => ({ title, message: 'm' });

describe('poster versions', () => {
  it('offers Lao, English and bilingual when both languages have a file', () => {
    expect(availableVersions({ lo: text('ລາວ'), en: text('English') })).toEqual(['lo', 'en', 'bilingual']);
  });

  it('offers only the language there is when a translation is missing', () => {
    expect(availableVersions({ en: text('English') })).toEqual(['en']);
    expect(availableVersions({ lo: text('ລາວ') })).toEqual(['lo']);
  });

  it('lets a file opt out of a version', () => {
    expect(availableVersions({ lo: { ...text('ລາວ'), versions: ['lo'] }, en: text('English') })).toEqual(['lo', 'en']);
    expect(availableVersions({ lo: { ...text('ລາວ'), versions: ['bilingual'] }, en: text('English') })).toEqual(['en', 'bilingual']);
  });

  it('names the versions a file cannot take part in', () => {
    expect(impossibleVersions('lo', ['lo', 'en', 'bilingual'])).toEqual(['en']);
    expect(impossibleVersions('en', undefined)).toEqual([]);
  });

  it('sends a QR code to the page in the first language printed', () => {
    expect([versionLocale('lo'), versionLocale('en'), versionLocale('bilingual')]).toEqual(['lo', 'en', 'lo']);
  });
});

describe('library filters', () => {
  it('has one query-free path per combination, the unfiltered library first', () => {
    const filters = allFilters();
    expect(filters).toHaveLength(5 * 4 * 3);
    expect(filters[0]).toEqual({});
    const paths = filters.map(filterPath);
    expect(new Set(paths).size).toBe(paths.length);
    expect(filterPath({ size: 'a3', audience: 'hotels' })).toBe('audience/hotels/size/a3');
    expect(filterPath({ audience: 'tour-operators', language: 'bilingual', size: 'a4' })).toBe('audience/tour-operators/language/bilingual/size/a4');
  });

  it('changes one choice and keeps the others', () => {
    const filter = { audience: 'hotels' as const, size: 'a3' as const };
    expect(withFilter(filter, 'language', 'lo')).toEqual({ audience: 'hotels', language: 'lo', size: 'a3' });
    expect(filterPath(withFilter(filter, 'audience', undefined))).toBe('size/a3');
  });

  it('keeps the posters for the audience and in the language chosen', () => {
    const p: { audiences: PosterAudience[]; versions: PosterVersion[] } = { audiences: ['hotels', 'transport'], versions: ['en'] };
    expect(matchesFilter(p, {})).toBe(true);
    expect(matchesFilter(p, { audience: 'transport', language: 'en', size: 'a4' })).toBe(true);
    expect(matchesFilter(p, { audience: 'guesthouses' })).toBe(false);
    expect(matchesFilter(p, { language: 'bilingual' })).toBe(false);
  });

  it('keeps filter pages and print views out of the sitemap, not the library or a poster', () => {
    expect(isUnlistedPosterPage('/en/posters/audience/hotels/')).toBe(true);
    expect(isUnlistedPosterPage('/lo/posters/size/a3/')).toBe(true);
    expect(isUnlistedPosterPage('/lo/posters/help-lines/print/lo-a4/')).toBe(true);
    expect(isUnlistedPosterPage('/lo/posters/')).toBe(false);
    expect(isUnlistedPosterPage('/en/posters/help-lines/')).toBe(false);
  });
});

describe('poster files', () => {
  it('are named by poster, version and size', () => {
    expect(posterFile('help-lines', 'bilingual', 'a3')).toBe('/posters/help-lines-bilingual-a3.pdf');
    expect(posterFile('help-lines', 'lo', 'png')).toBe('/posters/help-lines-lo.png');
    expect(posterFile('help-lines', 'lo', 'print')).toBe('/posters/help-lines-lo-print.png');
    expect(previewFile('help-lines', 'en', 480)).toBe('/posters/preview/help-lines-en-480.webp');
    expect(fileParam(posterFile('help-lines', 'bilingual', 'a3'))).toBe('help-lines-bilingual-a3');
  });
});

describe('poster spec', () => {
  const lao: PosterLanguageText = {
    lang: 'lo',
    title: 'ສາຍດ່ວນ',
    message: 'ແຖວໜຶ່ງ\n\nແຖວສອງ',
    siteName: 'ຢຸດການຄ້າມະນຸດ',
    helpLinesTitle: 'ໂທ',
    scanCaption: 'ສະແກນ',
    previewStamp: 'ຢ່າພິມ',
  };
  const english: PosterLanguageText = {
    lang: 'en',
    title: 'Help lines',
    message: 'One',
    siteName: 'Stop',
    helpLinesTitle: 'Call',
    scanCaption: 'Scan',
    previewStamp: 'Do not print',
  };
  const helplines = [{ number: '1362', name: { lo: 'ສູນ', en: 'Centre' } }];
  const base = { helplines, colour: 'teal' as const, url: 'https://example.org/lo/posters/help-lines/' };

  it('prints one language, a paragraph per line of the message', () => {
    const spec = posterSpec({ ...base, version: 'lo', texts: [lao] });
    expect(spec).toMatchObject({ layout: 'poster', lang: 'lo', title: 'ສາຍດ່ວນ', body: ['ແຖວໜຶ່ງ', 'ແຖວສອງ'], kicker: 'ຢຸດການຄ້າມະນຸດ' });
    expect(spec.helpLines).toEqual([{ number: '1362', label: 'ສູນ' }]);
    expect(spec.qr).toEqual({ url: base.url, caption: 'ສະແກນ' });
    expect(spec.secondary).toBeUndefined();
  });

  it('prints Lao first and English second on the bilingual version', () => {
    const spec = posterSpec({ ...base, version: 'bilingual', texts: [lao, english] });
    expect(spec.secondary).toEqual({ lang: 'en', title: 'Help lines', body: ['One'] });
    expect(spec.kicker).toBe('ຢຸດການຄ້າມະນຸດ · Stop');
    expect(spec.helpLines).toEqual([{ number: '1362', label: 'ສູນ', secondaryLabel: 'Centre' }]);
  });

  it('carries a "do not print" stamp, in its languages, only when its QR code leads to a preview address', () => {
    expect(posterSpec({ ...base, version: 'lo', texts: [lao] }).stamp).toBeUndefined();
    expect(posterSpec({ ...base, version: 'lo', texts: [lao], preview: true }).stamp).toBe('ຢ່າພິມ');
    expect(posterSpec({ ...base, version: 'bilingual', texts: [lao, english], preview: true }).stamp).toBe('ຢ່າພິມ · Do not print');
  });

  it('refuses a bilingual version without two texts', () => {
    expect(() => posterSpec({ ...base, version: 'bilingual', texts: [lao] })).toThrow(/two texts/);
  });

  it('splits a message into paragraphs, ignoring blank lines', () => {
    expect(messageParagraphs('  a \n\n b\n')).toEqual(['a', 'b']);
  });
});
