import type { ComponentType } from 'preact';
import type { TFunction } from 'i18next';
import { TranslateContext, useT } from '../i18n/use-t';
import { SkipLink } from '../ui/SkipLink';
import { OfflineIndicator } from '../ui/OfflineIndicator';
import { QuickExit } from '../features/quick-exit/QuickExit';
import { LanguagePicker } from '../features/navigation/LanguagePicker';
import type { PageModel } from './page-model';
import { pathFor } from './paths';
import { getLocale } from '../i18n/locales';

/** A page's own content, given the whole page model (see page-bodies.ts). */
export type PageBodyComponent = ComponentType<{ model: PageModel }>;

/**
 * One page of the app: the shell every page shares, around that page's body. The body is
 * passed in so the browser can load only the code its page needs (page-bodies.ts).
 */
export function App({
  model,
  t,
  Body,
}: {
  model: PageModel;
  t: TFunction;
  Body: PageBodyComponent;
}) {
  const { locale } = model;
  const languageSlug = model.body.kind === 'not-found' ? '' : model.slug;
  return (
    <TranslateContext.Provider value={t}>
      <SkipLink />
      <QuickExit />
      <header class="site-header">
        <a class="site-name" href={pathFor(locale, '')}>
          {t('site.name')}
        </a>
        <p class="emergency-line">
          <a href="tel:999">{t('emergency.inDanger')}</a>
        </p>
        <a class="search-link" href={pathFor(locale, 'search')}>
          {t('nav.search')}
        </a>
        <LanguagePicker locale={locale} slug={languageSlug} locales={model.locales} />
      </header>
      <OfflineIndicator />
      <main id="main" tabIndex={-1}>
        <BackLink model={model} />
        <Body model={model} />
      </main>
      <footer class="site-footer">
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <a href={pathFor(locale, 'helplines')}>{t('nav.helplines')}</a>
            </li>
            <li>
              <a href={pathFor(locale, 'near-me')}>{t('nav.nearMe')}</a>
            </li>
            <li>
              <a href={pathFor(locale, 'my-tools')}>{t('nav.myTools')}</a>
            </li>
            <li>
              <a href={pathFor(locale, 'cover-your-tracks')}>{t('nav.coverTracks')}</a>
            </li>
            <li>
              <a href={pathFor(locale, 'settings')}>{t('nav.settings')}</a>
            </li>
            <li>
              <a href={pathFor(locale, 'about')}>{t('nav.about')}</a>
            </li>
          </ul>
        </nav>
        <p>{t('quickExit.shiftHint')}</p>
        <p>{t('footer.offline')}</p>
        {!getLocale(locale).uiReviewed && <p>{t('site.uiDraft')}</p>}
      </footer>
    </TranslateContext.Provider>
  );
}

/** Inner pages link back up, because the browser's Back button leaves the app (see navigation). */
function BackLink({ model }: { model: PageModel }) {
  const t = useT();
  if (model.slug === '') return null;
  const parent = model.body.kind === 'content' ? model.body.parent : null;
  const previousStep = model.body.kind === 'journey-step' ? model.body.step.parent : null;
  return (
    <p class="back-link">
      {previousStep ? (
        <a href={pathFor(model.locale, previousStep.slug)}>{t('journeys.back')}</a>
      ) : parent ? (
        <a href={pathFor(model.locale, parent.slug)}>{t('nav.backTo', { title: parent.title })}</a>
      ) : (
        <a href={pathFor(model.locale, '')}>{t('nav.backToHome')}</a>
      )}
    </p>
  );
}
