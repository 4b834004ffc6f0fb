/**
 * A phone's own Lao font, for the browser under test: Android ships Noto Sans Lao, this machine may not.
 * Writes a fontconfig file that adds the regular and bold Noto Sans Lao TTFs (the renderer's copies, from
 * @expo-google-fonts/noto-sans-lao) to the system's fonts; Chromium launched with FONTCONFIG_FILE pointing at
 * it finds them as installed fonts, so CSS local('Noto Sans Lao Regular') matches as it does on a phone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The environment for a Chromium that has Noto Sans Lao installed. */
export function deviceLaoFontEnv(): Record<string, string> {
  const dirs = ['400Regular/NotoSansLao_400Regular.ttf', '700Bold/NotoSansLao_700Bold.ttf'].map((file) =>
    path.dirname(require.resolve(`@expo-google-fonts/noto-sans-lao/${file}`)),
  );
  const folder = path.join(tmpdir(), `device-fonts-${process.getuid?.() ?? 0}`);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${dirs.map((dir) => `  <dir>${dir}</dir>`).join('\n')}
  <cachedir>${path.join(folder, 'cache')}</cachedir>
</fontconfig>
`,
  );
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  return { ...env, FONTCONFIG_FILE: file };
}
