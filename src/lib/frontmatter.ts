/**
 * A content file's YAML front matter. The content check (quality/content-tree.ts) and the translation
 * report both read every entry in the same build: the parsed data is kept by text, so each front matter is
 * parsed once (twice cost about 1 ms per entry per build, profiled at 1,000 stories per language).
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

const parsed = new Map<string, unknown>();

/** The front matter as data (undefined when there is none). Throws on a YAML syntax error. */
export function frontmatterData(lines: readonly FrontmatterLine[]): unknown {
  const yaml = lines.map((line) => line.text).join('\n');
  if (!parsed.has(yaml)) parsed.set(yaml, parse(yaml));
  return parsed.get(yaml);
}
