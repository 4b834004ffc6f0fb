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
