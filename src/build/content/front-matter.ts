import { parse } from 'yaml';

export interface FrontMatterResult {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file where the Markdown body starts, for error messages. */
  bodyStartLine: number;
}

/** Splits a '---' fenced YAML block from the top of a Markdown file. */
export function splitFrontMatter(source: string): FrontMatterResult {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source, bodyStartLine: 1 };
  const parsed: unknown = parse(match[1] ?? '');
  const data =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  const bodyStartLine = match[0].split('\n').length;
  return { data, body: source.slice(match[0].length), bodyStartLine };
}
