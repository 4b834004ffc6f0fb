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
// tests/e2e/budgets.spec.ts checks that such a phone downloads none. About 0.5 kB above the pages as
// measured on 2026-12-07 (branch weight: the print rules in the stories' and materials' utilities file, no
// players' frames or WebAssembly in the CSP of pages without them, shorter script names; story en 11.74,
// lo 12.80 kB; docs/performance.md has every figure). The goal for a story (what most readers arrive on from a
// shared link) is 12 kB in English and 16 kB in Lao: both are reached, and the English budget is the goal
// itself (0.26 kB above the page).
export const budgets: Budget[] = [
  { type: 'home', pattern: /^\/(lo|en)\/$/, totalKB: 12.2, jsKB: 5 },
  { type: 'story', pattern: entryIn('stories', 'en'), totalKB: 12, jsKB: 5 },
  { type: 'story', pattern: entryIn('stories', 'lo'), totalKB: 13.3, jsKB: 5 },
  { type: 'search', pattern: section('search'), totalKB: 14, jsKB: 6 },
  { type: 'campaign', pattern: section('16-days'), totalKB: 14.1, jsKB: 5 },
  { type: 'poster', pattern: section('posters'), totalKB: 11.9, jsKB: 5 },
  { type: 'video', pattern: section('videos'), totalKB: 9.3, jsKB: 5 },
  { type: 'content page', pattern: /./, totalKB: 13.7, jsKB: 5 },
];
