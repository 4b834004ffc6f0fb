/** Graphics and pages share one colour file: src/styles/tokens.css. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colour, GRAPHIC_COLOURS, parseColourTokens, TOKENS_FILE } from '../../src/lib/graphics/tokens';

const css = readFileSync(TOKENS_FILE, 'utf8');

describe('colour tokens', () => {
  it('reads --color-* values from CSS', () => {
    expect(parseColourTokens('@theme { --color-brand: #0B5259; --color-x: var(--y); }')).toEqual({ brand: '#0b5259' });
  });

  it('has every colour the graphics use, as #rrggbb in tokens.css', () => {
    const tokens = parseColourTokens(css);
    for (const name of GRAPHIC_COLOURS) expect(tokens[name], `--color-${name}`).toMatch(/^#[0-9a-f]{6}$/);
    expect(colour('brand')).toBe(tokens['brand']);
  });

  it('is the file the site\'s stylesheet imports', () => {
    expect(readFileSync(path.resolve('src/styles/global.css'), 'utf8')).toContain("@import './tokens.css';");
  });

  it('is the only place graphics code writes a colour', () => {
    const files = ['src/lib/graphics', 'src/lib/graphics/layouts']
      .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)))
      .concat(['src/lib/posters.ts', 'src/lib/campaign-cards.ts']);
    for (const file of files) {
      // Comments may quote a colour; code may not.
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/['"`]#[0-9a-fA-F]{3,8}['"`]/);
    }
  });
});
