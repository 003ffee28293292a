import { LineCounter, parseDocument } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the value at a path (falls back to the nearest parent that exists). */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** YAML syntax errors, with their lines. */
  errors: { line: number; message: string }[];
}

/** Parses YAML keeping positions, so schema problems can name the line they are on. */
export function parseYamlWithLines(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let length = path.length; length > 0; length--) {
      const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return toLine(node.range[0]);
    }
    return firstLine;
  };
  const errors = document.errors.map((error) => ({ line: toLine(error.pos[0]), message: error.message.split('\n')[0] ?? '' }));
  return { data: document.toJS(), lineOf, errors };
}
