import type { JourneysFile, JourneyStep } from './schema';

/** The three ways in: the first step of each journey, as the home page links to them. */
export const JOURNEY_ROOTS = ['me', 'someone', 'work'] as const;
/** Answers from a journey's first step to any destination (the home page tap makes one more). */
export const MAX_ANSWERS_TO_DESTINATION = 2;

/** The URL slug of a journey step: /help/<id>/. */
export const journeySlug = (id: string) => `help/${id}`;

/**
 * Problems with the journeys, as 'content/journeys.yaml: what is wrong': unknown steps, pages
 * or services, steps no journey reaches or more than one reaches, and destinations too far in.
 */
export function journeyProblems(
  journeys: JourneysFile,
  known: { serviceIds: Set<string>; slugs: Set<string> },
): string[] {
  const file = 'content/journeys.yaml';
  const problems: string[] = [];
  const steps = new Map<string, JourneyStep>();
  for (const step of journeys.steps) {
    if (steps.has(step.id)) problems.push(`${file}: step "${step.id}" is defined twice`);
    steps.set(step.id, step);
  }
  for (const root of JOURNEY_ROOTS) {
    if (!steps.has(root)) problems.push(`${file}: the journey "${root}" has no first step`);
  }
  const parents = new Map<string, string[]>();
  for (const step of journeys.steps) {
    for (const option of step.options ?? []) {
      if (!steps.has(option.go)) problems.push(`${file}: step "${step.id}" goes to "${option.go}", which does not exist`);
      parents.set(option.go, [...(parents.get(option.go) ?? []), step.id]);
    }
    if (step.page && !known.slugs.has(step.page)) problems.push(`${file}: step "${step.id}" names page "${step.page}", which does not exist`);
    for (const id of step.services ?? []) {
      if (!known.serviceIds.has(id)) problems.push(`${file}: step "${step.id}" names service "${id}", which does not exist in content/services/`);
    }
  }
  for (const step of journeys.steps) {
    const from = parents.get(step.id) ?? [];
    const isRoot = (JOURNEY_ROOTS as readonly string[]).includes(step.id);
    // One way in to each step keeps its 'back' link honest.
    if (isRoot && from.length > 0) problems.push(`${file}: "${step.id}" starts a journey, so no answer may go to it`);
    if (!isRoot && from.length !== 1) {
      problems.push(`${file}: step "${step.id}" must be reached by exactly one answer (it is reached by ${from.length})`);
    }
    if (!isRoot && from.length === 1 && step.say) {
      const depth = answersFromRoot(step.id, parents);
      if (depth > MAX_ANSWERS_TO_DESTINATION) {
        problems.push(`${file}: step "${step.id}" is ${depth} answers in; destinations must be at most ${MAX_ANSWERS_TO_DESTINATION}`);
      }
    }
  }
  return problems;
}

function answersFromRoot(id: string, parents: Map<string, string[]>): number {
  let depth = 0;
  let current = id;
  const seen = new Set<string>();
  while (parents.get(current)?.length === 1 && !seen.has(current)) {
    seen.add(current);
    current = parents.get(current)?.[0] ?? '';
    depth++;
  }
  return depth;
}

/** The step an answer came from, for the 'back' link: null for a journey's first step. */
export function parentStep(journeys: JourneysFile, id: string): string | null {
  return journeys.steps.find((step) => step.options?.some((option) => option.go === id))?.id ?? null;
}

/** The journey a step belongs to ('me', 'someone' or 'work'). */
export function rootOf(journeys: JourneysFile, id: string): string {
  let current = id;
  for (let hops = 0; hops < journeys.steps.length; hops++) {
    const parent = parentStep(journeys, current);
    if (!parent) return current;
    current = parent;
  }
  return current;
}
