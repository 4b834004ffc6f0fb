/**
 * Links to other sites carry rel="noopener noreferrer", so the site they lead to learns nothing about where
 * the reader came from. src/integrations/external-links.ts applies this to Markdown and MDX content.
 */
export function isExternalHref(href: unknown): boolean {
  return typeof href === 'string' && /^(https?:)?\/\//i.test(href.trim());
}

/** rel values with noopener and noreferrer added, keeping any others. */
export function withSafeRel(rel: unknown): string[] {
  const values = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];
  for (const value of ['noopener', 'noreferrer']) if (!values.includes(value)) values.push(value);
  return values;
}
