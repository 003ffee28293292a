/**
 * Reading age of plain English, from the Flesch–Kincaid grade level (reading age ≈ grade + 5).
 * A heuristic, as every readability score is: it rewards short sentences and short words,
 * which is what readers under stress and in a second language need most.
 */
export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
  readingAge: number;
}

/** Markdown to plain sentences: headings and list items end a sentence even without a full stop. */
export function markdownToSentences(markdown: string): string[] {
  const sentences: string[] = [];
  for (const rawLine of markdown.split('\n')) {
    const line = rawLine
      .replace(/^\s*(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)/, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .trim();
    if (line === '') continue;
    for (const part of line.split(/(?<=[.!?:;])\s+/)) {
      if (/[A-Za-z0-9]/.test(part)) sentences.push(part);
    }
  }
  return sentences;
}

export function countSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length === 0) return 0;
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (end) => end[0] ?? '');
  const groups = trimmed.replace(/^y/, '').match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 1);
}

export function readability(markdown: string): Readability {
  const sentences = markdownToSentences(markdown);
  const words = sentences.flatMap((sentence) => sentence.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)));
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const wordCount = Math.max(1, words.length);
  const sentenceCount = Math.max(1, sentences.length);
  const grade = 0.39 * (wordCount / sentenceCount) + 11.8 * (syllables / wordCount) - 15.59;
  return {
    words: words.length,
    sentences: sentences.length,
    syllables,
    grade: Math.round(grade * 10) / 10,
    readingAge: Math.round((grade + 5) * 10) / 10,
  };
}
