import { describe, expect, it } from 'vitest';
import { attributesInTags, firstTagWith } from '../../src/lib/tag-attributes';

describe('attributes in tags', () => {
  const html = '<p>Set data-x=1 in text, or write a<b data-x>.</p><div\nclass="a" data-x="2">x</div><!-- data-x --><i data-y>';

  it('finds an attribute only inside a start tag, with the tag up to the match', () => {
    expect([...attributesInTags(html, /\sdata-x\b/g)].map(({ text }) => text)).toEqual(['<b data-x', '<div\nclass="a" data-x']);
    expect(firstTagWith(html, /\sdata-x\b/g)).toBe(html.indexOf('<b'));
    expect(firstTagWith(html, /\sdata-z\b/g)).toBe(-1);
  });

  it('does not take text after a closed tag or inside a comment for a tag', () => {
    expect(firstTagWith('<p> data-x </p>', /\sdata-x\b/g)).toBe(-1);
    expect(firstTagWith('<!-- data-x -->', /\sdata-x\b/g)).toBe(-1);
  });

  it('needs a global regex', () => {
    expect(() => firstTagWith(html, /\sdata-x/)).toThrow(/global/);
  });
});
