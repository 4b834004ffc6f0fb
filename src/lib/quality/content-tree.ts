/**
 * Checks on the content folder that the schemas cannot make (or make with a message that names neither
 * the file nor the field), run before the build reads any entry: two files that would be one entry, a
 * translation filed under a different file name, dates the YAML parser would silently roll over
 * (2025-02-30 becomes 2 March), images and downloads whose file is missing, and images in the text
 * without alt text. Pure: given paths, texts and a way to ask whether a file exists.
 */
import { parse } from 'yaml';
import { locales, type Locale } from '../../i18n/locales';
import { localizedEntryId } from '../entry-id';
import { frontmatterLines } from '../frontmatter';

export interface ContentFile {
  /** Path relative to the project, e.g. 'content/stories/en/fake-job-offers.mdx'. */
  path: string;
  text: string;
}

export interface ContentProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

/** 'content/stories/en/x.mdx' → collection 'stories' (the folder above the language folder's parents). */
function collectionOf(filePath: string, root: string): string {
  const relative = filePath.slice(root.length).replace(/^[\\/]+/, '');
  return relative.split(/[\\/]/)[0] ?? '';
}

/** Edits (insert, delete, substitute, swap neighbours) to turn a into b. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Two file names that are probably meant to be the same: a letter or two apart (fake-jobs / fake-job,
 * safe-migration / safe-migation). Names that differ only in digits (2024 / 2025, day-1 / day-2) are
 * numbered series, not typos; very short names are too easily close by chance.
 */
