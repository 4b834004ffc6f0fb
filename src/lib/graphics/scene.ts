/**
 * A laid-out page as plain data: boxes, shaped text and QR codes at positions in points (origin top-left).
 * Layouts make scenes; scene-pdf.ts draws them as vector PDF pages. Checks on a scene (sizes, gaps, page
 * ends) hold for the file made from it.
 */
import type { FontWeight } from './fonts';
import type { Box, PictureSource } from './spec';
import { wrapLines, type BreakRules } from './line-break';
import { colour } from './tokens';
import { fontExtents, inkExtents, measure, shape, type ShapedRun } from './shaping';

export type { Box } from './spec';

export type SceneItem =
  /** `radius` rounds the corners. */
  | ({ kind: 'rect'; fill: string; radius?: number } & Box)
  /** `y` is the top of the line box; the baseline is `baseline` below it. */
  | ({ kind: 'text'; run: ShapedRun; colour: string; baseline: number; lang: string } & Box)
  | ({ kind: 'qr'; url: string } & Box)
  /**
   * A picture (any file sharp reads: SVG, PNG, JPEG) stretched over its box, on `background` where it is
   * transparent: each renderer draws it at the resolution it needs.
   */
  | ({ kind: 'image'; src: PictureSource; background: string } & Box);

export interface Scene {
  width: number;
  height: number;
  items: SceneItem[];
  /** Areas that open an address when clicked (the QR code). */
  links: ({ url: string } & Box)[];
}

export interface TextStyle {
  weight: FontWeight;
  size: number;
  colour: string;
  /** Line height as a multiple of the font's own ascender + descender (which already leaves room for stacked Lao marks). */
  leading?: number;
}

/** A paragraph wrapped to a width, as text items from (x, y); returns the items and the height used. */
export function paragraph(
  text: string,
  style: TextStyle,
  at: { x: number; y: number; width: number },
  rules: BreakRules,
): { items: SceneItem[]; height: number } {
  const { ascender, descender } = fontExtents(style.weight, style.size);
  const lineHeight = (ascender + descender) * (style.leading ?? 1);
  const lines = wrapLines(text, at.width, (s) => measure(s, style.weight, style.size), rules);
  const items: SceneItem[] = lines.map((line, i) => {
    const run = shape(line, style.weight, style.size);
    return {
      kind: 'text',
      run,
      colour: style.colour,
      lang: rules.lang,
      x: at.x,
      y: at.y + i * lineHeight,
      width: run.width,
      height: lineHeight,
      baseline: (lineHeight - ascender - descender) / 2 + ascender,
    };
  });
  return { items, height: lines.length * lineHeight };
}

/** The gap between two boxes (negative when they overlap): the larger of the horizontal and vertical gaps. */
export function gapBetween(a: Box, b: Box): number {
  const dx = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.max(dx, dy);
}

/**
 * A paragraph wrapped into lines of even length (like CSS `text-wrap: balance`), so a short last word is not
 * left alone: the narrowest width, to within 2 %, that needs no more lines than the full width does.
 */
export function balancedParagraph(
  text: string,
  style: TextStyle,
  at: { x: number; y: number; width: number },
  rules: BreakRules,
): { items: SceneItem[]; height: number } {
  const full = paragraph(text, style, at, rules);
  let best = full;
  let [lo, hi] = [at.width * 0.5, at.width];
  while (hi - lo > at.width * 0.02) {
    const mid = (lo + hi) / 2;
    const p = paragraph(text, style, { ...at, width: mid }, rules);
    if (p.items.length <= full.items.length) [best, hi] = [p, mid];
    else lo = mid;
  }
  return best;
}

/** The box a text item's glyphs cover (its ink, marks included), not its line box. */
export function inkBox(item: Extract<SceneItem, { kind: 'text' }>): Box {
  const ink = inkExtents(item.run);
  const baseline = item.y + item.baseline;
  return { x: item.x + ink.left, y: baseline - ink.top, width: ink.right - ink.left, height: ink.top + ink.bottom };
}

/** The box around several boxes. */
export function unionBox(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

/** Items moved by (dx, dy). */
export const moveItems = (items: readonly SceneItem[], dx: number, dy: number): SceneItem[] =>
  items.map((item) => ({ ...item, x: item.x + dx, y: item.y + dy }));

/**
 * A warning across the top of a page ("PREVIEW — do not print") on the stamp yellow: for print files of a
 * local preview build, whose QR code leads to an address readers cannot reach. Returns its items and height.
 */
export function stampStrip(
  stamp: string,
  width: number,
  { inset, pad, minHeight = 0, style, rules }: { inset: number; pad: number; minHeight?: number; style: TextStyle; rules: BreakRules },
): { items: SceneItem[]; height: number } {
  const label = paragraph(stamp, style, { x: inset, y: pad, width: width - 2 * inset }, rules);
  const height = Math.max(minHeight, label.height + 2 * pad);
  return { items: [{ kind: 'rect', fill: colour('stamp'), x: 0, y: 0, width, height }, ...label.items], height };
}
