import { describe, expect, it } from 'vitest';
import {
  besideFile,
  bodyImageProblems,
  checkContentFile,
  checkContentTree,
  editDistance,
  formatContentProblem,
  impossibleDates,
  looksLikeSameName,
  missingFrontmatterFiles,
  type ContentFile,
} from '../../src/lib/quality/content-tree';

const entry = (path: string, frontmatter = 'title: T\ndescription: D', body = 'Text.'): ContentFile => ({
  path,
  text: `---\n${frontmatter}\n---\n\n${body}\n`,
});
const nothingExists = () => false;
const check = (files: ContentFile[], exists: (path: string) => boolean = nothingExists) =>
  checkContentTree(files, 'content', exists).map(formatContentProblem);

describe('checkContentFile (run again on each file as Astro reads it, so `astro dev` reports edits)', () => {
  it('names the file, line, field and fix of a missing cover, an impossible date and a picture without alt', () => {
    const file = entry('content/stories/en/x.mdx', 'title: T\ndate: 2025-02-30\ncover:\n  src: ./gone.png\n  alt: A', '![](./there.png)');
    const problems = checkContentFile(file, (path) => path === 'content/stories/en/there.png').map(formatContentProblem);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/stories\/en\/x\.mdx:3: date: "2025-02-30" is not a real date/),
      expect.stringMatching(/^content\/stories\/en\/x\.mdx:5: cover\.src: the file "\.\/gone\.png" does not exist/),
      expect.stringMatching(/^content\/stories\/en\/x\.mdx:\d+: .*alt/),
    ]);
  });
});

describe('checkContentTree', () => {
  it('passes a well-filed tree: translations with the same name, one-language entries with distinct names', () => {
    expect(
      check([
        entry('content/stories/en/fake-job-offers.mdx'),
        entry('content/stories/lo/fake-job-offers.mdx'),
        entry('content/stories/en/safe-migration.mdx'),
        entry('content/stories/lo/online-grooming.mdx'),
        entry('content/campaigns/en/2024.mdx'),
        entry('content/campaigns/lo/2025.mdx'),
      ]),
    ).toEqual([]);
  });

  it('refuses two files that would be the same entry, naming both', () => {
    expect(check([entry('content/pages/en/contact.md'), entry('content/pages/en/contact.mdx')])).toEqual([
      expect.stringMatching(/^content\/pages\/en\/contact\.mdx: has the same file name as content\/pages\/en\/contact\.md, .*Keep one of them/),
    ]);
  });

  it('allows the same file name in two collections', () => {
    expect(check([entry('content/stories/en/x-story.mdx'), entry('content/updates/en/x-story.mdx')])).toEqual([]);
  });

  it('refuses a translation filed under a slightly different name', () => {
    const problems = check([entry('content/stories/en/fake-jobs.mdx'), entry('content/stories/lo/fake-job.mdx')]);
    expect(problems).toEqual([
      'content/stories/lo/fake-job.mdx: has no English version, and content/stories/en/fake-jobs.mdx, with an almost identical name, has no Lao version. A translation must have the same file name in both language folders: if one translates the other, rename lo/fake-job.mdx to fake-jobs.mdx; if they are different entries, give them clearly different names.',
    ]);
  });

  it('does not pair names that are already translated, or only differ in digits', () => {
    expect(
      check([
        entry('content/stories/en/fake-jobs.mdx'),
        entry('content/stories/lo/fake-jobs.mdx'),
        entry('content/stories/lo/fake-job.mdx'),
        entry('content/updates/en/week-1.mdx'),
        entry('content/updates/lo/week-2.mdx'),
      ]),
    ).toEqual([]);
  });

  it('leaves files outside a language folder to the content loader', () => {
    expect(check([entry('content/stories/fr/x.mdx')])).toEqual([]);
  });
});

