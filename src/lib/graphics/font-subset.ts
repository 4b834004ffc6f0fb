/**
 * Font subsetting with HarfBuzz's subsetter (harfbuzz-subset.wasm, shipped in the harfbuzzjs package, used
 * through its C API): a PDF embeds only the glyphs its pages draw instead of the whole font (53 kB a weight).
 * Glyph ids are kept (RETAIN_GIDS), so the page content, which names glyphs by id, needs no change.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface SubsetExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** hb-subset.h: keep each glyph at its id (unused ids become empty glyphs). */
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;
/** hb-blob.h */
const HB_MEMORY_MODE_READONLY = 1;

let instance: SubsetExports | undefined;
function subsetter(): SubsetExports {
  if (!instance) {
    const file = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    const wasm = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {});
    instance = wasm.exports as unknown as SubsetExports;
    (instance as unknown as { _initialize?: () => void })._initialize?.();
  }
  return instance;
}

/** The font with only these glyphs (and those they are built from), at their own ids. */
export function subsetFont(font: Uint8Array, glyphIds: Iterable<number>): Uint8Array {
  const hb = subsetter();
  const data = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (!input) throw new Error('subsetFont: HarfBuzz could not make a subset input');
    const glyphs = hb.hb_subset_input_glyph_set(input);
    for (const gid of glyphIds) hb.hb_set_add(glyphs, gid);
    hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS);
    const subset = hb.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('subsetFont: HarfBuzz could not subset the font');
    const out = hb.hb_face_reference_blob(subset);
    const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(out, 0), hb.hb_blob_get_length(out)).slice();
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(subset);
    return bytes;
  } finally {
    if (input) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(data);
  }
}
