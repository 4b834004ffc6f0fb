/**
 * Stories are written as plain Markdown (.md), and as MDX (.mdx) when one needs a component: both build into
 * story pages with their text, and the component renders in the MDX one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';

describe('stories in both formats', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('story-formats');
  });

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('renders a .md story, where a stray { is plain text', () => {
    const html = build.read('en/stories/plain-words/index.html');
    expect(html).toContain('A paragraph with <strong>bold words</strong> and a { brace that MDX would refuse.');
    expect(html).toMatch(/<h2[^>]*>A heading in the story<\/h2>/);
    expect(html).toMatch(/<li>a point in a list<\/li>/);
  });

  it('renders an .mdx story with its component', () => {
    const html = build.read('en/stories/with-helplines/index.html');
    // The list right after the story's sentence, not the one the layout shows elsewhere.
    const list = /Call one of these numbers:<\/p>\s*<ul[^>]*data-testid="helpline-list"[^>]*>([\s\S]*?)<\/ul>/.exec(html);
    expect(list?.[1]).toContain('1362');
  });
});
