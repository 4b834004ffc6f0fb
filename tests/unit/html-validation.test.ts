/** The HTML ruleset can fail: pages with the mistakes it exists to catch are refused. */
import { describe, expect, it } from 'vitest';
import { htmlProblems } from '../support/html-validation';

const page = (body: string, head = '<title>Page</title>') =>
  `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n${head}\n</head>\n<body>\n<aside><h2>Help lines</h2></aside>\n<main>\n<h1>Title</h1>\n${body}\n</main>\n</body>\n</html>\n`;

describe('the HTML ruleset', () => {
  it('accepts a page like ours: a help-line h2 before the h1, Lao heading ids, a tel: link with a name', async () => {
    expect(await htmlProblems(page('<h2 id="ເປັນຫຍັງຈຶ່ງສຳຄັນ">ເປັນຫຍັງ</h2><p><a href="tel:1362">1362 Lao Women\'s Union</a></p>'), 'good.html')).toEqual([]);
  });

  it.each([
    ['a duplicated id', '<h2 id="a">A</h2><h2 id="a">B</h2>', 'no-dup-id'],
    ['an image without alt', '<img src="/a.png" width="1" height="1">', 'wcag/h37'],
    ['a skipped heading level', '<h3>Too deep</h3>', 'heading-level'],
    ['a button without a type', '<button>Go</button>', 'no-implicit-button-type'],
    ['a block element inside an inline one', '<span><div>x</div></span>', 'element-permitted-content'],
    ['an inline style', '<p style="color:red">x</p>', 'no-inline-style'],
    ['a label that refers to an id that does not exist', '<nav aria-labelledby="nowhere"><a href="/">x</a></nav>', 'no-missing-references'],
  ])('refuses %s', async (_, body, rule) => {
    const problems = await htmlProblems(page(body), 'bad.html');
    expect(problems.some((problem) => problem.includes(` ${rule}: `)), problems.join('\n')).toBe(true);
  });

  it('refuses a page without a title', async () => {
    const problems = await htmlProblems(page('', ''), 'bad.html');
    expect(problems.join('\n')).toContain('element-required-content');
  });
});
