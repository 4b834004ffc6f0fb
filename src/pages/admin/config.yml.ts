/**
 * /admin/config.yml: the CMS configuration, generated from the content schemas and settings at build time
 * (src/cms/config.ts). CMS_REPO names the GitHub repository ("owner/name") staff publish to.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { collections } from '../../content.config';
import { getHelplines, getPartners, getTopics } from '../../data/settings';
import { cmsConfig } from '../../cms/config';
import { cmsSchemas } from '../../cms/schemas';

export const GET: APIRoute = async () => {
  const named = [...(await getTopics()), ...(await getHelplines()), ...(await getPartners())];
  const labels = new Map(named.map(({ id, name }) => [id, `${name.en} · ${name.lo}`]));
  const config = cmsConfig({
    repo: process.env.CMS_REPO ?? 'OWNER/REPOSITORY',
    branch: process.env.CMS_BRANCH ?? 'main',
    schemas: cmsSchemas(collections),
    labels,
  });
  const text = `# Generated from src/content.config.ts by src/pages/admin/config.yml.ts: do not edit.\n${stringify(config, { lineWidth: 0 })}`;
  return new Response(text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
