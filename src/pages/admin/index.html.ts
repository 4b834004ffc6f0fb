/**
 * /admin/: the CMS for communications staff (docs/staff/using-the-cms.md). A plain page that loads the
 * self-hosted Sveltia CMS, which reads ./config.yml. Never linked from the site, kept out of the sitemap and
 * the search index, marked noindex, and given its own Content-Security-Policy (src/lib/security-headers.ts).
 */
import type { APIRoute } from 'astro';
import { adminCspDirectives } from '../../lib/security-headers';

const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="content-security-policy" content="${adminCspDirectives.join('; ')}">
<title>Content manager</title>
</head>
<body>
<noscript><h1>Content manager</h1><p>The content manager needs JavaScript. Turn it on for this site, or edit the files in content/ (docs/staff/).</p></noscript>
<script src="sveltia-cms.js"></script>
</body>
</html>
`;

export const GET: APIRoute = () => new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
