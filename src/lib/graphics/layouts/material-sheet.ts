/**
 * A material as printable A4 pages of vector text: title, summary, the body's headings, paragraphs and list
 * items, then the help lines and a QR code back to the page. Body text stays at 11 pt (never shrunk to fit);
 * long materials flow onto more pages.
 */
import { KEEP_TOGETHER } from '../keep-together';
import { markdownToPlainText } from '../../plain-text';
import { paragraph, stampStrip, type Scene, type SceneItem, type TextStyle } from '../scene';
import { scenesToPdf } from '../scene-pdf';
import { measure } from '../shaping';
import { PAPER_SIZES, type HelpLine } from '../spec';
import { colour } from '../tokens';

export interface MaterialSheet {
  lang: string;
  title: string;
  description: string;
  /** Markdown/MDX body. */
  body: string;
  helpLines: readonly HelpLine[];
  /** Heading over the help lines, in the sheet's language. */
  helpLinesTitle: string;
  /** The material's page, for the QR code. */
  url: string;
  /** Across the top of every page when the url is not the public site's (a local preview build). */
  stamp?: string;
}

export interface SheetBlock {
  kind: 'heading' | 'paragraph' | 'bullet';
  text: string;
}

/** The body as blocks: one per heading, paragraph and list item, lines wrapped in the source joined again. */
export function materialBlocks(markdown: string): SheetBlock[] {
  const blocks: SheetBlock[] = [];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const heading = /^\s*#{1,6}\s/.test(raw);
    markdownToPlainText(raw)
      .split('\n')
      .forEach((source, index) => {
        const line = source.trim();
        if (!line) return;
        if (line.startsWith('• ')) blocks.push({ kind: 'bullet', text: line.slice(2) });
        else if (index === 0 || !blocks.length) blocks.push({ kind: heading ? 'heading' : 'paragraph', text: line });
        else blocks[blocks.length - 1]!.text += ` ${line}`;
      });
  }
  return blocks;
}

/** Type sizes in pt: body at 11 (≥ 10.5 for reading on paper), headings bold, larger and in the brand colour. */
export const SHEET_STYLES = {
  title: { weight: 'bold', size: 22, colour: colour('brand') },
  summary: { weight: 'regular', size: 12.5, colour: colour('muted') },
  heading: { weight: 'bold', size: 14, colour: colour('brand') },
  body: { weight: 'regular', size: 11, colour: colour('ink') },
  number: { weight: 'bold', size: 16, colour: colour('white') },
  label: { weight: 'regular', size: 11, colour: colour('white') },
  url: { weight: 'regular', size: 9, colour: colour('muted') },
  stamp: { weight: 'bold', size: 10, colour: colour('ink') },
} as const satisfies Record<string, TextStyle>;

const MARGIN = 50;
const QR_SIZE = 96;

