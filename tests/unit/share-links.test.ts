import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share-links';

describe('shareLinks', () => {
  it('puts the page address (and the title, for WhatsApp) into each app’s share link, encoded', () => {
    const links = shareLinks('https://example.org/lo/stories/x/', 'ວຽກ & ເງິນ');
    expect(links.facebook).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Flo%2Fstories%2Fx%2F');
    expect(new URL(links.whatsapp).searchParams.get('text')).toBe('ວຽກ & ເງິນ https://example.org/lo/stories/x/');
    expect(new URL(links.whatsapp).host).toBe('wa.me');
  });
});
