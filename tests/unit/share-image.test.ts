import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedShareImage, drawShareImage, shareCardFiles, shareCardKey, shareImageHash, type ShareCardInput } from '../../src/lib/share-image';

const input: ShareCardInput = { lang: 'lo', title: 'ສັນຍານຂອງການຄ້າມະນຸດ', siteName: 'ຢຸດການຄ້າມະນຸດ, ຢຸດຄວາມຮຸນແຮງ' };
const dir = mkdtempSync(path.join(tmpdir(), 'share-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('share cards', { timeout: 60_000 }, () => {
  it('are 1200×630 PNGs well under 300 kB, with text on them', async () => {
    const png = await drawShareImage(input);
    const { width, height, format } = await sharp(png).metadata();
    expect([format, width, height]).toEqual(['png', 1200, 630]);
    expect(png.byteLength).toBeLessThan(300_000);
    const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(data.filter((v) => v > 200).length).toBeGreaterThan(1000); // white letters on the brand colour
    // The site's mark at the foot: its orange circle (--color-unite) in the bottom-left corner.
    const { data: rgb, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    let orange = 0;
    for (let y = 630 - 150; y < 630; y++) {
      for (let x = 0; x < 200; x++) {
        const i = (y * info.width + x) * 3;
        if (Math.abs(rgb[i]! - 0xff) < 8 && Math.abs(rgb[i + 1]! - 0x99) < 8 && rgb[i + 2]! < 8) orange++;
      }
    }
    expect(orange).toBeGreaterThan(500);
  });

  it('are drawn once: a second build with the same title reuses the file in the build cache', async () => {
    let drawn = 0;
    const draw = async (i: ShareCardInput) => {
      drawn++;
      return drawShareImage(i);
    };
    const first = await cachedShareImage(input, { dir, draw });
    const again = await cachedShareImage({ ...input }, { dir, draw });
    expect(again).toBe(first);
    expect(drawn).toBe(1);
    // One file, in the build cache's share-card folder, found by the name pages use for it.
    expect(readdirSync(dir)).toEqual(['share-card']);
    expect([...shareCardFiles(dir).keys()]).toEqual([first]);
    expect(readFileSync(shareCardFiles(dir).get(first)!).equals(await drawShareImage(input))).toBe(true);
  });

  it('are drawn again when the title, language or site name changes', () => {
    const hashes = new Set([
      shareImageHash(input),
      shareImageHash({ ...input, title: 'ສັນຍານ' }),
      shareImageHash({ ...input, lang: 'en' }),
      shareImageHash({ ...input, siteName: 'Stop' }),
    ]);
    expect(hashes.size).toBe(4);
  });

  it('are named the same whichever folder the site is built in', () => {
    // The key's files count by their contents (lib/build-cache); its inputs count as written.
    const inputs = JSON.stringify(shareCardKey(input).inputs);
    expect(inputs).not.toContain(process.cwd());
    expect(inputs).toContain('"logo":"public/favicon.svg"');
  });
});
