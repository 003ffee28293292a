/**
 * Reads what someone typed as a UK postcode: a whole one ('CF10 1AA', 'cf101aa'), or just the
 * district ('CF10', 'sw1a'). Pure and forgiving about case and spaces; strict about shape.
 */
export type PostcodeInput =
  | { kind: 'empty' }
  | { kind: 'not-a-postcode' }
  | { kind: 'full'; outcode: string; sector: string; postcode: string }
  | { kind: 'outcode'; outcode: string };

/** Limits the work done on a pasted essay: no UK postcode is longer than 8 characters. */
const MAX_INPUT = 40;
const OUTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)$/;
const FULL = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;

export function parsePostcodeInput(text: string): PostcodeInput {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed.length > MAX_INPUT) return { kind: 'not-a-postcode' };
  const compact = trimmed.toUpperCase().replace(/\s+/g, '');
  if (!/^[A-Z0-9]+$/.test(compact)) return { kind: 'not-a-postcode' };
  if (compact === 'GIR0AA')
    return { kind: 'full', outcode: 'GIR', sector: 'GIR 0', postcode: 'GIR 0AA' };
  const full = FULL.exec(compact);
  if (full) {
    const [, outcode = '', inward = ''] = full;
    return {
      kind: 'full',
      outcode,
      sector: `${outcode} ${inward[0]}`,
      postcode: `${outcode} ${inward}`,
    };
  }
  const outcode = OUTCODE.exec(compact);
  if (outcode) return { kind: 'outcode', outcode: outcode[1] ?? compact };
  return { kind: 'not-a-postcode' };
}

/** The letters at the start of a postcode: its postcode area ('CF', 'SW'). */
export function postcodeArea(outcode: string): string {
  return outcode.replace(/\d.*$/, '');
}

/** Areas with no place in our data for a reason the user should be told. */
export function specialArea(
  outcode: string,
): 'northern-ireland' | 'crown-dependency' | 'non-geographic' | null {
  const area = postcodeArea(outcode);
  if (area === 'BT') return 'northern-ireland';
  if (area === 'GY' || area === 'JE' || area === 'IM') return 'crown-dependency';
  // Business and PO box districts with no homes: BX (non-geographic), GIR (Girobank), and
  // a few numbered districts kept for large users (for example CF99, the Senedd).
  if (area === 'BX' || area === 'GIR' || /^[A-Z]{1,2}9[89]$/.test(outcode)) return 'non-geographic';
  return null;
}
