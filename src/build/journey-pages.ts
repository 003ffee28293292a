import { DEFAULT_LOCALE } from '../i18n/locales';
import type {
  CheckModel,
  ContentLink,
  JourneyStepModel,
  ServiceSummary,
  Words,
} from '../app/page-model';
import type { CheckFile, JourneysFile } from './content/schema';
import { journeySlug, parentStep, rootOf } from './content/journeys';

/** Words in the locale, or in English (marked as such) until they are translated. */
export function wordsIn(text: Record<string, string>, locale: string): Words {
  const own = text[locale];
  return own !== undefined
    ? { text: own, lang: locale }
    : { text: text[DEFAULT_LOCALE] ?? '', lang: DEFAULT_LOCALE };
}

/** Every journey step as a page model body, for one locale. Pure. */
export function journeyStepModels(
  journeys: JourneysFile,
  locale: string,
  links: Map<string, ContentLink>,
  services: Map<string, ServiceSummary>,
): { slug: string; step: JourneyStepModel }[] {
  return journeys.steps.map((step) => {
    const parent = parentStep(journeys, step.id);
    const model: JourneyStepModel = {
      id: step.id,
      root: rootOf(journeys, step.id) as JourneyStepModel['root'],
      parent: parent ? { slug: journeySlug(parent) } : null,
    };
    if (step.question) model.question = wordsIn(step.question, locale);
    if (step.options)
      model.options = step.options.map((option) => ({
        label: wordsIn(option.label, locale),
        slug: journeySlug(option.go),
      }));
    if (step.say) model.say = wordsIn(step.say, locale);
    if (step.page) model.page = links.get(step.page);
    if (step.services) model.services = step.services.flatMap((id) => services.get(id) ?? []);
    return { slug: journeySlug(step.id), step: model };
  });
}

/** An 'Is this OK?' check's words for one locale. Pure. */
export function checkModel(check: CheckFile, locale: string): CheckModel {
  return {
    slug: check.slug,
    audience: check.audience,
    title: wordsIn(check.title, locale),
    summary: wordsIn(check.summary, locale),
    intro: wordsIn(check.intro, locale),
    questions: check.questions.map((question) => ({
      id: question.id,
      text: wordsIn(question.text, locale),
      weight: question.weight,
    })),
    results: {
      danger: wordsIn(check.results.danger, locale),
      concern: wordsIn(check.results.concern, locale),
      none: wordsIn(check.results.none, locale),
    },
  };
}
