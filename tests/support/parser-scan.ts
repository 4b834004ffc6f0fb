/**
 * The reference for the link scan's tag reader (src/lib/start-tags.ts): htmlparser2's Parser with the options
 * the link check used before it had its own reader. The faster reader must report the same start tags, and so
 * the same references and ids, on any page (tests/unit/start-tags.test.ts, tests/site/built-site.test.ts).
 */
import { Parser } from 'htmlparser2';
import { scanStartTag, type PageScan } from '../../src/lib/quality/links';
import type { Attributes } from '../../src/lib/start-tags';

/** Every start tag htmlparser2 reports, with a copy of its attributes. */
export function parserStartTags(html: string): [string, Attributes][] {
  const tags: [string, Attributes][] = [];
  const parser = new Parser(
    { onopentag: (name, attributes) => tags.push([name, { ...attributes }]) },
    { decodeEntities: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return tags;
}

/** A page's references and ids, read by htmlparser2. */
export function parserScan(html: string): PageScan {
  const scan: PageScan = { refs: [], ids: new Set() };
  for (const [name, attributes] of parserStartTags(html)) scanStartTag(scan, name, attributes);
  return scan;
}
