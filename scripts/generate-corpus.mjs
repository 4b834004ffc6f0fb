#!/usr/bin/env node
/**
 * Writes a made-up content folder for benchmarks: the real content/settings and content/pages, plus N
 * generated entries per language (a translated pair per slug) in one collection. The text is random but
 * deterministic (same N, same files), built from everyday Lao and English words, Lao written without spaces
 * between words as Lao is, with the phrases the search tests look for mixed in at realistic rates. It states
 * nothing and is never published.
 *
 *   node scripts/generate-corpus.mjs --out /tmp/corpus --count 1000 [--collection stories] [--format md|mdx]
 *
 * Prints the content folder's path (OUT/content). The default collection is stories, the default format
 * plain Markdown (.md, as stories without components are written); --format mdx writes the same text as .mdx.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const collections = ['pages', 'stories', 'materials', 'updates'];
export const corpusFormats = ['md', 'mdx'];

/** mulberry32: a small seeded generator, so the corpus is the same on every machine. */
function seeded(seed) {
  let state = seed >>> 0;
  const rand = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    rand,
    pick: (list) => list[Math.floor(rand() * list.length)],
    between: (min, max) => min + Math.floor(rand() * (max - min + 1)),
  };
}

const lao = `ຄົນ ເດັກ ແມ່ຍິງ ຜູ້ຊາຍ ໄວໜຸ່ມ ຄອບຄົວ ພໍ່ແມ່ ໝູ່ເພື່ອນ ຊາວບ້ານ ນັກຮຽນ ຄູອາຈານ ຕຳຫຼວດ ທ່ານໝໍ ນາຍຈ້າງ
  ບໍລິສັດ ໂຮງງານ ຮ້ານອາຫານ ໂຮງແຮມ ຕະຫຼາດ ບ້ານ ເມືອງ ແຂວງ ປະເທດ ຊາຍແດນ ໂຮງຮຽນ ໂຮງໝໍ ວຽກ ເງິນ ເງິນເດືອນ
  ສັນຍາ ໜັງສືຜ່ານແດນ ບັດປະຈຳຕົວ ໂທລະສັບ ອິນເຕີເນັດ ເຟສບຸກ ຂໍ້ຄວາມ ຮູບພາບ ລົດເມ ເຮືອ ທາງ ຖະໜົນ ມື້ນີ້ ມື້ອື່ນ
  ປີນີ້ ທຸກມື້ ຕອນແລງ ເດີນທາງ ເຮັດວຽກ ຊອກວຽກ ສົ່ງເງິນ ກັບບ້ານ ໄປ ມາ ຢູ່ ເຫັນ ຮູ້ ບອກ ຖາມ ຊ່ວຍ ລາຍງານ ໂທຫາ
  ລະວັງ ກວດສອບ ເຊື່ອ ຫຼອກລວງ ບັງຄັບ ຂູດຮີດ ປົກປ້ອງ ຮັກສາ ປອດໄພ ອັນຕະລາຍ ສ່ຽງ ຖືກຕ້ອງ ຜິດກົດໝາຍ ສິດທິ
  ກົດໝາຍ ຄວາມຮູ້ ຄວາມຊ່ວຍເຫຼືອ ຄວາມປອດໄພ ຄວາມສ່ຽງ ສຸຂະພາບ ການສຶກສາ ທັກສະ ອາຊີບ ການຝຶກອົບຮົມ ສາຍດ່ວນ
  ຂໍ້ສະເໜີ ໂຄສະນາ ນາຍໜ້າ ໜີ້ສິນ ຄ່າຈ້າງ ທີ່ພັກ ອາຫານ ນ້ຳ ເຂົ້າ ຜັກ ປາ ຝົນ ແດດ ງາມ ດີ ໃໝ່ ເກົ່າ ໃຫຍ່ ນ້ອຍ
  ຫຼາຍ ໜ້ອຍ ໄວ ຊ້າ ງ່າຍ ຍາກ ແທ້ ປອມ ແລະ ຫຼື ແຕ່ ເພາະ ຖ້າ ເມື່ອ ທີ່ ຂອງ ກັບ ໃຫ້ ໃນ ຈາກ ເຖິງ ບໍ່ ໄດ້ ແລ້ວ
  ຍັງ ຕ້ອງ ຄວນ ອາດ ຈະ ກຳລັງ ເຄີຍ ທຸກ ບາງ ຫຼາຍຄົນ`.split(/\s+/).filter(Boolean);
const laoPhrases = ['ການຄ້າມະນຸດ', 'ແຮງງານ', 'ວຽກປອມ', 'ຄວາມຮຸນແຮງທາງເພດ', 'ການເຄື່ອນຍ້າຍແຮງງານ', 'ຜູ້ຄ້າມະນຸດ', 'ສາຍດ່ວນ 1362'];
const english = `people child children woman women man young family parents friend villager student teacher police
  doctor employer company factory restaurant hotel market village town province country border school hospital
  job work money wage contract passport card phone internet Facebook message photo bus boat road today tomorrow
  year every evening travel find send home go come stay see know tell ask help report call careful check trust
  deceive force exploit protect keep safe danger risk right wrong illegal rights law knowledge safety health
  education skills training hotline offer advert broker debt pay room food water rice fish rain good new old big
  small many few fast slow easy hard real fake and or but because if when that of with to in from not already
  still must should may will often some`.split(/\s+/).filter(Boolean);
