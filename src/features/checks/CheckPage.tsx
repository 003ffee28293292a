import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import type { CheckModel, ContentLink, ServiceSummary, Words } from '../../app/page-model';
import { LiveServiceCards } from '../helplines/LiveServiceCards';
import { PageCardList } from '../../ui/PageCardList';
import { ANSWERS, checkOutcome, type Answer, type Outcome } from './check-outcome';

const langOf = (words: Words, locale: string) => (words.lang === locale ? undefined : words.lang);

/**
 * 'Is this OK?': gentle questions about a relationship. The answers live only in this page's
 * memory: no form is submitted, nothing is written to storage, and the browser is asked not to
 * keep the choices (autocomplete off). Leaving the page forgets them.
 */
export function CheckPage({
  locale,
  check,
  services,
  pages,
}: {
  locale: string;
  check: CheckModel;
  services: ServiceSummary[];
  pages: ContentLink[];
}) {
  const t = useT();
  const [ready, setReady] = useState(false);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [shown, setShown] = useState<Outcome | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (shown) resultHeading.current?.focus();
  }, [shown]);

  const answer = (id: string, value: Answer) => {
    setAnswers((current) => ({ ...current, [id]: value }));
    setShown(null);
  };
  const clear = () => {
    setAnswers({});
    setShown(null);
  };

  return (
    <>
      <h1 lang={langOf(check.title, locale)}>{check.title.text}</h1>
      <p class="lead" lang={langOf(check.intro, locale)}>
        {check.intro.text}
      </p>
      <p class="notice">
        {t('checks.notAssessment')} {t('checks.nothingSaved')}
      </p>
      <noscript>
        <p class="notice notice--quiet">{t('checks.needsScript')}</p>
      </noscript>
      <form class="check-form" autocomplete="off" onSubmit={(event) => event.preventDefault()}>
        {check.questions.map((question, index) => (
          <fieldset key={question.id} class="check-question">
            <legend lang={langOf(question.text, locale)}>
              <span class="check-number">{`${index + 1}.`}</span> {question.text.text}
            </legend>
            <div class="check-answers">
              {ANSWERS.map((value) => (
                <label key={value} class="choice">
                  <input
                    type="radio"
                    name={`check-${question.id}`}
                    value={value}
                    checked={answers[question.id] === value}
                    onChange={() => answer(question.id, value)}
                  />
                  {t(`checks.answers.${value}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div class="button-row" data-ready={ready ? 'yes' : 'no'}>
          <button
            type="button"
            class="primary-button"
            onClick={() => setShown(checkOutcome(check.questions, answers))}
          >
            {t('checks.show')}
          </button>
          <button type="button" class="secondary-button" onClick={clear}>
            {t('checks.clear')}
          </button>
        </div>
      </form>
      {shown && (
        <section class="check-result" aria-labelledby="check-result">
          <h2 id="check-result" tabIndex={-1} ref={resultHeading}>
            {t('checks.resultHeading')}
          </h2>
          {shown === 'unanswered' ? (
            <p>{t('checks.unanswered')}</p>
          ) : (
            <p lang={langOf(check.results[shown], locale)}>{check.results[shown].text}</p>
          )}
          <p>{t('checks.notAssessment')}</p>
        </section>
      )}
      <section aria-labelledby="check-help">
        <h2 id="check-help">{t('checks.whoCanHelp')}</h2>
        <LiveServiceCards locale={locale} services={services} />
      </section>
      {pages.length > 0 && (
        <section aria-labelledby="check-read">
          <h2 id="check-read">{t('checks.readMore')}</h2>
          <PageCardList locale={locale} pages={pages} />
        </section>
      )}
    </>
  );
}
