/** File sizes and types as readers see them next to a download: "TXT · 2.3 kB" / "TXT · 2,3 kB". */
import { localeTags, type Locale } from '../i18n/locales';

export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] =
    bytes < 1000 ? [bytes, 'byte'] : bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(localeTags[locale], {
    style: 'unit',
    unit,
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  }).format(value);
}

/** 'signs-of-trafficking.pdf' → 'PDF'. */
export function fileType(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toUpperCase();
}