const englishPhrases = ['human trafficking', 'labour migration', 'fake job offers', 'gender-based violence', 'safe migration', 'hotline 1362'];

function laoSentence({ pick, between, rand }) {
  const words = Array.from({ length: between(8, 18) }, () => pick(lao));
  if (rand() < 0.25) words.splice(between(0, words.length), 0, pick(laoPhrases));
  // Lao writes words together and puts a space between phrases.
  const phrases = [];
  while (words.length > 0) phrases.push(words.splice(0, between(3, 7)).join(''));
  return `${phrases.join(' ')}${rand() < 0.5 ? '.' : ''}`;
}

function englishSentence({ pick, between, rand }) {
  const words = Array.from({ length: between(8, 18) }, () => pick(english));
  if (rand() < 0.25) words.splice(between(0, words.length), 0, pick(englishPhrases));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function body(sentence, random) {
  const { between, rand } = random;
  const paragraphs = [];
  for (let p = 0, n = between(4, 8); p < n; p++) {
    if (p > 0 && rand() < 0.3) paragraphs.push(`## ${sentence(random).replace(/\.$/, '')}`);
    paragraphs.push(Array.from({ length: between(2, 5) }, () => sentence(random)).join(' '));
  }
  return paragraphs.join('\n\n');
}

const coverAlt = { lo: 'ຮູບແຕ້ມຂອງບົດທົດສອບ', en: 'Drawing for a test entry' };

function frontmatter({ collection, locale, index, title, description, topics, covers, random }) {
  const lines = [`title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(description)}`];
  if (collection !== 'pages') {
    const day = new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    lines.push(`date: ${day}`, `topics: ${JSON.stringify([...new Set([random.pick(topics), random.pick(topics)])])}`);
    // The real covers, reused: a story must have one, and the build processes each picture once.
    lines.push(`cover: { src: ../../images/covers/${random.pick(covers)}, alt: ${JSON.stringify(coverAlt[locale])} }`);
  }
  if (collection === 'materials') lines.push('kind: guide');
  if (locale === 'lo') lines.push('reviewNeeded: true');
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Writes the corpus and returns its content folder. */
export function generateCorpus({ out, count, collection = 'stories', format = 'md' }) {
  if (!collections.includes(collection)) throw new Error(`--collection must be one of ${collections.join(', ')}`);
  if (!corpusFormats.includes(format)) throw new Error(`--format must be one of ${corpusFormats.join(', ')}`);
  const contentDir = path.join(path.resolve(out), 'content');
  if (contentDir === path.join(root, 'content')) throw new Error('--out would overwrite the real content folder: choose a temporary folder.');
  rmSync(contentDir, { recursive: true, force: true });
  for (const folder of ['settings', 'pages', 'images']) {
    cpSync(path.join(root, 'content', folder), path.join(contentDir, folder), { recursive: true });
  }
  const topics = parse(readFileSync(path.join(root, 'content/settings/topics.yaml'), 'utf8')).map((topic) => topic.id);
  const covers = readdirSync(path.join(contentDir, 'images/covers')).filter((name) => name.endsWith('.png'));
  for (const locale of ['lo', 'en']) mkdirSync(path.join(contentDir, collection, locale), { recursive: true });
  const random = seeded(20251125);
  for (let index = 1; index <= count; index++) {
    const slug = `generated-${String(index).padStart(5, '0')}`;
    const laoTitle = `ໜ້າທົດສອບ ${index}: ${laoSentence(random).replace(/\.$/, '')}`;
    const englishTitle = `Test page ${index}: ${englishSentence(random).replace(/\.$/, '')}`;
    writeFileSync(
      path.join(contentDir, collection, 'lo', `${slug}.${format}`),
      `${frontmatter({ collection, locale: 'lo', index, title: laoTitle, description: laoSentence(random), topics, covers, random })}\n${body(laoSentence, random)}\n`,
    );
    writeFileSync(
      path.join(contentDir, collection, 'en', `${slug}.${format}`),
      `${frontmatter({ collection, locale: 'en', index, title: englishTitle, description: englishSentence(random), topics, covers, random })}\n${body(englishSentence, random)}\n`,
    );
  }
  return contentDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, count: { type: 'string', default: '100' }, collection: { type: 'string', default: 'stories' }, format: { type: 'string', default: 'md' } },
  });
  if (!values.out) {
    console.error('Usage: node scripts/generate-corpus.mjs --out DIR --count N [--collection pages|stories|materials|updates] [--format md|mdx]');
    process.exit(2);
  }
  console.log(generateCorpus({ out: values.out, count: Number(values.count), collection: values.collection, format: values.format }));
}
