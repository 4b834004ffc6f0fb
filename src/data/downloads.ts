/**
 * The files offered with a material, all built from the entry itself so they never go out of date: a
 * printable A4 PDF of vector text (src/lib/graphics/layouts/material-sheet.ts, Lao shaped by HarfBuzz) and a plain-text copy; then any
 * files listed in its `downloads` field, read from next to the entry file. The page and the endpoint that
 * serves the files both use this, so the size shown is the size served.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localizedPath } from '../i18n/urls';
import { useTranslations } from '../i18n/ui';
import { fileType } from '../lib/file-size';
import { plainTextDocument } from '../lib/plain-text';
import { isPublicAddress } from '../lib/site-address';
import { cachedRender } from '../lib/build-cache';
import { RENDERER_FILES } from '../lib/graphics/render';
import { renderMaterialPdf, type MaterialSheet } from '../lib/graphics/layouts/material-sheet';
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

/** Rendering a sheet takes seconds: once per material and page, shared by the page and the endpoint. */
const sheets = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

function printableSheet(key: string, render: () => Promise<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  let sheet = sheets.get(key);
  if (!sheet) {
    sheet = render().then((bytes) => new Uint8Array(bytes));
    sheets.set(key, sheet);
  }
  return sheet;
}

export async function materialDownloads(item: Localized<'materials'>): Promise<Download[]> {
  const { entry, locale, contentLocale, slug } = item;
  const pagePath = localizedPath(locale, `materials/${slug}`);
  const pageUrl = new URL(pagePath, import.meta.env.SITE).href;
  const pageT = useTranslations(locale);
  const t = useTranslations(contentLocale);
  const body = entry.body ?? '';

  // Files listed by staff first: a missing one stops the build before any slow rendering.
  const listed = entry.data.downloads.map((download, index) => {
    const source = path.resolve(path.dirname(entry.filePath ?? ''), download.file);
    if (!existsSync(source)) {
      throw new Error(
        `${entry.filePath}: downloads[${index}].file "${download.file}" was not found at ${source}. Put the file next to the entry (paths are relative to it) or fix the name.`,
      );
    }
    const fileName = path.basename(source);
    const type = fileType(fileName);
    return { fileName, label: download.label, type, contentType: contentTypes[type] ?? 'application/octet-stream', body: new Uint8Array(readFileSync(source)) };
  });

  const helplines = await getHelplines();
  const sheet: MaterialSheet = {
    lang: contentLocale,
    title: entry.data.title,
    description: entry.data.description,
    body,
    helpLines: helplines.map((line) => ({ number: line.number, label: line.name[contentLocale] })),
    helpLinesTitle: t('material.helplines'),
    url: pageUrl,
    ...(isPublicAddress(new URL(pageUrl)) ? {} : { stamp: t('posters.printed.preview') }),
  };
  // Kept between builds too (lib/build-cache): redrawn only when the sheet or the renderer changes.
  const pdf = await printableSheet(`${pageUrl} ${entry.digest ?? body}`, () =>
    cachedRender({ kind: 'material-sheet', version: 1, inputs: sheet, files: RENDERER_FILES }, () => renderMaterialPdf(sheet)),
  );
  const text = plainTextDocument({
    title: entry.data.title,
    description: entry.data.description,
    body,
    sections: [
      {
        heading: t('material.helplines'),
        lines: helplines.map((line) => `${line.number}  ${line.name[contentLocale]} (${line.serves[contentLocale]})`),
      },
    ],
    footer: t('material.from', { url: pageUrl }),
  });

  const files = [
    { fileName: `${slug}-${contentLocale}-a4.pdf`, label: pageT('material.pdf'), type: 'PDF', contentType: contentTypes.PDF!, body: pdf },
    {
      fileName: `${slug}-${contentLocale}.txt`,
      label: pageT('material.plainText'),
      type: 'TXT',
      contentType: contentTypes.TXT!,
      body: new TextEncoder().encode(BOM + text),
    },
    ...listed,
  ];
  return files.map((file) => ({ ...file, href: `${pagePath}${file.fileName}`, bytes: file.body.byteLength }));
}
