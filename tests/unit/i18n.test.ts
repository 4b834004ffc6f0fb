import { describe, expect, it } from 'vitest';
import { preferredLocale } from '../../src/i18n/preferred-locale';
import { uiTables, useTranslations } from '../../src/i18n/ui';
import { localizedPath, splitLocale, switchLocalePath } from '../../src/i18n/urls';

describe('interface strings', () => {
  it('has the same keys in Lao and English, none empty', () => {
    expect(Object.keys(uiTables.lo).sort()).toEqual(Object.keys(uiTables.en).sort());
    for (const table of Object.values(uiTables)) {
      for (const [key, value] of Object.entries(table)) expect(value.trim(), key).not.toBe('');
    }
  });
  it('fills placeholders', () => {
    expect(useTranslations('en')('helplines.call', { number: '1362' })).toBe('Call 1362');
    expect(useTranslations('lo')('helplines.call', { number: '1554' })).toBe('ໂທ 1554');
  });
});

describe('localised URLs', () => {
  it('builds paths under the language', () => {
    expect(localizedPath('lo')).toBe('/lo/');
    expect(localizedPath('en', 'stories/fake-job-offers')).toBe('/en/stories/fake-job-offers/');
    expect(localizedPath('en', '/about/')).toBe('/en/about/');
  });
  it('switches a page to the other language', () => {
    expect(switchLocalePath('/lo/stories/fake-job-offers/', 'en')).toBe('/en/stories/fake-job-offers/');
    expect(switchLocalePath('/en/', 'lo')).toBe('/lo/');
    expect(switchLocalePath('/en/about', 'lo')).toBe('/lo/about/');
  });
  it('splits the locale off a path', () => {
    expect(splitLocale('/lo/16-days/2025/')).toEqual({ locale: 'lo', rest: '/16-days/2025/' });
    expect(splitLocale('/').locale).toBeUndefined();
  });
});

describe('preferredLocale', () => {
  it('picks the first language the site has', () => {
    expect(preferredLocale(['lo-LA', 'en'])).toBe('lo');
    expect(preferredLocale(['th', 'lo'])).toBe('lo');
    expect(preferredLocale(['en-US', 'lo'])).toBe('en');
    expect(preferredLocale(['fr'])).toBe('en');
    expect(preferredLocale([])).toBe('en');
  });
});
