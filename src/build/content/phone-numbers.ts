/**
 * Finds phone numbers written in page text, so the build can insist that each one is a
 * number from a sourced service file. UK numbers: 0 plus 9–10 more digits (spaces or hyphens
 * allowed), +44 forms, and the short numbers people are told to dial.
 */
const LONG_NUMBER = /(?<![\d+])(?:\+44[\s-]?\(?0?\)?|0)\d(?:[\s-]?\d){8,9}(?![\d])/g;
const SHORT_NUMBER = /(?<![\d£$]|\d[.,])\b(?:999|112|101|111|116[\s-]?\d{3})\b(?![\d%]|[.,]\d)/g;

export interface FoundNumber {
  text: string;
  digits: string;
  /** 0-based character offset in the searched text. */
  index: number;
}

/** Digits only, with +44 turned into a leading 0, so '0808 80 10 800' equals '08088010800'. */
export function normalisePhoneNumber(text: string): string {
  const digits = text.replace(/[^\d+]/g, '');
  return digits.startsWith('+44') ? `0${digits.slice(3).replace(/^0/, '')}` : digits.replace(/\+/g, '');
}

export function findPhoneNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const pattern of [LONG_NUMBER, SHORT_NUMBER]) {
    for (const match of text.matchAll(pattern)) {
      found.push({ text: match[0], digits: normalisePhoneNumber(match[0]), index: match.index ?? 0 });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
