/**
 * A content file's YAML front matter, as lines: the content check (quality/content-tree.ts) parses them
 * whole; the translation report reads two flags from their own lines (parsing every entry's YAML a second
 * time cost about 1 ms per entry per build, profiled at 1,000 stories per language).
 */
import { parse } from 'yaml';

export interface FrontmatterLine {
  /** 1-based, in the file. */
  line: number;
  text: string;
}

/** The front matter's lines with their line numbers; none when the file has no closed front matter. */
export function frontmatterLines(text: string): FrontmatterLine[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const result: FrontmatterLine[] = [];
  for (let index = 1; index < lines.length; index++) {
    if (lines[index]!.trim() === '---') return result;
    result.push({ line: index + 1, text: lines[index]! });
  }
  return [];
}

/**
 * A top-level field whose value is written on its own line (`draft: true`), read from that line alone; undefined
 * when the field is not there. For a flag the content schema requires to be a boolean, this is the value.
 */
export function topLevelValue(lines: readonly FrontmatterLine[], field: string): unknown {
  const key = new RegExp(`^${field.replace(/[^\w-]/g, '\\$&')}\\s*:`);
  const line = lines.find((candidate) => key.test(candidate.text));
  if (!line) return undefined;
  try {
    const data: unknown = parse(line.text);
    return data && typeof data === 'object' ? (data as Record<string, unknown>)[field] : undefined;
  } catch {
    return undefined; // The content loader reports YAML syntax errors itself.
  }
}
