/** Which built file a rendered page's address is written to (src/lib/search/rendered-pages.ts). */
import { describe, expect, it } from 'vitest';
import { builtFileOf } from '../../src/lib/search/rendered-pages';

describe('builtFileOf', () => {
  it('names the index.html of a page address, under the site root or a base path', () => {
    expect(builtFileOf('/en/about/', '/')).toBe('en/about/index.html');
    expect(builtFileOf('/', '/')).toBe('index.html');
    expect(builtFileOf('/repo/lo/stories/x/', '/repo/')).toBe('lo/stories/x/index.html');
    expect(builtFileOf('/repo/', '/repo')).toBe('index.html');
  });

  it('decodes an address with Lao in it, as the file is named', () => {
    expect(builtFileOf(`/lo/${encodeURIComponent('ເລື່ອງ')}/`, '/')).toBe('lo/ເລື່ອງ/index.html');
  });

  it('names nothing where it cannot be sure (the pass hands those pages over)', () => {
    expect(builtFileOf('/404', '/')).toBeUndefined();
    expect(builtFileOf('/en/feed.xml', '/')).toBeUndefined();
    expect(builtFileOf('/en/%E0%A4%A/', '/')).toBeUndefined();
  });
});
