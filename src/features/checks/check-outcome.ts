import type { CheckModel } from '../../app/page-model';

export const ANSWERS = ['yes', 'sometimes', 'no', 'skip'] as const;
export type Answer = (typeof ANSWERS)[number];
export type Outcome = 'danger' | 'concern' | 'none' | 'unanswered';

/**
 * What the answers suggest: any 'yes' or 'sometimes' to a danger question is 'danger'; to any
 * other, 'concern'; answers that are all 'no' are 'none'; no real answer yet is 'unanswered'.
 * Pure, and never a risk score: the page says it is not a risk assessment.
 */
export function checkOutcome(
  questions: CheckModel['questions'],
  answers: Readonly<Record<string, Answer>>,
): Outcome {
  const worrying = questions.filter(
    (question) => answers[question.id] === 'yes' || answers[question.id] === 'sometimes',
  );
  if (worrying.some((question) => question.weight === 'danger')) return 'danger';
  if (worrying.length > 0) return 'concern';
  return questions.some((question) => answers[question.id] === 'no') ? 'none' : 'unanswered';
}
