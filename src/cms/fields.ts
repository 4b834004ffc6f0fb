/**
 * Turns a content schema (zod) into the CMS's form fields, so the editor offers exactly the fields the build
 * accepts: required where the schema requires them, lists of choices where it allows only some values,
 * date pickers that write YYYY-MM-DD. Pure: tests compare the result with the schemas (tests/unit/cms-config.test.ts).
 */
import type { z } from 'astro/zod';

/** Marks image fields: src/pages/admin/config.yml.ts passes `image: () => z.string().describe(IMAGE)` to the schemas. */
export const IMAGE = 'cms:image';

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: false;
  /** true: written separately in each language; 'duplicate': the same value in both files. */
  i18n?: true | 'duplicate';
  default?: unknown;
  hint?: string;
  options?: { label: string; value: string | number }[];
  multiple?: boolean;
  min?: number;
  value_type?: 'int';
  fields?: CmsField[];
  field?: CmsField;
  pattern?: [string, string];
  time_format?: false;
  format?: string;
  date_format?: string;
  media_folder?: string;
  public_folder?: string;
}

/** Per-field choices the schema cannot say: labels for ids, longer text boxes, defaults for new entries. */
export interface FieldHints {
  /** Readable names of ids (topics, help lines, partners) from content/settings. */
  labels: ReadonlyMap<string, string>;
  /** Fields a refinement makes required although the object marks them optional (stories' cover). */
  alsoRequired: readonly string[];
  /** Defaults for new entries that differ from the schema's (a new entry starts as a draft). */
  defaults: Readonly<Record<string, unknown>>;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Fields in each language's own words; everything else (dates, choices, pictures) is the same in both files. */
const TRANSLATED_FLAGS = new Set(['draft', 'reviewNeeded']);
const LONG_TEXT = new Set(['description', 'message', 'intro']);

function label(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The schema under optional/default wrappers, whether it may be left out, and its default. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional') optional = true;
    else if (def.type === 'default') {
      optional = true;
      defaultValue = def.defaultValue;
    } else break;
    inner = def.innerType as z.ZodType;
  }
  return { inner, optional, ...(defaultValue !== undefined ? { defaultValue } : {}) };
}

function regexOf(def: Def): RegExp | undefined {
  const checks = (def.checks as { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[] | undefined) ?? [];
  return checks.map((check) => check._zod.def).find((check) => check.format === 'regex')?.pattern;
}

/** What the form offers for one schema value (without name and label). */
function widgetFor(name: string, schema: z.ZodType, hints: FieldHints): Omit<CmsField, 'name' | 'label'> {
  const def = defOf(schema);
  const options = (values: readonly (string | number)[]) => values.map((value) => ({ label: hints.labels.get(String(value)) ?? String(value), value }));
  switch (def.type) {
    case 'string': {
      if ((schema as { description?: string }).description === IMAGE) return { widget: 'image' };
      const pattern = regexOf(def);
      return {
        widget: LONG_TEXT.has(name) ? 'text' : 'string',
        ...(pattern ? { pattern: [pattern.source, `must match ${pattern.source}`] as [string, string] } : {}),
      };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'number':
      return { widget: 'number', value_type: 'int' };
    case 'pipe': // z.preprocess(…, z.coerce.date()): the content files' dates
      if (defOf(def.out as z.ZodType).type !== 'date') throw new Error(`${name}: no CMS widget for this schema`);
      return { widget: 'datetime', time_format: false, format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD' };
    case 'enum':
      return { widget: 'select', options: options(Object.values(def.entries as Record<string, string>)) };
    case 'literal':
      return { widget: 'select', options: options(def.values as (string | number)[]) };
    case 'array': {
      const element = unwrap(def.element as z.ZodType).inner;
      const elementDef = defOf(element);
      const min = ((def.checks as { _zod: { def: { check: string; minimum?: number } } }[] | undefined) ?? [])
        .map((check) => check._zod.def)
        .find((check) => check.check === 'min_length')?.minimum;
      if (elementDef.type === 'enum') return { ...widgetFor(name, element, hints), multiple: true, ...(min ? { min } : {}) };
      if (elementDef.type === 'object') return { widget: 'list', fields: fieldsOf(element, hints, []), ...(min ? { min } : {}) };
      return { widget: 'list', field: { name: 'item', label: label(name), ...widgetFor(name, element, hints) }, ...(min ? { min } : {}) };
    }
    case 'object':
      return { widget: 'object', fields: fieldsOf(schema, hints, []) };
    default:
      throw new Error(`${name}: the CMS has no widget for a "${def.type}" schema; add one in src/cms/fields.ts`);
  }
}

/** The form fields of an object schema, in the schema's order. `alsoRequired` applies to the top level only. */
export function fieldsOf(schema: z.ZodType, hints: FieldHints, alsoRequired: readonly string[] = hints.alsoRequired): CmsField[] {
  const shape = defOf(schema).shape as Record<string, z.ZodType> | undefined;
  if (!shape) throw new Error('the CMS can only make a form of an object schema');
  return Object.entries(shape).map(([name, value]) => {
    const { inner, optional, defaultValue } = unwrap(value);
    const widget = widgetFor(name, inner, hints);
    const translated = widget.widget === 'string' || widget.widget === 'text' || TRANSLATED_FLAGS.has(name) ||
      (widget.widget === 'list' && widget.field?.widget === 'string') || widget.widget === 'object' || (widget.widget === 'list' && widget.fields !== undefined);
    const initial = name in hints.defaults ? hints.defaults[name] : defaultValue;
    return {
      name,
      label: label(name),
      ...widget,
      ...(optional && !alsoRequired.includes(name) ? { required: false as const } : {}),
      i18n: translated ? true : 'duplicate',
      ...(initial !== undefined && !(Array.isArray(initial) && initial.length === 0) ? { default: initial } : {}),
    };
  });
}
