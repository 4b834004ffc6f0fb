import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPublicAddress, LOCAL_ADDRESS, readSiteAddress, releaseProblem, siteAddress } from '../../src/lib/site-address';

const settingFile = 'content/settings/site.yaml';

/** A content folder whose settings/site.yaml holds `yaml`. */
function contentWith(yaml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-address-'));
  mkdirSync(path.join(dir, 'settings'));
  writeFileSync(path.join(dir, 'settings', 'site.yaml'), yaml);
  return dir;
}

describe('site address', () => {
  it('is the local preview address when nothing is set: not public, served at the root', () => {
    const address = siteAddress({ settingFile });
    expect(address.url.href).toBe(LOCAL_ADDRESS);
    expect(address.base).toBe('/');
    expect(address.isPublic).toBe(false);
  });

  it('comes from url: in the settings, and SITE_URL overrides it', () => {
    const dir = contentWith('- id: site\n  url: https://stop-trafficking.example.org\n');
    expect(readSiteAddress(dir, {}).url.href).toBe('https://stop-trafficking.example.org/');
    const overridden = readSiteAddress(dir, { SITE_URL: 'https://org.github.io/hub' });
    expect(overridden.url.href).toBe('https://org.github.io/hub/');
    expect(overridden.source).toBe('SITE_URL');
  });

  it('gives the path of a project site as the base every address starts with', () => {
    const address = siteAddress({ env: 'https://org.github.io/laos-hub/', settingFile });
    expect(address.base).toBe('/laos-hub/');
    expect(address.isPublic).toBe(true);
  });

  it('stops on an address that is not one, naming the setting and the fix', () => {
    expect(() => siteAddress({ setting: 'example.org', settingFile })).toThrow(
      'content/settings/site.yaml: url: "example.org" is not a web address. Write the full address readers use, e.g. https://example.org/',
    );
    expect(() => siteAddress({ env: 'ftp://example.org/', settingFile })).toThrow('SITE_URL: "ftp://example.org/" must start with https://');
    expect(() => siteAddress({ env: 'https://example.org/?lang=lo', settingFile })).toThrow('without ?, #');
  });

  it('counts only https addresses on a real host as public', () => {
    for (const url of ['https://example.org/', 'https://org.github.io/repo/']) expect(isPublicAddress(new URL(url)), url).toBe(true);
    for (const url of ['http://example.org/', 'https://localhost:4321/', 'https://127.0.0.1/', 'https://intranet/', 'https://site.localhost/']) {
      expect(isPublicAddress(new URL(url)), url).toBe(false);
    }
  });
});

describe('release builds', () => {
  it('refuse a local address with one message saying where to set the public one', () => {
    const problem = releaseProblem(siteAddress({ settingFile }));
    expect(problem).toContain('A release build needs the site\'s public address, but it is http://localhost:4321/');
    expect(problem).toContain('Set url: in content/settings/site.yaml');
    expect(problem).toContain('SITE_URL');
  });

  it('go ahead with a public address', () => {
    expect(releaseProblem(siteAddress({ env: 'https://org.github.io/hub/', settingFile }))).toBeUndefined();
  });
});
