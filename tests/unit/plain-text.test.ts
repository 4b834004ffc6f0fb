import { describe, expect, it } from 'vitest';
import { markdownToPlainText, plainTextDocument } from '../../src/lib/plain-text';

const mdx = `import Thing from './thing';

## What to do

Read **carefully** and *slowly*: see [the help page](/en/help/) or [UNICEF](https://www.unicef.org/laos/).

- Keep your passport.
- Call [1554](tel:1554).

<Thing prop="x" />
{/* a note for editors */}
> A quote


Last line.`;

describe('markdownToPlainText', () => {
  it('keeps the words and drops Markdown and MDX syntax', () => {
    expect(markdownToPlainText(mdx)).toBe(
      [
        'What to do',
        '',
        'Read carefully and slowly: see the help page or UNICEF.',
        '',
        '• Keep your passport.',
        '• Call 1554.',
        '',
        'A quote',
        '',
        'Last line.',
      ].join('\n'),
    );
  });

  it('writes absolute link addresses out when asked, for a saved copy', () => {
    const text = markdownToPlainText(mdx, { linkAddresses: true });
    expect(text).toContain('UNICEF (https://www.unicef.org/laos/)');
    expect(text).toContain('Call 1554 (1554).');
    expect(text).toContain('see the help page or');
  });

  it('leaves Lao text and snake_case words alone', () => {
    expect(markdownToPlainText('ໂທ **1554** ຟຣີ file_name')).toBe('ໂທ 1554 ຟຣີ file_name');
  });
});

describe('plainTextDocument', () => {
  it('puts the title, summary, body, extra sections and footer in order', () => {
    const text = plainTextDocument({
      title: 'ສັນຍານເຕືອນ',
      description: 'Summary.',
      body: '## Signs\n\n- **One**',
      sections: [{ heading: 'Who to call', lines: ['1554 Lao Youth Union hotline'] }],
      footer: 'From https://example.org/en/materials/x/',
    });
    expect(text).toBe(
      'ສັນຍານເຕືອນ\n' +
        '========================================\n\n' +
        'Summary.\n\nSigns\n\n• One\n\n' +
        'Who to call\n1554 Lao Youth Union hotline\n\n' +
        '----------------------------------------\nFrom https://example.org/en/materials/x/\n',
    );
  });
});
