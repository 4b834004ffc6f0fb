/** /admin/ serves the CMS's icon font itself; an upgrade that moves the font's address stops the build. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { iconFontFile, localesFolder, selfHostedCms } from '../../src/cms/self-host';

const require = createRequire(import.meta.url);
const bundle = readFileSync(path.join(path.dirname(require.resolve('@sveltia/cms')), '../dist/sveltia-cms.js'), 'utf8');

describe('self-hosted CMS', () => {
  it('reads its icon font and interface languages from /admin/, not from a CDN', () => {
    const script = selfHostedCms(bundle);
    expect(script).not.toMatch(/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols/);
    expect(script).toContain(`src:url(${iconFontFile})`);
    expect(script).not.toMatch(/\/locales`/);
    expect(script).toContain(`=\`${localesFolder}\``);
  });

  it('stops with a message when the CMS no longer asks for the font where expected', () => {
    expect(() => selfHostedCms('console.log("a different CMS")')).toThrow(/no longer loads its icon font from the address expected/);
    const withoutLocales = bundle.replace(/`\$\{\w+\}@\$\{\w+\}\/locales`/g, '`/elsewhere`');
    expect(() => selfHostedCms(withoutLocales)).toThrow(/no longer loads its interface languages from the address expected/);
  });
});
