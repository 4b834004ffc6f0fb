#!/usr/bin/env node
/**
 * Writes a large, made-up corpus for benchmarks: N entries in each language (a translated pair per slug)
 * into the content folder CONTENT_DIR, so that `CONTENT_DIR=… OUT_DIR=… node scripts/build.mjs` builds a
 * site of that size. The text is random but deterministic (same N, same files), built from everyday Lao and
 * English words, with the phrases the search tests look for mixed in at realistic rates. It is never
 * published: CONTENT_DIR must be set, and must not be the real content folder.
 *
 *   CONTENT_DIR=/tmp/corpus node scripts/generate-search-corpus.mjs 1000 [--collection pages|stories|materials|updates]
 *
 * content/settings is copied in when the folder has none, so the build has its topics and help lines.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const count = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 1000);
const collection = args.includes('--collection') ? args[args.indexOf('--collection') + 1] : 'pages';
const collections = ['pages', 'stories', 'materials', 'updates'];
if (!collections.includes(collection)) {
  console.error(`--collection must be one of ${collections.join(', ')}`);
  process.exit(1);
}
if (!process.env.CONTENT_DIR) {
  console.error('Set CONTENT_DIR to the folder to write into (e.g. CONTENT_DIR=/tmp/corpus). It must not be ./content.');
  process.exit(1);
}
const root = path.resolve(import.meta.dirname, '..');
const contentDir = path.resolve(process.env.CONTENT_DIR);
if (contentDir === path.join(root, 'content')) {
  console.error('CONTENT_DIR points at the real content folder: choose a temporary folder instead.');
  process.exit(1);
}

/** mulberry32: a small seeded generator, so the corpus is the same on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20251125);
const pick = (list) => list[Math.floor(rand() * list.length)];
const between = (min, max) => min + Math.floor(rand() * (max - min + 1));

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

function laoSentence() {
  const words = Array.from({ length: between(8, 18) }, () => pick(lao));
  if (rand() < 0.25) words.splice(between(0, words.length), 0, pick(laoPhrases));
  // Lao writes words together and puts a space between phrases.
  const phrases = [];
  while (words.length > 0) phrases.push(words.splice(0, between(3, 7)).join(''));
  return `${phrases.join(' ')}${rand() < 0.5 ? '.' : ''}`;
}

function englishSentence() {
  const words = Array.from({ length: between(8, 18) }, () => pick(english));
  if (rand() < 0.25) words.splice(between(0, words.length), 0, pick(englishPhrases));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function body(sentence, heading) {
  const paragraphs = [];
  for (let p = 0, n = between(4, 8); p < n; p++) {
    if (p > 0 && rand() < 0.3) paragraphs.push(`## ${heading()}`);
    paragraphs.push(Array.from({ length: between(2, 5) }, sentence).join(' '));
  }
  return paragraphs.join('\n\n');
}

const topicIds = ['trafficking', 'gender-based-violence', 'safe-migration', 'online-safety', 'tourism', 'getting-help'];
const yaml = (value) => JSON.stringify(value);

function frontmatter(locale, index, title, description) {
  const lines = [`title: ${yaml(title)}`, `description: ${yaml(description)}`];
  if (collection !== 'pages') {
    const day = new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    const topics = [...new Set([pick(topicIds), pick(topicIds)])];
    lines.push(`date: ${day}`, `topics: ${yaml(topics)}`);
  }
  if (collection === 'materials') lines.push('kind: guide');
  if (locale === 'lo') lines.push('reviewNeeded: true');
  return `---\n${lines.join('\n')}\n---\n`;
}

for (const locale of ['lo', 'en']) {
  const dir = path.join(contentDir, collection, locale);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
for (let index = 1; index <= count; index++) {
  const slug = `generated-${String(index).padStart(5, '0')}`;
  const laoTitle = `ໜ້າທົດສອບ ${index}: ${laoSentence().replace(/\.$/, '')}`;
  const englishTitle = `Test page ${index}: ${englishSentence().replace(/\.$/, '')}`;
  writeFileSync(
    path.join(contentDir, collection, 'lo', `${slug}.mdx`),
    `${frontmatter('lo', index, laoTitle, laoSentence())}\n${body(laoSentence, () => laoSentence().replace(/\.$/, ''))}\n`,
  );
  writeFileSync(
    path.join(contentDir, collection, 'en', `${slug}.mdx`),
    `${frontmatter('en', index, englishTitle, englishSentence())}\n${body(englishSentence, () => englishSentence().replace(/\.$/, ''))}\n`,
  );
}
if (!existsSync(path.join(contentDir, 'settings'))) {
  cpSync(path.join(root, 'content/settings'), path.join(contentDir, 'settings'), { recursive: true });
}
console.log(`Wrote ${count} ${collection} entries in each language to ${path.join(contentDir, collection)}.`);
