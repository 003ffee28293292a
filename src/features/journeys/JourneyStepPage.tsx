import { useT } from '../../i18n/use-t';
import { pathFor } from '../../app/paths';
import type { JourneyStepModel, Words } from '../../app/page-model';
import { LiveServiceCards } from '../helplines/LiveServiceCards';

/** `lang` for words that fell back to English on a page in another language. */
const langOf = (words: Words, locale: string) => (words.lang === locale ? undefined : words.lang);

/**
 * One step of a journey from the home page: a question with big answers, or, at the end,
 * what to do now, who to call (with their numbers) and the page to read. Plain links, so it
 * works without JavaScript and keeps no record of the answers beyond the page address.
 */
export function JourneyStepPage({ locale, step }: { locale: string; step: JourneyStepModel }) {
  const t = useT();
  if (step.question && step.options) {
    return (
      <>
        <p class="journey-for">{t(`home.ways.${step.root}`)}</p>
        <h1 lang={langOf(step.question, locale)}>{step.question.text}</h1>
        <ul class="card-list journey-options">
          {step.options.map((option) => (
            <li key={option.slug}>
              <a
                class="card"
                href={pathFor(locale, option.slug)}
                lang={langOf(option.label, locale)}
              >
                {option.label.text}
              </a>
            </li>
          ))}
        </ul>
        <StartAgain locale={locale} />
      </>
    );
  }
  return (
    <>
      <p class="journey-for">{t(`home.ways.${step.root}`)}</p>
      <h1>{t('journeys.whatNow')}</h1>
      {step.say && (
        <p class="lead" lang={langOf(step.say, locale)}>
          {step.say.text}
        </p>
      )}
      {step.services && step.services.length > 0 && (
        <section aria-labelledby="who-to-call">
          <h2 id="who-to-call">{t('journeys.whoToCall')}</h2>
          <LiveServiceCards locale={locale} services={step.services} />
        </section>
      )}
      {step.page && (
        <section aria-labelledby="read-more">
          <h2 id="read-more">{t('journeys.readMore')}</h2>
          <a
            class="card"
            href={pathFor(locale, step.page.slug)}
            lang={step.page.contentLocale === locale ? undefined : step.page.contentLocale}
          >
            <span class="card-title">{step.page.title}</span>
            <span class="card-summary">{step.page.summary}</span>
          </a>
        </section>
      )}
      <StartAgain locale={locale} />
    </>
  );
}

function StartAgain({ locale }: { locale: string }) {
  const t = useT();
  return (
    <p class="journey-restart">
      <a href={pathFor(locale, '')}>{t('journeys.startAgain')}</a>
    </p>
  );
}
