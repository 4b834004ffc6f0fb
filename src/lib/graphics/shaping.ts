/**
 * Text shaped by HarfBuzz (harfbuzzjs): the glyphs and positions a Lao line really needs (tone marks over
 * vowels over consonants), the same engine browsers use. Lengths are in points for a given font size.
 */
import * as hb from 'harfbuzzjs';
import { fontBytes, type FontWeight } from './fonts';

export interface ShapedGlyph {
  /** Glyph id in the font file. */
  gid: number;
  /** Pen position of the glyph relative to the start of the run, in pt. */
  x: number;
  y: number;
  /** The characters this glyph stands for (for copy-paste); '' for a glyph that continues the one before. */
  text: string;
}

export interface ShapedRun {
  weight: FontWeight;
  size: number;
  glyphs: ShapedGlyph[];
  /** Advance width of the whole run, in pt. */
  width: number;
}

interface LoadedFont {
  font: hb.Font;
  upem: number;
  ascender: number;
  descender: number;
}
const fonts = new Map<FontWeight, LoadedFont>();
function loaded(weight: FontWeight): LoadedFont {
  let f = fonts.get(weight);
  if (!f) {
    const face = new hb.Face(new hb.Blob(fontBytes(weight)));
    const font = new hb.Font(face);
    const { ascender, descender } = font.hExtents();
    fonts.set(weight, (f = { font, upem: face.upem, ascender, descender }));
  }
  return f;
}

/** The font's ascender and descender (positive, below the baseline) at a size, in pt. */
export function fontExtents(weight: FontWeight, size: number): { ascender: number; descender: number } {
  const f = loaded(weight);
  return { ascender: (f.ascender / f.upem) * size, descender: (-f.descender / f.upem) * size };
}

const memo = new Map<string, ShapedRun>();

/** Shapes one line of text (no wrapping). */
export function shape(text: string, weight: FontWeight, size: number): ShapedRun {
  const key = `${weight}\u0000${size}\u0000${text}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const f = loaded(weight);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  // One cluster per character where the font allows it: each glyph then maps back to its own letter.
  buffer.setClusterLevel(hb.ClusterLevel.MONOTONE_CHARACTERS);
  hb.shape(f.font, buffer);
  const infos = buffer.getGlyphInfosAndPositions();
  const k = size / f.upem;
  // Cluster values are UTF-16 offsets into `text`.
  const starts = [...new Set(infos.map((g) => g.cluster))].sort((a, b) => a - b);
  const clusterText = (cluster: number): string => text.slice(cluster, starts[starts.indexOf(cluster) + 1] ?? text.length);
  const glyphs: ShapedGlyph[] = [];
  let pen = 0;
  let previousCluster = -1;
  for (const g of infos) {
    glyphs.push({
      gid: g.codepoint,
      x: (pen + (g.xOffset ?? 0)) * k,
      y: (g.yOffset ?? 0) * k,
      text: g.cluster === previousCluster ? '' : clusterText(g.cluster),
    });
    previousCluster = g.cluster;
    pen += g.xAdvance ?? 0;
  }
  const run = { weight, size, glyphs, width: pen * k };
  memo.set(key, run);
  return run;
}

/** The advance width of a text at a size, in pt. */
export const measure = (text: string, weight: FontWeight, size: number): number => shape(text, weight, size).width;

/** A glyph's advance width per 1000 units of em (a PDF font's /W unit). */
export const glyphAdvance = (weight: FontWeight, gid: number): number => {
  const f = loaded(weight);
  return Math.round((f.font.glyphHAdvance(gid) * 1000) / f.upem);
};

/** A run's ink: how far its glyphs reach left, right, above and below the baseline, in pt (all positive outward). */
export function inkExtents(run: ShapedRun): { left: number; right: number; top: number; bottom: number } {
  const f = loaded(run.weight);
  const k = run.size / f.upem;
  let [left, right, top, bottom] = [Infinity, -Infinity, -Infinity, -Infinity];
  for (const g of run.glyphs) {
    const e = f.font.glyphExtents(g.gid);
    if (!e || (e.width === 0 && e.height === 0)) continue;
    left = Math.min(left, g.x + e.xBearing * k);
    right = Math.max(right, g.x + (e.xBearing + e.width) * k);
    top = Math.max(top, g.y + e.yBearing * k);
    bottom = Math.max(bottom, -(g.y + (e.yBearing + e.height) * k));
  }
  return Number.isFinite(left) ? { left, right, top, bottom } : { left: 0, right: 0, top: 0, bottom: 0 };
}

const paths = new Map<string, string>();
/** A glyph's outline as SVG path data, in font units with y pointing up; and the font's units per em. */
export function glyphPath(weight: FontWeight, gid: number): { d: string; upem: number } {
  const f = loaded(weight);
  const key = `${weight} ${gid}`;
  let d = paths.get(key);
  if (d === undefined) paths.set(key, (d = f.font.glyphToPath(gid)));
  return { d, upem: f.upem };
}
