import { useT } from '../../i18n/use-t';
import { pathFor } from '../../app/paths';
import type { ContentLink } from '../../app/page-model';
import { PageCardList } from '../../ui/PageCardList';

/** The three ways in: each starts a short journey (content/journeys.yaml) at /help/<way>/. */
const WAYS_IN = ['me', 'someone', 'work'] as const;

export function HomePage({ locale, guides }: { locale: string; guides: ContentLink[] }) {
  const t = useT();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.intro')}</p>
      <nav class="ways-in" aria-labelledby="ways-in">
        <h2 id="ways-in">{t('home.whoFor')}</h2>
        <ul class="card-list">
          {WAYS_IN.map((way) => (
            <li key={way}>
              <a class="card card--way" href={pathFor(locale, `help/${way}`)}>
                {t(`home.ways.${way}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t('home.helpHeading')}</h2>
      <ul class="card-list">
        <li>
          <a class="card" href={pathFor(locale, 'helplines')}>
            {t('nav.helplines')}
          </a>
        </li>
        <li>
          <a class="card" href={pathFor(locale, 'near-me')}>
            {t('nav.nearMe')}
          </a>
        </li>
        <li>
          <a class="card" href={pathFor(locale, 'my-tools')}>
            {t('nav.myTools')}
          </a>
        </li>
        <li>
          <a class="card" href={pathFor(locale, 'cover-your-tracks')}>
            {t('nav.coverTracks')}
          </a>
        </li>
        <li>
          <a class="card" href={pathFor(locale, 'easy-read')}>
            {t('nav.easyRead')}
          </a>
        </li>
      </ul>
      <h2>{t('home.topicsHeading')}</h2>
      <PageCardList locale={locale} pages={guides} />
    </>
  );
}
