import { describe, expect, it } from 'vitest';
import { localizedEntryId } from '../../src/lib/entry-id';

describe('localizedEntryId', () => {
  it('makes the id from the language folder and file name', () => {
    expect(localizedEntryId('content/stories/lo/fake-job-offers.mdx')).toBe('lo/fake-job-offers');
    expect(localizedEntryId('content/pages/en/about.md')).toBe('en/about');
  });
  it('refuses an unknown language folder, naming the file and the fix', () => {
    expect(() => localizedEntryId('content/stories/fr/x.mdx')).toThrow(
      'content/stories/fr/x.mdx: "fr" is not a language folder. Move the file into one of: lo/, en/.',
    );
  });
  it('refuses a file name that would make a poor web address', () => {
    expect(() => localizedEntryId('content/stories/en/Fake Jobs.mdx')).toThrow(/Rename it with lowercase letters/);
  });
});
