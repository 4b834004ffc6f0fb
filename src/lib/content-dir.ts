import path from 'node:path';

/**
 * The folder content is read from. Tests point CONTENT_DIR at fixtures to prove that bad content stops
 * the build; everyone else uses ./content.
 */
export const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
