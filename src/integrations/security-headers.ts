/**
 * Writes dist/_headers (Cloudflare Pages / Netlify format) with the site's security headers, after trimming each
 * page's <meta> CSP to the hashes of its own inline scripts and styles (withOwnHashesOnly) and checking every
 * built page: each must carry Astro's <meta> CSP, and nothing in it may need an inline script the
 * policy does not allow. The header CSP is the pages' meta policies merged, plus frame-ancestors, so the two
 * policies a browser applies never contradict each other. The CMS at /admin/ has its own policy: it is left
 * out of the merge and gets an /admin/* rule that replaces the site's CSP there (`! Content-Security-Policy`,
 * Cloudflare Pages), so the CMS's needs never widen the readers' pages. Rules in public/_headers are kept after.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminPath, headerCsp, inlineScriptProblems, metaCsp, renderHeadersFile, securityHeaders, withOwnHashesOnly } from '../lib/security-headers';

export default function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const htmlFiles = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
        const policies: string[] = [];
        const adminPolicies: string[] = [];
        const problems: string[] = [];
        for (const file of htmlFiles.sort()) {
          const built = readFileSync(path.join(root, file), 'utf8');
          const html = withOwnHashesOnly(built);
          if (html !== built) writeFileSync(path.join(root, file), html);
          const policy = metaCsp(html);
          if (!policy) {
            problems.push(`${file}: has no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs?)`);
            continue;
          }
          const isAdmin = `/${file.split(path.sep).join('/')}`.startsWith(adminPath);
          (isAdmin ? adminPolicies : policies).push(policy);
          for (const problem of inlineScriptProblems(html, policy)) problems.push(`${file}: ${problem}`);
        }
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
        logger.info(`_headers written: security headers for ${htmlFiles.length} pages`);
      },
    },
  };
}