export function looksLikeSameName(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.replace(/\d/g, '') === b.replace(/\d/g, '')) return false;
  if (Math.min(a.length, b.length) < 5) return false;
  return editDistance(a, b) <= 2;
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE_LINE = /^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:\s*(['"]?)(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ][^'"#]*)?\2\s*(?:#.*)?$/;

/** Resolves a path written in a content file ('./cover.jpg') against that file's folder. */
export function besideFile(file: string, relative: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** './cover.jpg', '../files/guide.pdf': a file beside the entry (a relative page link ends with '/'). */
const isRelativeFile = (value: string) => /^\.\.?\/.*\.[A-Za-z0-9]{2,5}$/.test(value);

/** Front matter fields that name a file next to the entry: cover.src, poster.src, downloads[0].file… */
export function missingFrontmatterFiles(file: ContentFile, exists: (path: string) => boolean): ContentProblem[] {
  const lines = frontmatterLines(file.text);
  if (lines.length === 0) return [];
  let data: unknown;
  try {
    data = parse(lines.map((line) => line.text).join('\n'));
  } catch {
    return []; // The content loader reports YAML syntax errors itself.
  }
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, field: string) => {
    if (typeof value === 'string') {
      if (!isRelativeFile(value) || exists(besideFile(file.path, value))) return;
      const line = lines.find((entry) => entry.text.includes(value))?.line;
      problems.push({
        file: file.path,
        ...(line ? { line } : {}),
        field,
        message: `the file "${value}" does not exist (looked for ${besideFile(file.path, value)}). Check the file name and folder, or add the file.`,
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${field}[${index}]`));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, field ? `${field}.${key}` : key);
    }
  };
  visit(data, '');
  return problems;
}

/** The text after the front matter, code blanked out (so examples are not checked), and its first line. */
function body(text: string): { text: string; firstLine: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    start = end === -1 ? 0 : end + 1;
  }
  const rest = lines.slice(start).join('\n');
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return {
    text: rest.replace(/^(```|~~~)[\s\S]*?^\1/gm, blank).replace(/`[^`\n]*`/g, blank),
    firstLine: start + 1,
  };
}

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const TAG_IMAGE = /<(img|Image|Picture)\b([^>]*?)\/?>/g;
const ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{))/;

/** Images in the text: each needs alt text, and a file next to the entry must exist. */
export function bodyImageProblems(file: ContentFile, exists: (path: string) => boolean): ContentProblem[] {
  const { text, firstLine } = body(file.text);
  const lineAt = (index: number) => firstLine + text.slice(0, index).split('\n').length - 1;
  const problems: ContentProblem[] = [];
  const checkFile = (src: string, index: number) => {
    if (isRelativeFile(src) && !exists(besideFile(file.path, src))) {
      problems.push({
        file: file.path,
        line: lineAt(index),
        message: `the image file "${src}" does not exist (looked for ${besideFile(file.path, src)}). Check the file name and folder, or add the image.`,
      });
    }
  };
  for (const match of text.matchAll(MARKDOWN_IMAGE)) {
    const [, alt = '', src = ''] = match;
    if (!alt.trim()) {
      problems.push({
        file: file.path,
        line: lineAt(match.index),
        message: `the image "${src}" has no alt text, so people who cannot see it get nothing. Describe what it shows between the square brackets: ![A poster on a guesthouse wall](${src})`,
      });
    }
    checkFile(src, match.index);
  }
  for (const match of text.matchAll(TAG_IMAGE)) {
    const [, tag, attributes = ''] = match;
    const alt = ALT.exec(attributes);
    if (!alt || (!alt[3] && !(alt[1] ?? alt[2] ?? '').trim())) {
      problems.push({
        file: file.path,
        line: lineAt(match.index),
        message: `the <${tag}> has no alt text, so people who cannot see it get nothing. Add alt="…" describing what the image shows.`,
      });
    }
    const src = /\bsrc\s*=\s*["']([^"']+)["']/.exec(attributes)?.[1];
    if (src) checkFile(src, match.index);
  }
  return problems;
}

/** Dates in the front matter that do not exist on the calendar. */
export function impossibleDates(file: ContentFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { line, text } of frontmatterLines(file.text)) {
    const match = DATE_LINE.exec(text);
    if (!match) continue;
    const [, field, , y, m, d] = match;
    const year = Number(y);
    const month = Number(m);
    const day = Number(d);
    const written = `${y}-${m}-${d}`;
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)) continue;
    const why = month < 1 || month > 12 ? 'there is no month ' + month : `month ${month} of ${year} has ${daysIn(year, month)} days`;
    problems.push({
      file: file.path,
      line,
      field,
      message: `"${written}" is not a real date (${why}). Write the date as YYYY-MM-DD (year, month, day), e.g. 2025-11-25.`,
    });
  }
  return problems;
}

/**
 * Every problem in the content tree. `root` is the content folder's path as written in `files`
 * ('content'). Files outside a language folder are left to the content loader, which reports them.
 */
/** What can be wrong inside one file: impossible dates, missing files, pictures in the text without alt. */
export function checkContentFile(file: ContentFile, exists: (path: string) => boolean): ContentProblem[] {
  return [...impossibleDates(file), ...missingFrontmatterFiles(file, exists), ...bodyImageProblems(file, exists)];
}

export function checkContentTree(
  files: readonly ContentFile[],
  root: string,
  exists: (path: string) => boolean,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // collection → entry id ('en/x') → files
  const entries = new Map<string, Map<string, string[]>>();
  for (const file of files) {
    problems.push(...checkContentFile(file, exists));
    let id: string;
    try {
      id = localizedEntryId(file.path);
    } catch {
      continue;
    }
    const collection = collectionOf(file.path, root);
    const ids = entries.get(collection) ?? new Map<string, string[]>();
    ids.set(id, [...(ids.get(id) ?? []), file.path]);
    entries.set(collection, ids);
  }

  for (const ids of entries.values()) {
    for (const [id, paths] of ids) {
      if (paths.length < 2) continue;
      const [first, ...others] = [...paths].sort();
      for (const other of others) {
        problems.push({
          file: other,
          message: `has the same file name as ${first}, so both would be the entry "${id}" and one would silently replace the other. Keep one of them: merge the text into one file and delete the other, or give this one a different name.`,
        });
      }
    }

    // A file in one language only, next to a file in the other language only with a near-identical name:
    // almost always a translation saved under a slightly different name, which would publish two
    // half-translated entries instead of one translated one.
    const slugs: Record<Locale, Map<string, string>> = { lo: new Map(), en: new Map() };
    for (const [id, paths] of ids) {
      const [locale, slug] = id.split('/') as [Locale, string];
      slugs[locale].set(slug, [...paths].sort()[0]!);
    }
    const [lo, en] = locales;
    const onlyLo = [...slugs[lo]].filter(([slug]) => !slugs[en].has(slug));
    const onlyEn = [...slugs[en]].filter(([slug]) => !slugs[lo].has(slug));
    for (const [loSlug, loPath] of onlyLo) {
      for (const [enSlug, enPath] of onlyEn) {
        if (!looksLikeSameName(loSlug, enSlug)) continue;
        const ext = loPath.slice(loPath.lastIndexOf('.'));
        problems.push({
          file: loPath,
          message: `has no English version, and ${enPath}, with an almost identical name, has no Lao version. A translation must have the same file name in both language folders: if one translates the other, rename ${lo}/${loSlug}${ext} to ${enSlug}${ext}; if they are different entries, give them clearly different names.`,
        });
      }
    }
  }
  return problems;
}

/** One line per problem, as the build prints them. */
export function formatContentProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}
