/**
 * The files offered with a material: a plain-text copy built from the entry itself (so it never goes out of
 * date), then any files listed in its `downloads` field, read from next to the entry file. The page and the
 * endpoint that serves the files both use this, so the size shown is the size served.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localizedPath } from '../i18n/urls';
import { useTranslations } from '../i18n/ui';
import { fileType } from '../lib/file-size';
import { plainTextDocument } from '../lib/plain-text';
import type { Localized } from './entries';
import { getHelplines } from './settings';

export interface Download {
  fileName: string;
  href: string;
  label: string;
  /** 'TXT', 'PDF'… */
  type: string;
  bytes: number;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
}

const contentTypes: Record<string, string> = {
  TXT: 'text/plain; charset=utf-8',
  PDF: 'application/pdf',
  PNG: 'image/png',
  JPG: 'image/jpeg',
  JPEG: 'image/jpeg',
};

/** A byte-order mark: tells a browser or text app the file is UTF-8 even when the host sends no charset. */
const BOM = '\uFEFF';

export async function materialDownloads(item: Localized<'materials'>): Promise<Download[]> {
  const { entry, locale, contentLocale, slug } = item;
  const pagePath = localizedPath(locale, `materials/${slug}`);
  const t = useTranslations(contentLocale);
  const helplines = await getHelplines();

  const text = plainTextDocument({
    title: entry.data.title,
    description: entry.data.description,
    body: entry.body ?? '',
    sections: [
      {
        heading: t('material.helplines'),
        lines: helplines.map((line) => `${line.number}  ${line.name[contentLocale]} (${line.serves[contentLocale]})`),
      },
    ],
    footer: t('material.from', { url: new URL(pagePath, import.meta.env.SITE).href }),
  });
  const textFile = `${slug}-${contentLocale}.txt`;
  const downloads: Download[] = [
    {
      fileName: textFile,
      href: `${pagePath}${textFile}`,
      label: useTranslations(locale)('material.plainText'),
      type: 'TXT',
      contentType: contentTypes.TXT!,
      body: new TextEncoder().encode(BOM + text),
      bytes: 0,
    },
  ];

  entry.data.downloads.forEach((download, index) => {
    const source = path.resolve(path.dirname(entry.filePath ?? ''), download.file);
    if (!existsSync(source)) {
      throw new Error(
        `${entry.filePath}: downloads[${index}].file "${download.file}" was not found at ${source}. Put the file next to the entry (paths are relative to it) or fix the name.`,
      );
    }
    const fileName = path.basename(source);
    const type = fileType(fileName);
    downloads.push({
      fileName,
      href: `${pagePath}${fileName}`,
      label: download.label,
      type,
      contentType: contentTypes[type] ?? 'application/octet-stream',
      body: new Uint8Array(readFileSync(source)),
      bytes: 0,
    });
  });
  return downloads.map((download) => ({ ...download, bytes: download.body.byteLength }));
}
