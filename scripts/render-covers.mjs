#!/usr/bin/env node
/**
 * Renders the illustrative cover drawings (content/images/covers/*.svg) to the PNGs that entries use.
 * Run after editing a drawing: `node scripts/render-covers.mjs`. The PNGs are committed, so builds never
 * depend on the fonts or renderer of the machine they run on.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const folder = path.resolve('content/images/covers');
for (const name of readdirSync(folder).filter((file) => file.endsWith('.svg'))) {
  const output = path.join(folder, name.replace(/\.svg$/, '.png'));
  const info = await sharp(path.join(folder, name)).png({ compressionLevel: 9, palette: true }).toFile(output);
  console.log(`${path.relative(process.cwd(), output)}: ${info.width}×${info.height}, ${(info.size / 1024).toFixed(1)} KB`);
}
