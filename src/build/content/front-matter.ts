export interface FrontMatterSplit {
  /** The YAML between the '---' fences ('' when there is none). */
  yaml: string;
  /** 1-based line where the YAML starts, for error messages. */
  yamlStartLine: number;
  body: string;
  /** 1-based line where the Markdown body starts. */
  bodyStartLine: number;
}

/** Splits a '---' fenced YAML block from the top of a Markdown file. */
export function splitFrontMatter(source: string): FrontMatterSplit {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { yaml: '', yamlStartLine: 1, body: source, bodyStartLine: 1 };
  return {
    yaml: match[1] ?? '',
    yamlStartLine: 2,
    body: source.slice(match[0].length),
    bodyStartLine: match[0].split('\n').length,
  };
}
