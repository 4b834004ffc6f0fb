import { expect, it } from 'vitest';
import { defineStrings } from '../../src/i18n/define-strings';

// These calls are checked by `astro check`: if a missing or extra Lao key stopped being a type error, the
// expect-error directives below would themselves fail the type check.
it('refuses a Lao table that lacks or adds a key (at type-check time)', () => {
  // @ts-expect-error — 'b' is missing in Lao
  const missing = defineStrings({ en: { a: 'A', b: 'B' }, lo: { a: 'ກ' } });
  // @ts-expect-error — 'c' does not exist in English
  const extra = defineStrings({ en: { a: 'A' }, lo: { a: 'ກ', c: 'ຄ' } });
  const complete = defineStrings({ en: { a: 'A' }, lo: { a: 'ກ' } });
  expect([missing, extra, complete].length).toBe(3);
});
