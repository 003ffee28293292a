import { describe, expect, it } from 'vitest';
import { checkOutcome } from '../../../src/features/checks/check-outcome';

const words = { text: '', lang: 'en' };
const questions = [
  { id: 'phone', text: words, weight: 'concern' as const },
  { id: 'money', text: words, weight: 'concern' as const },
  { id: 'afraid', text: words, weight: 'danger' as const },
];

describe('what the answers suggest', () => {
  it.each([
    [{}, 'unanswered'],
    [{ phone: 'skip' }, 'unanswered'],
    [{ phone: 'no', money: 'no' }, 'none'],
    [{ phone: 'sometimes' }, 'concern'],
    [{ phone: 'no', money: 'yes' }, 'concern'],
    [{ phone: 'no', afraid: 'sometimes' }, 'danger'],
    [{ afraid: 'no', money: 'yes' }, 'concern'],
    [{ afraid: 'skip' }, 'unanswered'],
  ] as const)('%j → %s', (answers, expected) => {
    expect(checkOutcome(questions, answers)).toBe(expected);
  });
});
