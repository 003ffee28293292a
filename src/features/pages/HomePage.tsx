import { useT } from '../../i18n/use-t';
import { pathFor } from '../../app/paths';
import type { ContentLink } from '../../app/page-model';

export function HomePage({ locale, guides }: { locale: string; guides: ContentLink[] }) {
  const t = useT();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.intro')}</p>
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
      </ul>
      <h2>{t('home.topicsHeading')}</h2>
      <ul class="card-list">
        {guides.map((guide) => (
          <li key={guide.slug}>
            <a
              class="card"
              href={pathFor(locale, guide.slug)}
              lang={guide.contentLocale === locale ? undefined : guide.contentLocale}
            >
              <span class="card-title">{guide.title}</span>
              <span class="card-summary">{guide.summary}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
