/**
 * A material as a printable A4 sheet for the shared renderer: its title, its text as lines (one per heading,
 * paragraph and list item, bullets as "•"), the help lines and a QR code back to the page. The renderer shapes
 * Lao with HarfBuzz and shrinks the text until everything fits on one page.
 */
import { markdownToPlainText } from '../plain-text';
import type { HelpLine, PosterSpec } from './render';

export interface MaterialSheet {
  lang: string;
  title: string;
  description: string;
  /** Markdown/MDX body. */
  body: string;
  helpLines: readonly HelpLine[];
  /** The material's page, for the QR code. */
  url: string;
  /** Across the top when the url is not the public site's (a local preview build), e.g. "PREVIEW — do not print". */
  stamp?: string | undefined;
}

export function materialSheetSpec(sheet: MaterialSheet): PosterSpec {
  // One line per heading, paragraph and list item; lines wrapped in the source are joined again.
  const lines: string[] = [];
  for (const block of markdownToPlainText(sheet.body).split(/\n{2,}/)) {
    block.split('\n').forEach((raw, index) => {
      const line = raw.trim();
      if (!line) return;
      if (index === 0 || line.startsWith('• ')) lines.push(line);
      else lines[lines.length - 1] += ` ${line}`;
    });
  }
  return {
    lang: sheet.lang,
    title: sheet.title,
    body: [sheet.description, ...lines],
    helpLines: sheet.helpLines,
    qr: { url: sheet.url },
    background: '#ffffff',
    foreground: '#16161d',
    accent: '#0b5259',
    accentText: '#ffffff',
    ...(sheet.stamp ? { stamp: sheet.stamp } : {}),
  };
}
