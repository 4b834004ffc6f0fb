/**
 * The zod schema of each collection the CMS edits, taken from the collections of src/content.config.ts.
 * Astro calls schema functions with its image() helper; here an image is a string marked as one, so the
 * CMS offers a picture chooser (the build still checks the file).
 */
import { z } from 'astro/zod';
import { cmsCollections, type CmsCollectionName } from './config';
import { IMAGE } from './fields';

type Collection = { schema?: unknown };

export const markedImage = () => z.string().describe(IMAGE);

export function collectionSchema(collection: Collection, image: () => z.ZodType = markedImage): z.ZodType {
  const { schema } = collection;
  if (typeof schema === 'function') return schema({ image }) as z.ZodType;
  if (schema) return schema as z.ZodType;
  throw new Error('a collection the CMS edits has no schema');
}

export function cmsSchemas(collections: Record<CmsCollectionName, Collection>): Record<CmsCollectionName, z.ZodType> {
  return Object.fromEntries(
    Object.keys(cmsCollections).map((name) => [name, collectionSchema(collections[name as CmsCollectionName])]),
  ) as Record<CmsCollectionName, z.ZodType>;
}
