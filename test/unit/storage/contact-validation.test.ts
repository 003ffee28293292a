import { describe, expect, it } from 'vitest';
import {
  parseLocalDateTime,
  validatePerson,
} from '../../../src/features/private-tools/contact-validation';

describe('validatePerson', () => {
  it('accepts a name and a UK or international number, however it is spaced', () => {
    expect(validatePerson('Sam', '07700 900123')).toEqual([]);
    expect(validatePerson('Sam', '+44 7700-900-123')).toEqual([]);
    expect(validatePerson('Ffion', '(029) 2000 0000')).toEqual([]);
  });

  it('names each problem, so the form can say what to fix', () => {
    expect(validatePerson('  ', '07700 900123')).toEqual(['nameMissing']);
    expect(validatePerson('Sam', 'not a number')).toEqual(['numberInvalid']);
    expect(validatePerson('', '')).toEqual(['nameMissing', 'numberInvalid']);
    expect(validatePerson('Sam', '0'.repeat(40))).toEqual(['numberInvalid']);
    expect(validatePerson('Sam', '📞')).toEqual(['numberInvalid']);
  });
});

describe('parseLocalDateTime', () => {
  it('reads the browser date-time field and refuses impossible dates', () => {
    expect(parseLocalDateTime('2026-11-27T21:30')?.getHours()).toBe(21);
    expect(parseLocalDateTime('2026-02-30T10:00')).toBeNull();
    expect(parseLocalDateTime('yesterday')).toBeNull();
    expect(parseLocalDateTime('')).toBeNull();
  });
});
