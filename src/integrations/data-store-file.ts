/**
 * In `astro build`, the pages read the content collections' data from Astro's data store file
 * (<cacheDir>/data-store.json) as they are rendered, instead of from a copy of it bundled into the build's
 * server code.
 *
 * Astro bundles the whole store (every entry's front matter, Markdown body and rendered HTML) as one string
 * literal in a module. At 3,000 stories per language that literal is 52 MB: the bundler parses, copies and
 * writes it, and Node then keeps the module's source in memory, twice the size since Lao text takes two
 * bytes a character, for the rest of the build. Read from the file, the text is parsed once and dropped
 * (docs/performance.md, "The data store").
 *
 * Static output only: the file is read on this computer during the build, and the server code that names it
 * is not published. Dev keeps Astro's module, which reloads when content changes.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's virtual module of the data store, as resolved (astro/dist/content/consts.js). */
const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content';
/** Astro's data store file in its cache folder (astro/dist/content/paths.js, `getDataStoreFile`). */
const DATA_STORE_FILE = 'data-store.json';

/** The module that replaces Astro's: the same value (the store, devalue-flattened), read when it runs. */
export function dataStoreModule(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export function dataStoreFile(): AstroIntegration {
  return {
    name: 'data-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        // Other storage forms load differently (and incremental builds track this module): leave them to Astro.
        const experimental = config.experimental as Record<string, unknown>;
        if (config.output !== 'static' || (experimental.collectionStorage ?? 'single-file') !== 'single-file' || experimental.incrementalBuild) {
          logger.info('the content data store is bundled (Astro default): the output is not static, or the data store is stored in chunks or built incrementally');
          return;
        }
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'data-store-file',
                apply: 'build',
                load: {
                  // Before Astro's own plugin, which would return the bundled copy.
                  order: 'pre',
                  filter: { id: new RegExp(`^${RESOLVED_DATA_STORE_ID}$`) },
                  handler(id) {
                    // No file: no collections yet, and Astro's module is an empty store. Browser code never
                    // imports the store, but if it did, it could not read a file.
                    if (id !== RESOLVED_DATA_STORE_ID || !existsSync(file) || this.environment.config.consumer !== 'server') return null;
                    return { code: dataStoreModule(file), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
