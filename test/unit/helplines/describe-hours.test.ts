import { describe, expect, it } from 'vitest';
import { describeHours } from '../../../src/features/helplines/describe-hours';
import en from '../../../src/i18n/locales/en.json';
import cy from '../../../src/i18n/locales/cy.json';

const words = { always: 'every day, 24 hours', to: 'to', days: en.weekdays };
const sources = [
  { url: 'https://example.org/', checked: '2026-11-27', strength: 'primary' as const },
];

describe('opening hours in words, for print', () => {
  it('says 24 hours for an always-open line', () => {
    expect(describeHours({ schedule: 'always', sources }, words)).toBe('every day, 24 hours');
  });

  it('joins days that follow each other, and lists the rest', () => {
    const hours = {
      schedule: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, open: '09:00', close: '17:00' },
        { days: ['sat', 'sun'] as const, open: '10:00', close: '24:00' },
      ].map((rule) => ({ ...rule, days: [...rule.days] })),
      sources,
    };
    expect(describeHours(hours, words)).toBe(
      'Monday to Friday 09:00–17:00; Saturday to Sunday 10:00–00:00',
    );
    const split = {
      schedule: [
        { days: ['mon' as const, 'wed' as const, 'thu' as const], open: '12:00', close: '14:30' },
      ],
      sources,
    };
    expect(describeHours(split, words)).toBe('Monday, Wednesday to Thursday 12:00–14:30');
  });

  it('names the days in the reader’s language, from its strings file', () => {
    const hours = {
      schedule: [{ days: ['mon' as const], open: '09:00', close: '17:00' }],
      sources,
    };
    expect(describeHours(hours, { always: '', to: 'i', days: cy.weekdays })).toBe(
      'Dydd Llun 09:00–17:00',
    );
  });
});
