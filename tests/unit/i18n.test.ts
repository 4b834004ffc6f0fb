import { describe, expect, it, vi } from 'vitest';
import { preferredLocale } from '../../src/i18n/preferred-locale';
import { uiTables, useTranslations } from '../../src/i18n/ui';
import { localizedPath, splitLocale, switchLocalePath, withBase, withoutBase } from '../../src/i18n/urls';

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

describe('a site published under a path (https://org.github.io/hub/)', () => {
  it('puts the path before every site address, and takes it off again', () => {
    expect(withBase('/favicon.svg', '/hub/')).toBe('/hub/favicon.svg');
    expect(withBase('/', '/hub')).toBe('/hub/');
    expect(withBase('/favicon.svg', '/')).toBe('/favicon.svg');
    expect(withoutBase('/hub/lo/about/', '/hub/')).toBe('/lo/about/');
    expect(withoutBase('/hub', '/hub/')).toBe('/');
  });

  it('builds and switches localised paths under it, from the base Astro sets', async () => {
    vi.stubEnv('BASE_URL', '/hub/');
    vi.resetModules();
    try {
      const urls = await import('../../src/i18n/urls');
      expect(urls.localizedPath('en', 'stories/fake-job-offers')).toBe('/hub/en/stories/fake-job-offers/');
      expect(urls.switchLocalePath('/hub/lo/16-days/2025/', 'en')).toBe('/hub/en/16-days/2025/');
      expect(urls.splitLocale('/hub/lo/about/')).toEqual({ locale: 'lo', rest: '/about/' });
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
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
