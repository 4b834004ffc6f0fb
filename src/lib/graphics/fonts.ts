/**
 * The one font family every picture and PDF is drawn with: Noto Sans Lao (OFL), one static TTF per weight with
 * Lao + Latin + Latin-ext glyphs (Google Fonts build), so nothing ever falls back to a machine-installed font.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const req = createRequire(import.meta.url);

export const FONT_FAMILY = 'Noto Sans Lao';
export type FontWeight = 'regular' | 'bold';

export const FONT_FILES: Record<FontWeight, string> = {
  regular: req.resolve('@expo-google-fonts/noto-sans-lao/400Regular/NotoSansLao_400Regular.ttf'),
  bold: req.resolve('@expo-google-fonts/noto-sans-lao/700Bold/NotoSansLao_700Bold.ttf'),
};

const bytes = new Map<FontWeight, Uint8Array>();
export function fontBytes(weight: FontWeight): Uint8Array {
  let data = bytes.get(weight);
  if (!data) bytes.set(weight, (data = new Uint8Array(readFileSync(FONT_FILES[weight]))));
  return data;
}
