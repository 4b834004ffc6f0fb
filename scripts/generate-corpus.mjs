#!/usr/bin/env node
/**
 * Writes a synthetic content folder for benchmarks: the real content/settings and content/pages, plus N
 * generated entries per language in one collection. The text is filler made from a fixed vocabulary
 * (seeded, so every run writes the same corpus); it states nothing and is never published.
 *
 *   node scripts/generate-corpus.mjs --out /tmp/corpus --count 1000 [--collection stories]
 *
 * Prints the content folder's path. Without --collection, stories are generated if the site has story
 * pages (src/pages/[locale]/stories/), else free-standing pages.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');

/** The collection a corpus fills by default: stories once the site publishes them. */
export function defaultCollection() {
  return existsSync(path.join(root, 'src/pages/[locale]/stories')) ? 'stories' : 'pages';
}

const vocabulary = {
  en: 'work job offer family school phone travel border bus city village friend money message safe help call line worker factory farm market river road week month plan question answer advice story young person mother father sister brother teacher health rights law police office paper passport contract agency wage hours home trust risk sign choice'.split(' '),
  lo: 'ວຽກ ການສະເໜີ ຄອບຄົວ ໂຮງຮຽນ ໂທລະສັບ ເດີນທາງ ຊາຍແດນ ລົດເມ ເມືອງ ບ້ານ ໝູ່ເພື່ອນ ເງິນ ຂໍ້ຄວາມ ປອດໄພ ຊ່ວຍເຫຼືອ ໂທ ສາຍດ່ວນ ແຮງງານ ໂຮງງານ ສວນ ຕະຫຼາດ ແມ່ນ້ຳ ຖະໜົນ ອາທິດ ເດືອນ ແຜນ ຄຳຖາມ ຄຳຕອບ ຄຳແນະນຳ ເລື່ອງ ໄວໜຸ່ມ ແມ່ ພໍ່ ເອື້ອຍ ອ້າຍ ຄູ ສຸຂະພາບ ສິດ ກົດໝາຍ ຕຳຫຼວດ ຫ້ອງການ ເອກະສານ ໜັງສືຜ່ານແດນ ສັນຍາ ບໍລິສັດ ຄ່າແຮງ ຊົ່ວໂມງ ເຮືອນ ຄວາມໄວ້ວາງໃຈ ຄວາມສ່ຽງ ສັນຍານ ທາງເລືອກ'.split(' '),
};

/** A small deterministic random number generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sentence of filler: Lao is written without spaces between words, English with them. */
function sentence(locale, next, words = 8 + Math.floor(next() * 10)) {
  const picked = Array.from({ length: words }, () => vocabulary[locale][Math.floor(next() * vocabulary[locale].length)]);
  if (locale === 'lo') return `${picked.join('')}.`;
  const text = picked.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function entry(collection, locale, index, topics, next) {
  const number = String(index + 1).padStart(4, '0');
  const title = locale === 'lo' ? `ບົດທົດສອບ ${number}: ${sentence('lo', next, 3).slice(0, -1)}` : `Benchmark entry ${number}: ${sentence('en', next, 3).slice(0, -1)}`;
  const description = locale === 'lo' ? 'ຂໍ້ຄວາມທີ່ສ້າງຂຶ້ນເພື່ອວັດແທກຄວາມໄວຂອງການສ້າງເວັບໄຊ.' : 'Generated text to measure how fast the site builds.';
  const fields = [`title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(description)}`, 'reviewNeeded: true'];
  if (collection !== 'pages') {
    const day = new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    fields.push(`date: ${day}`, `topics: [${topics[index % topics.length]}]`);
  }
  const paragraphs = [];
  for (let p = 0; p < 6; p++) {
    if (p === 2) paragraphs.push(`## ${sentence(locale, next, 3).slice(0, -1)}`);
    paragraphs.push(Array.from({ length: 4 }, () => sentence(locale, next)).join(' '));
  }
  return `---\n${fields.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

/** Writes the corpus and returns its content folder. */
export function generateCorpus({ out, count, collection = defaultCollection() }) {
  const contentDir = path.join(path.resolve(out), 'content');
  rmSync(contentDir, { recursive: true, force: true });
  for (const folder of ['settings', 'pages']) {
    cpSync(path.join(root, 'content', folder), path.join(contentDir, folder), { recursive: true });
  }
  const topics = parse(readFileSync(path.join(root, 'content/settings/topics.yaml'), 'utf8')).map((topic) => topic.id);
  for (const locale of ['lo', 'en']) {
    const folder = path.join(contentDir, collection, locale);
    mkdirSync(folder, { recursive: true });
    const next = random(locale === 'lo' ? 1 : 2);
    for (let index = 0; index < count; index++) {
      writeFileSync(path.join(folder, `bench-${String(index + 1).padStart(4, '0')}.mdx`), entry(collection, locale, index, topics, next));
    }
  }
  return contentDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, count: { type: 'string', default: '100' }, collection: { type: 'string' } },
  });
  if (!values.out) {
    console.error('Usage: node scripts/generate-corpus.mjs --out DIR --count N [--collection stories]');
    process.exit(2);
  }
  console.log(generateCorpus({ out: values.out, count: Number(values.count), collection: values.collection }));
}
