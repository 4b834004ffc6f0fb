/** Site-wide settings from content/settings: help lines, partners, navigation, topics, site. */
import { getCollection, getEntry } from 'astro:content';

export async function getSiteSettings() {
  const site = await getEntry('site', 'site');
  if (!site) throw new Error('content/settings/site.yaml: the entry "- id: site" is missing. Restore it.');
  return site.data;
}

export const getHelplines = async () => (await getCollection('helplines')).map((entry) => entry.data);
export const getPartners = async () => (await getCollection('partners')).map((entry) => entry.data);
export const getNavigation = async () => (await getCollection('navigation')).map((entry) => entry.data);
export const getTopics = async () => (await getCollection('topics')).map((entry) => entry.data);
