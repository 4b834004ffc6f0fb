#!/usr/bin/env node
/**
 * `npm run new -- <kind> <slug>`: starts a new entry in both languages (content/<kind>/lo/<slug>.mdx and
 * en/<slug>.mdx) from a template with every required field, as a draft whose translation needs review.
 * Node runs this TypeScript as it is (type stripping), so it imports the library with its .ts extension.
 */
import path from 'node:path';
import { NewEntryError, createEntry, entryKinds } from '../src/lib/new-entry.ts';

const [kind, slug, ...rest] = process.argv.slice(2);
if (!kind || !slug || rest.length > 0) {
  console.error(`Usage: npm run new -- <kind> <slug>\n  kind: ${Object.keys(entryKinds).join(', ')}\n  e.g.  npm run new -- story fake-job-offers`);
  process.exit(1);
}
try {
  const files = createEntry({ contentDir: path.resolve(process.env.CONTENT_DIR ?? 'content'), kind, slug });
  console.log(`Created:\n${files.map((file) => `  ${path.relative(process.cwd(), file)}`).join('\n')}`);
  console.log('Replace every TODO in both files. They stay unpublished (draft: true) until you delete the draft line;');
  console.log('reviewNeeded: true lists them in the translation report until a native speaker has checked the Lao.');
} catch (error) {
  if (!(error instanceof NewEntryError)) throw error;
  console.error(`npm run new: ${error.message}`);
  process.exit(1);
}
