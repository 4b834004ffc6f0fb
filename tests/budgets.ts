/**
 * Page-weight budgets, one place: what each type of page may cost a reader before any image, in kB
 * (1000 bytes) of gzip HTML + CSS + JS + fonts, and of JavaScript alone. The first pattern that matches a
 * page's path applies. Enforced by tests/e2e/budgets.spec.ts on the heaviest page of each type in each
 * language; docs/performance.md lists the measurements behind the numbers.
 */
import type { Budget } from '../src/lib/quality/budgets';

const section = (name: string) => new RegExp(`^/(lo|en)/${name}/`);
const entryIn = (name: string) => new RegExp(`^/(lo|en)/${name}/(?!page/|\\d+/)[^/]+/$`);

export const budgets: Budget[] = [
  { type: 'home', pattern: /^\/(lo|en)\/$/, totalKB: 45, jsKB: 10 },
  { type: 'story', pattern: entryIn('stories'), totalKB: 40, jsKB: 10 },
  { type: 'search', pattern: section('search'), totalKB: 50, jsKB: 15 },
  { type: 'campaign', pattern: section('16-days'), totalKB: 50, jsKB: 10 },
  { type: 'poster', pattern: section('posters'), totalKB: 45, jsKB: 10 },
  { type: 'video', pattern: section('videos'), totalKB: 40, jsKB: 10 },
  { type: 'content page', pattern: /./, totalKB: 40, jsKB: 10 },
];
