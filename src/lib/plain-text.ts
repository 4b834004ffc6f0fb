/**
 * Markdown/MDX as plain text: for counting words and for the plain-text download of a material. Staff write
 * simple Markdown (headings, lists, bold, links), so a few rules cover it; JSX and imports are dropped.
 */
export interface PlainTextOptions {
  /** Write an absolute link's address after its text, for readers of a printed or saved copy. */
  linkAddresses?: boolean;
}

export function markdownToPlainText(markdown: string, options: PlainTextOptions = {}): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^\s*(?:import|export)\s.*$/gm, '')
    .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, label: string, href: string) =>
      options.linkAddresses && /^(?:https?:|tel:|mailto:)/.test(href) ? `${label} (${href.replace(/^(?:tel|mailto):/, '')})` : label,
    )
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1')
    .replace(/(?<!\w)_(?!\s)(.+?)_(?!\w)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^(\s*)[-*+]\s+/gm, '$1• ')
    .replace(/^>\s?/gm, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface PlainTextDocument {
  title: string;
  description: string;
  /** Markdown/MDX body. */
  body: string;
  /** Extra sections after the body, e.g. the help lines. */
  sections?: { heading: string; lines: string[] }[];
  /** Last line, e.g. where the document comes from. */
  footer?: string;
}

/** A plain-text copy of an entry that any phone can open, save and forward. */
export function plainTextDocument(doc: PlainTextDocument): string {
  const rule = '='.repeat(40);
  const parts = [`${doc.title}\n${rule}`, doc.description, markdownToPlainText(doc.body, { linkAddresses: true })];
  for (const section of doc.sections ?? []) parts.push(`${section.heading}\n${section.lines.join('\n')}`);
  if (doc.footer) parts.push(`${'-'.repeat(40)}\n${doc.footer}`);
  return `${parts.join('\n\n')}\n`;
}
