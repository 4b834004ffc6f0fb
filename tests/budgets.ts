/**
 * Page-weight budgets, one place: what each type of page may cost a reader before any image, in kB
 * (1000 bytes) of gzip HTML + CSS + JS + fonts, and of JavaScript alone. The first pattern that matches a
 * page's path applies. Enforced by tests/e2e/budgets.spec.ts on the heaviest page of each type in each
 * language; docs/performance.md lists the measurements behind the numbers.
 */
import type { Budget } from '../src/lib/quality/budgets';

const section = (name: string) => new RegExp(`^/(lo|en)/${name}/`);
const entryIn = (name: string, locale = '(lo|en)') => new RegExp(`^/${locale}/${name}/(?!page/|\\d+/)[^/]+/$`);

// Measured on a phone that has its own Lao font (Android ships Noto Sans Lao), so no web font is counted:
// tests/e2e/budgets.spec.ts checks that such a phone downloads none. A story is what most readers arrive
// on from a shared link: 12 kB in English, 16 kB in Lao (Lao text is about 1.5 times the bytes).
export const budgets: Budget[] = [
  { type: 'home', pattern: /^\/(lo|en)\/$/, totalKB: 20, jsKB: 5 },
  { type: 'story', pattern: entryIn('stories', 'en'), totalKB: 12, jsKB: 5 },
  { type: 'story', pattern: entryIn('stories', 'lo'), totalKB: 16, jsKB: 5 },
  { type: 'search', pattern: section('search'), totalKB: 25, jsKB: 10 },
  { type: 'campaign', pattern: section('16-days'), totalKB: 25, jsKB: 5 },
  { type: 'poster', pattern: section('posters'), totalKB: 20, jsKB: 5 },
  { type: 'video', pattern: section('videos'), totalKB: 20, jsKB: 5 },
  { type: 'content page', pattern: /./, totalKB: 20, jsKB: 5 },
];