describe('looksLikeSameName', () => {
  it.each([
    ['fake-jobs', 'fake-job', true],
    ['safe-migration', 'safe-migation', true],
    ['online-safety', 'onlien-safety', true],
    ['fake-job-offers', 'online-grooming', false],
    ['2024', '2025', false],
    ['day-01', 'day-02', false],
    ['abc', 'abd', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(looksLikeSameName(a, b)).toBe(expected);
  });
  it('counts swapped neighbours as one edit', () => {
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('impossibleDates', () => {
  it('finds dates YAML would silently roll over, with the line and field', () => {
    const file = entry('content/x/en/a.mdx', 'title: T\ndate: 2025-11-31\nprogramme:\n  - date: 2025-02-29\n  - date: 2024-02-29\nend: "2025-13-01"');
    expect(impossibleDates(file).map(formatContentProblem)).toEqual([
      'content/x/en/a.mdx:3: date: "2025-11-31" is not a real date (month 11 of 2025 has 30 days). Write the date as YYYY-MM-DD (year, month, day), e.g. 2025-11-25.',
      'content/x/en/a.mdx:5: date: "2025-02-29" is not a real date (month 2 of 2025 has 28 days). Write the date as YYYY-MM-DD (year, month, day), e.g. 2025-11-25.',
      'content/x/en/a.mdx:7: end: "2025-13-01" is not a real date (there is no month 13). Write the date as YYYY-MM-DD (year, month, day), e.g. 2025-11-25.',
    ]);
  });
  it('ignores dates in the text', () => {
    expect(impossibleDates(entry('content/x/en/a.mdx', 'title: T', 'date: 2025-11-31'))).toEqual([]);
  });
});

describe('missingFrontmatterFiles', () => {
  const file = entry(
    'content/materials/en/guide.mdx',
    'title: T\ncover:\n  src: ./cover.jpg\n  alt: A\ndownloads:\n  - file: ../files/guide.pdf\n    label: PDF\nlink: ../other-page/',
  );
  it('names the field and the file it looked for', () => {
    expect(missingFrontmatterFiles(file, nothingExists).map(formatContentProblem)).toEqual([
      'content/materials/en/guide.mdx:4: cover.src: the file "./cover.jpg" does not exist (looked for content/materials/en/cover.jpg). Check the file name and folder, or add the file.',
      'content/materials/en/guide.mdx:7: downloads[0].file: the file "../files/guide.pdf" does not exist (looked for content/materials/files/guide.pdf). Check the file name and folder, or add the file.',
    ]);
  });
  it('is satisfied when the files exist', () => {
    expect(missingFrontmatterFiles(file, () => true)).toEqual([]);
  });
  it('resolves paths beside the entry', () => {
    expect(besideFile('content/a/en/x.mdx', '../../images/y.png')).toBe('content/images/y.png');
  });
});

describe('bodyImageProblems', () => {
  const exists = (path: string) => path === 'content/pages/en/here.png';
  const problems = (body: string) => bodyImageProblems(entry('content/pages/en/p.mdx', 'title: T', body), exists).map(formatContentProblem);

  it('accepts images with alt text whose file exists, and images from the web', () => {
    expect(problems('![A map of Laos](./here.png)\n\n<img src="./here.png" alt="A map" />\n\n<Image src={pic} alt={t} />')).toEqual([]);
  });
  it('refuses an empty alt text, on the right line', () => {
    expect(problems('Intro.\n\n![](./here.png)')).toEqual([
      expect.stringMatching(/^content\/pages\/en\/p\.mdx:7: the image "\.\/here\.png" has no alt text.*!\[A poster on a guesthouse wall\]\(\.\/here\.png\)$/),
    ]);
    expect(problems('<img src="./here.png" />')).toEqual([expect.stringContaining('the <img> has no alt text, so people who cannot see it get nothing. Add alt="…"')]);
    expect(problems('<img\n  src="./here.png"\n  alt=" "\n/>')).toHaveLength(1);
  });
  it('refuses an image file that does not exist', () => {
    expect(problems('![A bus](./gone.png)')).toEqual([
      'content/pages/en/p.mdx:5: the image file "./gone.png" does not exist (looked for content/pages/en/gone.png). Check the file name and folder, or add the image.',
    ]);
  });
  it('does not check examples inside code', () => {
    expect(problems('```md\n![](./gone.png)\n```\n\nWrite `![](x.png)` with a description.')).toEqual([]);
  });
});
