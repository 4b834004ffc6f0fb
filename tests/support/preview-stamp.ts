/** Whether a poster or sheet image carries the "do not print" strip of a preview build (src/lib/graphics/render.ts). */
import sharp from 'sharp';

/** The strip's warning yellow (#ffd400) in the top-left corner; screen PNGs have 256 colours, so allow a little. */
export async function hasPreviewStamp(image: string | Buffer): Promise<boolean> {
  const [r = 0, g = 0, b = 0] = await sharp(image).extract({ left: 2, top: 2, width: 1, height: 1 }).removeAlpha().raw().toBuffer();
  return Math.abs(r - 0xff) <= 4 && Math.abs(g - 0xd4) <= 4 && Math.abs(b - 0x00) <= 4;
}
