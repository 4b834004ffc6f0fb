/** html-validate with the project's ruleset (.htmlvalidate.json, explained in docs/quality-gates.md). */
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const configFile = path.resolve(import.meta.dirname, '../../.htmlvalidate.json');
const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData));

/** Every problem html-validate finds in a page, one line each: 'name:line:column rule: message'. */
export async function htmlProblems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${name}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
}
