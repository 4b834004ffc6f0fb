/** Site-wide settings from content/settings: help lines, partners, navigation, topics, site. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { contentDir } from '../lib/content-dir';
import { readSettingsIds } from '../lib/settings-ids';
import { oncePerBuild } from './once-per-build';

type SettingsList = 'helplines' | 'partners' | 'navigation' | 'topics';

/** Entries in the order staff wrote them in the file: that order is what readers see. Every page asks. */
const inFileOrderOnce = oncePerBuild(async (collection: SettingsList) => {
  const order = readSettingsIds(contentDir, `${collection}.yaml`);
  const entries = await getCollection(collection);
  return entries.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)).map((entry) => entry.data);
});

// Typed per collection: without the cast the entries would be a union of every settings list's.
const inFileOrder = <C extends SettingsList>(collection: C) => inFileOrderOnce(collection) as Promise<CollectionEntry<C>['data'][]>;

export async function getSiteSettings() {
  const site = await getEntry('site', 'site');
  if (!site) throw new Error('content/settings/site.yaml: the entry "- id: site" is missing. Restore it.');
  return site.data;
}

export const getHelplines = () => inFileOrder('helplines');
export const getPartners = () => inFileOrder('partners');
export const getNavigation = () => inFileOrder('navigation');
export const getTopics = () => inFileOrder('topics');
