/**
 * Declares one area's interface strings in both languages. The Lao table must have exactly the English
 * keys: a missing or extra key is a type error, so no language can fall behind silently.
 */
export interface StringTables<K extends string> {
  en: Record<K, string>;
  lo: Record<K, string>;
}

export function defineStrings<const E extends Record<string, string>>(tables: {
  en: E;
  lo: { [K in keyof E]: string };
}): StringTables<Extract<keyof E, string>> {
  return tables as StringTables<Extract<keyof E, string>>;
}
