/**
 * A built page's HTML with its Lao text segmented, for the search indexer only (readers get the page as
 * built). Tags, attributes, comments, scripts and styles are left as they are. Text split by inline tags
 * (ການ<b>ຄ້າ</b>ມະນຸດ) is segmented as one run, because it reads as one.
 */
import { hasLao, indexInsertions, normalizeLao, SPACE_MARK } from './segment.ts';

/** Elements whose text flows into the text around them. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);
const TOKEN = /<!--[\s\S]*?-->|<(script|style|template|textarea|svg|noscript)\b[\s\S]*?<\/\1\s*>|<[^>]*>|[^<]+/gi;

interface Piece {
  html: string;
  text: boolean;
}

/**
 * Inserts the word separators and space marks of segmentForIndex into the text of `html`. At the end of
 * each block of text a SPACE_MARK stands for the break the indexer puts between blocks, so that the display
 * keeps it (and Pagefind adds no "." there). Documents without Lao come back unchanged. `from`: where the
 * indexed part starts (the element marked data-pagefind-body); it must be the start of a tag.
 */
export function segmentHtmlForIndex(html: string, from = 0): string {
  // Only what the indexer reads needs segmenting: the part before `from` (the head, the menus, and the
  // language switcher that puts Lao on every English page) is handed over as it is.
  if (from > 0) return html.slice(0, from) + segmentHtmlForIndex(html.slice(from));
  if (!hasLao(html)) return html;
  const out: string[] = [];
  let run: Piece[] = [];
  const flush = () => {
    const texts = run.filter((piece) => piece.text);
    for (const piece of texts) piece.html = normalizeLao(piece.html);
    const joined = texts.map((piece) => piece.html).join('');
    const insertions = indexInsertions(joined);
    if (/[^\s\u2063]$/.test(joined)) insertions.push([joined.length, SPACE_MARK]);
    let base = 0;
    let next = 0;
    for (const piece of texts) {
      const end = base + piece.html.length;
      let result = '';
      let from = 0;
      // An insertion on the edge between two pieces goes to the end of the earlier one.
      while (next < insertions.length && insertions[next]![0] <= end) {
        const local = insertions[next]![0] - base;
        result += piece.html.slice(from, local) + insertions[next]![1];
        from = local;
        next++;
      }
      piece.html = result + piece.html.slice(from);
      base = end;
    }
    for (const piece of run) out.push(piece.html);
    run = [];
  };
  for (const match of html.matchAll(TOKEN)) {
    const token = match[0];
    if (!token.startsWith('<')) {
      run.push({ html: token, text: true });
      continue;
    }
    const name = /^<\/?([a-zA-Z][\w-]*)/.exec(token)?.[1]?.toLowerCase();
    if (name && INLINE.has(name)) {
      run.push({ html: token, text: false });
      continue;
    }
    flush();
    out.push(token);
  }
  flush();
  return out.join('');
}
