import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, normalisePhoneNumber } from '../../../src/build/content/phone-numbers';

const digitsIn = (text: string) => findPhoneNumbers(text).map((found) => found.digits);

describe('findPhoneNumbers', () => {
  it('finds UK numbers however they are spaced', () => {
    expect(digitsIn('Call 0808 2000 247 or 0808-80-10-800, or +44 20 7008 0151.')).toEqual([
      '08082000247',
      '08088010800',
      '02070080151',
    ]);
  });

  it('finds the short numbers people are told to dial, even at the end of a sentence', () => {
    expect(digitsIn('Call 999. Or 101, or 111; Samaritans on 116 123.')).toEqual([
      '999',
      '101',
      '111',
      '116123',
    ]);
  });

  it('leaves ordinary numbers alone', () => {
    expect(digitsIn('In 2019, 57% of 1,000 women; £101; 999.5 metres; section 1010')).toEqual([]);
  });
});

describe('normalisePhoneNumber', () => {
  it('treats +44 and 0 forms as the same number', () => {
    expect(normalisePhoneNumber('+44 (0)808 2000 247')).toBe('08082000247');
    expect(normalisePhoneNumber('0808 2000 247')).toBe('08082000247');
  });
});