export function materialScenes(sheet: MaterialSheet): Scene[] {
  const { width, height } = PAPER_SIZES.A4;
  const contentW = width - 2 * MARGIN;
  const rules = { lang: sheet.lang, keepTogether: KEEP_TOGETHER };
  const scenes: Scene[] = [];
  /** A new page, with the preview strip in its top margin when the sheet has one. */
  const blankPage = (): Scene => ({ width, height, items: sheet.stamp ? stampStrip(sheet.stamp, width, { inset: MARGIN, pad: 8, minHeight: MARGIN - 12, style: SHEET_STYLES.stamp, rules }).items : [], links: [] });
  let page: Scene = blankPage();
  let y = MARGIN;
  const newPage = (): void => {
    scenes.push(page);
    page = blankPage();
    y = MARGIN;
  };
  /** Places a group that must stay on one page, with room for `keepWith` pt of what follows it. */
  const place = (make: (top: number) => { items: SceneItem[]; height: number }, spaceAfter: number, keepWith = 0): void => {
    let group = make(y);
    if (y + group.height + keepWith > height - MARGIN && y > MARGIN) {
      newPage();
      group = make(y);
    }
    page.items.push(...group.items);
    y += group.height + spaceAfter;
  };
  const text = (s: string, style: TextStyle, x = MARGIN, w = contentW) => (top: number) => paragraph(s, style, { x, y: top, width: w }, rules);

  place(text(sheet.title, SHEET_STYLES.title), 8);
  place(text(sheet.description, SHEET_STYLES.summary), 14);
  const blocks = materialBlocks(sheet.body);
  for (const [i, block] of blocks.entries()) {
    if (block.kind === 'heading') {
      // A heading never ends a page: it needs room for two lines of the block after it.
      const lineH = paragraph('ກ', SHEET_STYLES.body, { x: 0, y: 0, width: contentW }, rules).height;
      place((top) => {
        const h = paragraph(block.text, SHEET_STYLES.heading, { x: MARGIN, y: top + 6, width: contentW }, rules);
        return { items: h.items, height: h.height + 8 };
      }, 0, blocks[i + 1] ? 2 * lineH : 0);
    } else if (block.kind === 'bullet') {
      const indent = 14;
      place((top) => {
        const p = paragraph(block.text, SHEET_STYLES.body, { x: MARGIN + indent, y: top, width: contentW - indent }, rules);
        const first = p.items[0]!;
        const dot = paragraph('•', SHEET_STYLES.body, { x: MARGIN + 2, y: top, width: indent }, rules).items[0]!;
        return { items: [{ ...dot, y: first.y }, ...p.items], height: p.height };
      }, 3);
    } else {
      place(text(block.text, SHEET_STYLES.body), 7);
    }
  }
  y += 10;
  place((top) => helpBlock(sheet, top, contentW, rules), 0);
  scenes.push(page);
  return scenes;
}

/** The help lines (number, then the name beside it), then the QR code with the page's address. */
function helpBlock(sheet: MaterialSheet, top: number, contentW: number, rules: { lang: string; keepTogether: readonly string[] }) {
  const items: SceneItem[] = [];
  let y = top;
  const title = paragraph(sheet.helpLinesTitle, SHEET_STYLES.heading, { x: MARGIN, y, width: contentW }, rules);
  items.push(...title.items);
  y += title.height + 4;
  const pad = 8;
  const numberW = Math.max(0, ...sheet.helpLines.map((l) => measure(l.number, 'bold', SHEET_STYLES.number.size)));
  for (const line of sheet.helpLines) {
    const num = paragraph(line.number, SHEET_STYLES.number, { x: MARGIN + pad, y: y + pad, width: numberW + 1 }, rules);
    const labelX = MARGIN + 2 * pad + numberW + 6;
    const label = paragraph(line.label, SHEET_STYLES.label, { x: labelX, y: y + pad, width: MARGIN + contentW - pad - labelX }, rules);
    const boxH = Math.max(num.height, label.height) + 2 * pad;
    // Centre the label on the number's line when it is shorter.
    const shift = Math.max(0, (num.height - label.height) / 2);
    items.push({ kind: 'rect', fill: colour('brand'), x: MARGIN, y, width: contentW, height: boxH });
    items.push(...num.items, ...label.items.map((item) => ({ ...item, y: item.y + shift })));
    y += boxH + 4;
  }
  y += 8;
  items.push({ kind: 'qr', url: sheet.url, x: MARGIN, y, width: QR_SIZE, height: QR_SIZE });
  const url = paragraph(sheet.url.replace(/^https?:\/\//, ''), SHEET_STYLES.url, { x: MARGIN + QR_SIZE + 10, y: y + QR_SIZE / 2 - 8, width: contentW - QR_SIZE - 10 }, { lang: 'en' });
  items.push(...url.items);
  return { items, height: y + QR_SIZE - top };
}

/** The sheet as an A4 PDF whose QR code links back to the page. */
export function renderMaterialPdf(sheet: MaterialSheet): Promise<Uint8Array> {
  const scenes = materialScenes(sheet);
  const qr = scenes.flatMap((s) => s.items).find((item) => item.kind === 'qr');
  const last = scenes[scenes.length - 1]!;
  if (qr) last.links.push({ url: sheet.url, x: qr.x, y: qr.y, width: qr.width, height: qr.height });
  return scenesToPdf(scenes, { title: sheet.title, lang: sheet.lang, url: sheet.url });
}
