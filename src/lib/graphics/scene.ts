/**
 * A laid-out page as plain data: boxes, shaped text and QR codes at positions in points (origin top-left).
 * Layouts make scenes; scene-pdf.ts draws them as vector PDF pages. Checks on a scene (sizes, gaps, page
 * ends) hold for the file made from it.
 */
import type { FontWeight } from './fonts';
import type { Box } from './spec';
import { wrapLines, type BreakRules } from './line-break';
import { fontExtents, measure, shape, type ShapedRun } from './shaping';

export type { Box } from './spec';

export type SceneItem =
  | ({ kind: 'rect'; fill: string } & Box)
  /** `y` is the top of the line box; the baseline is `baseline` below it. */
  | ({ kind: 'text'; run: ShapedRun; colour: string; baseline: number; lang: string } & Box)
  | ({ kind: 'qr'; url: string } & Box);

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
