import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { externalLinks } from '../../src/integrations/external-links';
import { isExternalHref, withSafeRel } from '../../src/lib/external-links';

describe('external links', () => {
  it('tells other sites from this one', () => {
    expect(isExternalHref('https://example.org/x')).toBe(true);
    expect(isExternalHref('//example.org/x')).toBe(true);
    expect(isExternalHref('/en/about/')).toBe(false);
    expect(isExternalHref('#main')).toBe(false);
    expect(isExternalHref('tel:1362')).toBe(false);
  });

  it('adds noopener and noreferrer, keeping other rel values', () => {
    expect(withSafeRel(undefined)).toEqual(['noopener', 'noreferrer']);
    expect(withSafeRel('nofollow noopener')).toEqual(['nofollow', 'noopener', 'noreferrer']);
    expect(withSafeRel(['external'])).toEqual(['external', 'noopener', 'noreferrer']);
  });

  it('marks links to other sites in Markdown content, and leaves the site\'s own links alone', async () => {
    const processor = await createSatteriMarkdownProcessor({ hastPlugins: [externalLinks] });
    const { code } = await processor.render('[A partner](https://example.org/) and [about us](/en/about/).');
    expect(code).toContain('<a href="https://example.org/" rel="noopener noreferrer">A partner</a>');
    expect(code).toContain('<a href="/en/about/">about us</a>');
  });
});
