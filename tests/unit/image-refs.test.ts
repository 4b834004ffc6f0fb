import { describe, expect, it } from 'vitest';
import { missingImageMessage, missingImages } from '../../src/lib/image-refs';

const entry = '/site/content/stories/en/x.mdx';
const present = new Set(['/site/content/images/covers/there.png']);
const exists = (file: string) => present.has(file);

describe('missingImages', () => {
  it('reports a picture field whose file is not there, resolved from the entry file', () => {
    const data = {
      title: 'x',
      cover: { src: '../../images/covers/gone.png', alt: 'A picture' },
      poster: { src: '../../images/covers/there.png', alt: 'Another' },
    };
    expect(missingImages(data, entry, exists)).toEqual([
      { field: 'cover.src', src: '../../images/covers/gone.png', resolved: '/site/content/images/covers/gone.png' },
    ]);
  });

  it('leaves aliases, remote images and non-picture fields to Astro', () => {
    const data = { cover: { src: '~/assets/x.png' }, artwork: { src: 'https://example.org/x.png' }, topics: ['a'] };
    expect(missingImages(data, entry, exists)).toEqual([]);
  });
});

describe('missingImageMessage', () => {
  it('names the file, the field and the fix', () => {
    const message = missingImageMessage(entry, missingImages({ cover: { src: './gone.png' } }, entry, exists), '/site');
    expect(message).toBe(
      'content/stories/en/x.mdx: cover.src "./gone.png" does not exist (looked for content/stories/en/gone.png). Put the picture there or fix the path; it is relative to the entry file.',
    );
  });
});
