/**
 * What the translators still have to do: entries that exist in one language only, and translations marked
 * `reviewNeeded: true` for a native speaker. Reads content files directly, so it runs without a build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { frontmatterLines, topLevelValue } from './frontmatter';
import { locales, type Locale } from '../i18n/locales';

export interface TranslationReport {
  /** 'stories/fake-job-offers' → the languages it is missing in. */
  missing: { entry: string; has: Locale[]; lacks: Locale[] }[];
  /** Files whose translation a native speaker should review. */
  reviewNeeded: string[];
}

const CONTENT_FILE = /\.(md|mdx)$/;

/** The two flags the report needs, each from its own line (see topLevelValue). */
function flags(file: string): { draft: boolean; reviewNeeded: boolean } {
  const lines = frontmatterLines(readFileSync(file, 'utf8'));
  return { draft: topLevelValue(lines, 'draft') === true, reviewNeeded: topLevelValue(lines, 'reviewNeeded') === true };
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export function translationReport(contentDir: string): TranslationReport {
  const report: TranslationReport = { missing: [], reviewNeeded: [] };
  for (const collection of listDir(contentDir).sort()) {
    const collectionDir = path.join(contentDir, collection);
    if (collection === 'settings' || !statSync(collectionDir).isDirectory()) continue;
    const slugs = new Map<string, Locale[]>();
    for (const locale of locales) {
      for (const name of listDir(path.join(collectionDir, locale)).sort()) {
        if (!CONTENT_FILE.test(name)) continue;
        const file = path.join(collectionDir, locale, name);
        const data = flags(file);
        if (data.draft === true) continue;
        const slug = name.replace(CONTENT_FILE, '');
        slugs.set(slug, [...(slugs.get(slug) ?? []), locale]);
        if (data.reviewNeeded === true) report.reviewNeeded.push(path.relative(contentDir, file));
      }
    }
    for (const [slug, has] of [...slugs].sort(([a], [b]) => a.localeCompare(b))) {
      const lacks = locales.filter((locale) => !has.includes(locale));
      if (lacks.length > 0) report.missing.push({ entry: `${collection}/${slug}`, has, lacks });
    }
  }
  return report;
}

/** The report as plain text for the terminal. */
export function formatTranslationReport(report: TranslationReport): string {
  const lines = ['Translation report'];
  lines.push(
    report.missing.length === 0
      ? '  Every published entry exists in both languages.'
      : `  Missing translations (${report.missing.length}): shown in the other language with a notice until added`,
  );
  for (const item of report.missing) lines.push(`    ${item.entry}: add ${item.lacks.map((l) => `${l}/`).join(', ')} version`);
  lines.push(`  Translations awaiting a native speaker's review (${report.reviewNeeded.length}):`);
  for (const file of report.reviewNeeded) lines.push(`    ${file}`);
  return lines.join('\n');
}
