import { describe, expect, it } from 'vitest';
import { siteHref } from '../../src/integrations/site-links';

describe('links written in content', () => {
  it('get the path the site is published under', () => {
    expect(siteHref('/en/stories/fake-marriage/', '/hub/')).toBe('/hub/en/stories/fake-marriage/');
    expect(siteHref('/en/stories/x/#what-to-do', '/hub/')).toBe('/hub/en/stories/x/#what-to-do');
  });

  it('are left alone when they lead elsewhere, are relative, already carry the path, or the site is at the root', () => {
    for (const href of ['https://example.org/', '//cdn.example.org/x.js', '#top', 'tel:1362', './picture.jpg', '/hub/en/', undefined]) {
      expect(siteHref(href, '/hub/'), String(href)).toBe(href);
    }
    expect(siteHref('/en/about/', '/')).toBe('/en/about/');
  });
});
