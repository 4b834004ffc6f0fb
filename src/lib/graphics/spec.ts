/** What a layout is asked to draw, and the sizes it draws at: shared by the layouts, renderers and callers. */

export interface HelpLine {
  label: string;
  number: string;
  /** The label in the secondary language (bilingual posters). */
  secondaryLabel?: string;
}

/** A picture: a file path or the file's bytes; SVG is drawn at the size it is shown, raster is scaled down. */
export type PictureSource = string | Buffer;

export interface PosterSpec {
  /** BCP-47 tag: PDF /Lang and word segmentation for line breaking. */
  lang: string;
  title: string;
  /**
   * Poster layout: a warning in a strip across the top, the layout below it (e.g. "PREVIEW — do not print"):
   * for print files of a local preview build, whose QR code leads to an address readers cannot reach.
   */
  stamp?: string;
  body?: readonly string[];
  helpLines?: readonly HelpLine[];
  qr?: { url: string; caption?: string };
  /** CSS hex colours. */
  background?: string;
  foreground?: string;
  accent?: string;
  accentText?: string;
  /** Colour of secondary-language text and the URL under the QR code. */
  muted?: string;
  layout?: 'centred' | 'poster';
  /** A short line naming the site: the band at the top of a poster, the foot of a card. */
  kicker?: string;
  /** The site's mark (graphics/logo.ts): at the start of a poster's band, beside the name at a card's foot. */
  logo?: PictureSource;
  /** Poster layout: the title and body again in a second language, smaller, after the first. */
  secondary?: { lang: string; title: string; body?: readonly string[] };
  /** Poster layout: a heading over the help lines. */
  helpLinesTitle?: string;
  /** Poster layout: drawn as large as fits between the text and the help lines. */
  artwork?: PictureSource;
  /** Card layout: bands at the top and bottom kept free of text (a Stories app draws its own controls there), in px. */
  safeArea?: { top: number; bottom: number };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RenderedImage {
  png: Buffer;
  width: number;
  height: number;
  /** QR position in px, used for the PDF link annotation. */
  qrBox?: { x: number; y: number; size: number };
  /** Where the artwork was drawn, and its own size in px (for a raster, to check its print resolution). */
  artworkBox?: { x: number; y: number; width: number; height: number; sourceWidth: number; sourceHeight: number; vector: boolean };
  /** Help-line labels in two languages, one under the other, in px: for checking the gap between them. */
  bilingualLabels?: { first: Box; second: Box }[];
  /** Where the site's mark was drawn, in px. */
  logoBox?: Box;
  /** Where each piece of text was drawn, in px: for checks such as safe areas and gaps. */
  textBoxes?: { x: number; y: number; width: number; height: number }[];
}

export const SOCIAL_SIZES = {
  square: { width: 1080, height: 1080 },
  portrait: { width: 1080, height: 1350 },
  story: { width: 1080, height: 1920 },
} as const;

/** Stories apps draw their own bars over the top 250 px and bottom 340 px of a 1080×1920 picture. */
export const STORY_SAFE_AREA = { top: 250, bottom: 340 } as const;

/** Exact ISO sizes in PDF points. */
export const PAPER_SIZES = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
} as const;

/** The width×height in px of a paper size at a resolution. */
export function paperPixels(paper: keyof typeof PAPER_SIZES, dpi = 150): { width: number; height: number } {
  const { width, height } = PAPER_SIZES[paper];
  return { width: Math.round((width / 72) * dpi), height: Math.round((height / 72) * dpi) };
}
