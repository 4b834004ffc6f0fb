import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';

describe('a page that exists in English only', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('fallback');
  });

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('is published under the Lao URL with the English content, marked as English, and a Lao notice', () => {
    const html = build.read('lo/only-in-english/index.html');
    expect(html).toContain('<html lang="lo"');
    expect(html).toMatch(/<article lang="en"[^>]*data-fallback="true"/);
    expect(html).toContain('This page exists in English only.');
    expect(html).toContain('ໜ້ານີ້ຍັງບໍ່ທັນໄດ້ແປເປັນພາສາລາວເທື່ອ');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('is shown in English under the English URL without a notice', () => {
    const html = build.read('en/only-in-english/index.html');
    expect(html).toContain('<html lang="en"');
    expect(html).not.toContain('data-testid="fallback-notice"');
  });
});
