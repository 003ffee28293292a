/** Checks a trusted person's details. Pure, so the rules have unit tests. */
export type ContactProblem = 'nameMissing' | 'numberInvalid';

export function validatePerson(name: string, number: string): ContactProblem[] {
  const problems: ContactProblem[] = [];
  if (name.trim() === '') problems.push('nameMissing');
  const digits = number.replace(/[\s\-()]/g, '');
  if (!/^\+?\d{3,15}$/.test(digits)) problems.push('numberInvalid');
  return problems;
}

/** Parses a 'datetime-local' value ('2026-11-27T21:30'); null when it is not a real moment. */
export function parseLocalDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const date = new Date(year!, month! - 1, day!, hour!, minute!);
  return date.getMonth() === month! - 1 && date.getDate() === day! ? date : null;
}
