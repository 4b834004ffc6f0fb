import { describe, expect, it } from 'vitest';
import { frontmatterLines, topLevelValue } from '../../src/lib/frontmatter';

describe('front matter', () => {
  const file = ['---', 'title: A story', 'draft: true # until checked', 'cover:', '  reviewNeeded: true', 'quoted: "true"', '---', 'reviewNeeded: true'].join('\r\n');
  const lines = frontmatterLines(file);

  it('gives the lines between the markers with their line numbers', () => {
    expect(lines.map(({ line }) => line)).toEqual([2, 3, 4, 5, 6]);
    expect(lines[0]).toEqual({ line: 2, text: 'title: A story' });
    expect(frontmatterLines('title: no markers')).toEqual([]);
  });

  it('reads a top-level field from its own line, as YAML reads it', () => {
    expect(topLevelValue(lines, 'draft')).toBe(true);
    expect(topLevelValue(lines, 'quoted')).toBe('true');
    // Nested, or after the front matter: not the entry's flag.
    expect(topLevelValue(lines, 'reviewNeeded')).toBeUndefined();
    expect(topLevelValue(lines, 'missing')).toBeUndefined();
  });
});
