/**
 * Page-weight budgets: what a page may cost a reader on metered data before any image, per page type.
 * Pure: the e2e test measures, this decides.
 */

/** Bytes as they travel gzip-compressed, by what they are. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  font: number;
}

export interface Budget {
  /** Name of the page type, e.g. 'story'. */
  type: string;
  /** Matches the page's path, e.g. /^\/(lo|en)\/stories\/[^/]+\/$/. The first budget that matches applies. */
  pattern: RegExp;
  /** HTML + CSS + JS + fonts, gzip, in kB (1000 bytes). */
  totalKB: number;
  /** JavaScript alone, gzip, in kB. */
  jsKB: number;
}

export const totalBytes = (weight: PageWeight) => weight.html + weight.css + weight.js + weight.font;

export function budgetFor(path: string, budgets: readonly Budget[]): Budget {
  const budget = budgets.find((candidate) => candidate.pattern.test(path));
  if (!budget) throw new Error(`No budget matches ${path}: end the list with a catch-all (pattern /./).`);
  return budget;
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** What is over budget, in words; empty when the page is within it. */
export function overBudget(path: string, weight: PageWeight, budget: Budget): string[] {
  const problems: string[] = [];
  const total = totalBytes(weight);
  if (total > budget.totalKB * 1000) {
    problems.push(
      `${path} (${budget.type}) weighs ${kB(total)} kB gzip before images (HTML ${kB(weight.html)}, CSS ${kB(weight.css)}, JS ${kB(weight.js)}, fonts ${kB(weight.font)}); the budget is ${budget.totalKB} kB`,
    );
  }
  if (weight.js > budget.jsKB * 1000) {
    problems.push(`${path} (${budget.type}) loads ${kB(weight.js)} kB of JavaScript (gzip); the budget is ${budget.jsKB} kB`);
  }
  return problems;
}

/** Which bucket a response belongs to, from the browser's resource type and the file name. */
export function weightKind(resourceType: string, url: string): keyof PageWeight | undefined {
  const pathname = new URL(url).pathname;
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || pathname.endsWith('.css')) return 'css';
  if (resourceType === 'script' || /\.(m?js|wasm)$/.test(pathname)) return 'js';
  if (resourceType === 'font' || /\.(woff2?|ttf|otf)$/.test(pathname)) return 'font';
  return undefined;
}

/** Hosts other than the site's own that the page contacted (data: and blob: stay on the phone). */
export function foreignHosts(urls: readonly string[], siteOrigin: string): string[] {
  const own = new URL(siteOrigin).origin;
  const hosts = new Set<string>();
  for (const url of urls) {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.origin === own) continue;
    hosts.add(parsed.host || parsed.protocol);
  }
  return [...hosts].sort();
}
