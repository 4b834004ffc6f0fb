/**
 * Writes dist/_headers (Cloudflare Pages / Netlify format) with the site's security headers, after trimming each
 * page's <meta> CSP to the hashes of its own inline scripts and styles (withOwnHashesOnly), without the video
 * players' hosts or WebAssembly where the page has neither (withoutUnusedAllowances), and checking every
 * built page: each must carry Astro's <meta> CSP, and nothing in it may need an inline script the
 * policy does not allow. The header CSP is the pages' meta policies merged, plus frame-ancestors, so the two
 * policies a browser applies never contradict each other. The CMS at /admin/ has its own policy: it is left
 * out of the merge and gets an /admin/* rule that replaces the site's CSP there (`! Content-Security-Policy`,
 * Cloudflare Pages), so the CMS's needs never widen the readers' pages. Rules in public/_headers are kept after.
 *
 * A step of the one pass over the built pages (built-pages.ts); it rewrites pages, so it goes first.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { adminPath, headerCsp, inlineScriptProblems, metaCsp, renderHeadersFile, securityHeaders, withoutUnusedAllowances, withOwnHashesOnly } from '../lib/security-headers';
import { detached } from '../lib/detached-string';
import type { PagePass } from './built-pages';

export function securityHeadersPass(): PagePass {
  const policies: string[] = [];
  const adminPolicies: string[] = [];
  const problems: string[] = [];
  let pages = 0;
  return {
    name: 'security headers',
    page: ({ file, html: built }) => {
      pages++;
      const html = withoutUnusedAllowances(withOwnHashesOnly(built));
      const policy = metaCsp(html);
      if (!policy) {
        problems.push(`${file}: has no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs?)`);
        return html;
      }
      // Kept until the end: a copy, not a view into the page (src/lib/detached-string.ts).
      (`/${file}`.startsWith(adminPath) ? adminPolicies : policies).push(detached(policy));
      for (const problem of inlineScriptProblems(html, policy)) problems.push(`${file}: ${problem}`);
      return html;
    },
    finish: ({ root, logger }) => {
      if (problems.length > 0) {
        throw new Error(`Pages the Content-Security-Policy would break:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
      const file = path.join(root, '_headers');
      const ownRules = existsSync(file) ? `\n${readFileSync(file, 'utf8')}` : '';
      const headers = { 'Content-Security-Policy': headerCsp(policies), ...securityHeaders };
      const admin =
        adminPolicies.length > 0
          ? [{ path: `${adminPath}*`, detach: ['Content-Security-Policy'], headers: { 'Content-Security-Policy': headerCsp(adminPolicies) } }]
          : [];
      writeFileSync(
        file,
        `# Written by src/integrations/security-headers.ts at build.\n${renderHeadersFile([{ path: '/*', headers }, ...admin])}${ownRules}`,
      );
      logger.info(`_headers written: security headers for ${pages} pages`);
    },
  };
}
